# The Casus page of a plan in git (tests/git/fixture.sh's standard
# history): each party's agreement under the signatures, measured against
# the plan as it is now (lapsed since the plan changed), the findings of
# that part beside it, and the history as opp log tells it. A file never
# committed, and one outside git, show no history.
top=$(cd ../../.. && pwd); . "$top/tests/git/fixture.sh"
fx_history "$TMP/cases"
cp ../../git/plan/01.yaml "$TMP/cases/nieuw.yaml"
mkdir "$TMP/los" && cp ../../git/plan/08.yaml "$TMP/los/sam.yaml"
page() { /usr/bin/python3 "$top/tests/serve/page.py" "$OPP" "$@"; }
cd "$TMP/cases" && page . 2026-12-01 /casus/1 | sed -n -e '/^== /p' -e '/^## 12\./,$p'
echo "never committed: $(page . 2026-12-01 /casus/0 | grep -c '^## Geschiedenis')"
echo "outside git: $(page "$TMP/los" 2026-12-01 /casus/0 | grep -c '^## Geschiedenis')"
