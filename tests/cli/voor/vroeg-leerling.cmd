# The leerling document of examples/vroeg.yaml (what --voor leerling writes, in Markdown).
$OPP render --as-of 2026-12-01 --no-config --voor leerling ../../../examples/vroeg.yaml; echo "exit $?"
