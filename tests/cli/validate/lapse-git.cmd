# ondertekening-actueel: every bound agreement lapsed at the end of the
# standard history; in a git work tree the finding says since which
# version and what changed in the handelingsdeel (no free text, no
# names); outside one, only that it lapsed. opp due lists each for the
# regievoerder.
top=$(cd ../../.. && pwd); . "$top/tests/git/fixture.sh"
fx_history "$TMP/cases"
cd "$TMP/cases/plannen/2026"
"$OPP" validate --as-of 2026-11-21 "sam de vries.yaml"; echo "exit $?"
cp "sam de vries.yaml" "$TMP/los.yaml"
cd "$TMP" && "$OPP" validate --as-of 2026-11-21 los.yaml; echo "exit $?"
"$OPP" due --as-of 2026-11-21 los.yaml; echo "due: $?"
