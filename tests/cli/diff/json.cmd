# --format json: per version compared, the commit, date, parties and events.
top=$(cd ../../.. && pwd); . "$top/tests/git/fixture.sh"
fx_history "$TMP/cases"
cd "$TMP/cases/plannen/2026"
"$OPP" diff --as-of 2026-11-21 --format json "sam de vries.yaml" | /usr/bin/python3 -c '
import json, sys
d = json.load(sys.stdin)
for s in d["since"]:
    print(s["rev"], s["commit"][:7], s["date"], s["parties"], [e["kind"] for e in s["events"]])
'
