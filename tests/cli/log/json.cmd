# --format json: one object, every event with commit, date, author, kind, id and text.
top=$(cd ../../.. && pwd); . "$top/tests/git/fixture.sh"
fx_history "$TMP/cases"
"$OPP" log --format json "$TMP/cases/plannen/2026/sam de vries.yaml" > "$TMP/log.json"
/usr/bin/python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
kinds = {}
for e in d["events"]:
    assert set(e) == {"commit", "date", "author", "kind", "id", "text"}, e
    kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
print(len(d["events"]), "events;", ", ".join("%s %d" % k for k in sorted(kinds.items())))
print(sorted({e["author"] for e in d["events"]}))
' "$TMP/log.json"
