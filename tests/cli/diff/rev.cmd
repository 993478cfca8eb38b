# Against a revision: a branch, HEAD~n, and a commit from before the
# file was renamed (found under its old name).
top=$(cd ../../.. && pwd); . "$top/tests/git/fixture.sh"
fx_history "$TMP/cases"
cd "$TMP/cases/plannen/2026"
"$OPP" diff --as-of 2026-11-21 bekostiging "sam de vries.yaml"
"$OPP" diff --as-of 2026-11-21 HEAD~1 "sam de vries.yaml"
"$OPP" diff --as-of 2026-11-21 "$(fx_rev HEAD~6)" "sam de vries.yaml" | head -4
