# The golden document of examples/aaron.yaml (regenerate: make golden).
$OPP render --as-of 2026-12-01 --no-config --to md ../../../examples/aaron.yaml | diff -u ../../golden/aaron.md - && echo same
