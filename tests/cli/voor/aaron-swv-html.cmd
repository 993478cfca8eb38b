# The swv document of examples/aaron.yaml as a page (what --voor swv --to html writes).
$OPP render --as-of 2026-12-01 --no-config --voor swv --to html ../../../examples/aaron.yaml; echo "exit $?"
