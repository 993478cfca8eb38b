# The standard history (tests/git/fixture.sh: several authors, a rename,
# a branch and its merge) as events, oldest first.
top=$(cd ../../.. && pwd); . "$top/tests/git/fixture.sh"
fx_history "$TMP/cases"
cd "$TMP/cases/plannen/2026" && "$OPP" log "sam de vries.yaml"
