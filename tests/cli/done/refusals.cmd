# opp done: an unknown afspraak (a suggestion, exit 2), one already done
# or a date in the future (exit 1), a file that is not YAML (exit 1).
cp ../../edit/plan.yaml "$TMP/p.yaml"; cd "$TMP"
"$OPP" done --as-of 2026-12-01 p.yaml planbord-make; echo "exit $?"
"$OPP" done --as-of 2026-12-01 p.yaml planbord-maken --datum 2026-12-02; echo "exit $?"
"$OPP" done --as-of 2026-12-01 p.yaml planbord-maken; echo "exit $?"
"$OPP" done --as-of 2026-12-01 p.yaml planbord-maken; echo "exit $?"
printf 'afspraken: [\n' > kapot.yaml
"$OPP" done --as-of 2026-12-01 kapot.yaml x; echo "exit $?"
"$OPP" done p.yaml; echo "exit $?"
