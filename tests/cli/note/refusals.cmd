# opp note: an unknown goal or person (a suggestion, exit 2), no value
# and no text, a value with a comma, an empty text (exit 2); a date in
# the future or before the last note (exit 1).
cp ../../edit/comments.yaml "$TMP/p.yaml"; cd "$TMP"
"$OPP" note --as-of 2026-12-01 p.yaml planbor --door lk-jong --waarde 3; echo "exit $?"
"$OPP" note --as-of 2026-12-01 p.yaml planbord --door lk-jon --waarde 3; echo "exit $?"
"$OPP" note --as-of 2026-12-01 p.yaml planbord --door lk-jong; echo "exit $?"
"$OPP" note --as-of 2026-12-01 p.yaml planbord --door lk-jong --waarde 3,5; echo "exit $?"
"$OPP" note --as-of 2026-12-01 p.yaml planbord --door lk-jong --tekst '  '; echo "exit $?"
"$OPP" note --as-of 2026-12-01 p.yaml planbord --waarde 3; echo "exit $?"
"$OPP" note --as-of 2026-12-01 p.yaml planbord --door lk-jong --waarde 3 --datum 2026-12-05; echo "exit $?"
"$OPP" note --as-of 2026-12-01 p.yaml planbord --door lk-jong --waarde 3 --datum 2026-10-30; echo "exit $?"
