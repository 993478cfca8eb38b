# The golden document of examples/vroeg.yaml (regenerate: make golden).
$OPP render --as-of 2026-12-01 --no-config --to md ../../../examples/vroeg.yaml | diff -u ../../golden/vroeg.md - && echo same
