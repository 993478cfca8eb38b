# The ouders document of examples/vroeg.yaml (what --voor ouders writes, in Markdown).
$OPP render --as-of 2026-12-01 --no-config --voor ouders ../../../examples/vroeg.yaml; echo "exit $?"
