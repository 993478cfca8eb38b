$OPP validate --as-of 2026-12-01 rules-support.yaml
