# The swv document of examples/willem.yaml (what --voor swv writes, in Markdown).
$OPP render --as-of 2026-12-01 --no-config --voor swv ../../../examples/willem.yaml; echo "exit $?"
