# The leerling document of examples/willem.yaml (what --voor leerling writes, in Markdown).
$OPP render --as-of 2026-12-01 --no-config --voor leerling ../../../examples/willem.yaml; echo "exit $?"
