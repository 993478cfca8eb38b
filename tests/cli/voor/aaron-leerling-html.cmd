# The leerling document of examples/aaron.yaml as a page (what --voor leerling --to html writes).
$OPP render --as-of 2026-12-01 --no-config --voor leerling --to html ../../../examples/aaron.yaml; echo "exit $?"
