# examples/vroeg.yaml funds nothing by the swv: no dossier, a clear reason, exit 2.
$OPP render --as-of 2026-12-01 --no-config --voor swv ../../../examples/vroeg.yaml; echo "exit $?"
