# Without REV: since the version each party last agreed to (found in the
# history by its digest), as events; the same version for all three here.
top=$(cd ../../.. && pwd); . "$top/tests/git/fixture.sh"
fx_history "$TMP/cases"
cd "$TMP/cases/plannen/2026" && "$OPP" diff --as-of 2026-11-21 "sam de vries.yaml"
