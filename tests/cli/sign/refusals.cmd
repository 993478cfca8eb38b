# opp sign refuses, with the reason and exit 1: a plan with errors, a
# date in the future, before the first OT or before the party's last
# agreement, a party that already agreed to this version. Nothing changes.
p=../../edit/plan.yaml
cp $p "$TMP/p.yaml"; cd "$TMP"
sed 's/rol: ouders/rol: ouder/' p.yaml > fout.yaml; cp fout.yaml fout.orig
"$OPP" sign --as-of 2026-12-01 fout.yaml --as ouders; echo "errors: $?"
"$OPP" sign --as-of 2026-12-01 p.yaml --as ouders --datum 2026-12-02; echo "future: $?"
"$OPP" sign --as-of 2026-12-01 p.yaml --as ouders --datum 2026-10-05; echo "before the OT: $?"
"$OPP" sign --as-of 2026-12-01 p.yaml --as school --datum 2026-10-07; echo "before the last: $?"
"$OPP" sign --as-of 2026-12-01 p.yaml --as ouders; echo "signed: $?"
"$OPP" sign --as-of 2026-12-02 p.yaml --as ouders; echo "again: $?"
sed -n '1,/^waarneming:/p' p.yaml | sed '$d' > geen-ot.yaml
"$OPP" sign --as-of 2026-12-01 geen-ot.yaml --as school; echo "no OT: $?"
cmp -s fout.orig fout.yaml && echo "fout.yaml unchanged"
