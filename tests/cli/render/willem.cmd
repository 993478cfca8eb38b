# The golden document of examples/willem.yaml (regenerate: make golden).
$OPP render --as-of 2026-12-01 --no-config --to md ../../../examples/willem.yaml | diff -u ../../golden/willem.md - && echo same
