# The swv document of examples/aaron.yaml (what --voor swv writes, in Markdown).
$OPP render --as-of 2026-12-01 --no-config --voor swv ../../../examples/aaron.yaml; echo "exit $?"
