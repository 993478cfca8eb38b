# The leerling document of examples/aaron.yaml (what --voor leerling writes, in Markdown).
$OPP render --as-of 2026-12-01 --no-config --voor leerling ../../../examples/aaron.yaml; echo "exit $?"
