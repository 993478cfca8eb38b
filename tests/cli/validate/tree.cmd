$OPP validate --as-of 2026-12-01 -v tree 2>&1 | sed "s|$(cd tree && pwd -P)|TREE|"
