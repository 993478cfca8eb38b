# Usage errors (exit 2): no party, an unknown party (with a suggestion),
# standard input, a folder, a bad date, a missing file.
cp ../../edit/plan.yaml "$TMP/p.yaml"; cd "$TMP"
"$OPP" sign p.yaml; echo "exit $?"
"$OPP" sign p.yaml --as ouder; echo "exit $?"
"$OPP" sign p.yaml --as vader; echo "exit $?"
"$OPP" sign - --as ouders < p.yaml; echo "exit $?"
mkdir map; "$OPP" sign map --as ouders; echo "exit $?"
"$OPP" sign p.yaml --as ouders --datum 2026-13-01; echo "exit $?"
"$OPP" sign nergens.yaml --as ouders; echo "exit $?"
