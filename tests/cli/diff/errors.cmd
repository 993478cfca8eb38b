# No agreement bound to a version and no REV; a revision that is not
# one; no operand: usage errors (exit 2).
top=$(cd ../../.. && pwd); . "$top/tests/git/fixture.sh"
fx_history "$TMP/cases"
cd "$TMP/cases"
fx_put "$top/tests/git/plan/02.yaml" los.yaml; fx_commit "los"
"$OPP" diff los.yaml; echo "exit $?"
"$OPP" diff nergens los.yaml; echo "exit $?"
"$OPP" diff; echo "exit $?"
"$OPP" diff a b c; echo "exit $?"
