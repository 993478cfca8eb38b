# The ouders document of examples/aaron.yaml as a page (what --voor ouders --to html writes).
$OPP render --as-of 2026-12-01 --no-config --voor ouders --to html ../../../examples/aaron.yaml; echo "exit $?"
