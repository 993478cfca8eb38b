# The ouders document of examples/aaron.yaml (what --voor ouders writes, in Markdown).
$OPP render --as-of 2026-12-01 --no-config --voor ouders ../../../examples/aaron.yaml; echo "exit $?"
