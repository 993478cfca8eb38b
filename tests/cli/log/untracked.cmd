# In a work tree but never committed: said, exit 2; standard input has no history.
top=$(cd ../../.. && pwd); . "$top/tests/git/fixture.sh"
fx_history "$TMP/cases"
cp ../../git/plan/01.yaml "$TMP/cases/nieuw.yaml"
cd "$TMP/cases" && "$OPP" log nieuw.yaml; echo "exit $?"
"$OPP" log - < nieuw.yaml; echo "exit $?"
