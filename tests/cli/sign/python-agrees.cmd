# An independent implementation of the canonical form (Python's json
# with sorted keys over PyYAML's BaseLoader, every scalar a string)
# gives the same bytes as opp sign --show-canonical for every example,
# layout and version of the standard history (PyYAML, a YAML 1.1 reader,
# does not read a tab before a comment: that layout is skipped).
top=$(cd ../../.. && pwd)
for f in "$top"/examples/*.yaml "$top"/tests/edit/*.yaml "$top"/tests/git/plan/*.yaml; do
	"$OPP" sign --show-canonical "$f" > "$TMP/opp.json"
	/usr/bin/python3 -c '
import json, sys, yaml
D = ["id", "doel", "eigenaar", "context", "termijn", "gesteld", "domein", "beginsituatie", "criterium",
     "beginwaarde", "streefwaarde", "eenheid"]
Z = ["id", "doelen", "wat", "wie", "frequentie", "start", "eind", "overbrugging"]
def empty(v):
    if v is None: return True
    if isinstance(v, str): return v.strip(" \t\r\n") == "" or v in ("~", "null", "Null", "NULL")
    return len(v) == 0
def pick(o, keys):
    return {k: o[k] for k in keys if k in o and not empty(o[k])}
try:
    d = yaml.load(open(sys.argv[1], encoding="utf-8-sig"), Loader=yaml.BaseLoader) or {}
except yaml.YAMLError:
    sys.exit(3)
doc = {"arrangement": [pick(z, Z) for z in (d.get("arrangement") or [])],
       "doelen": [pick(g, D) for g in (d.get("doelen") or [])]}
sys.stdout.write(json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False))
' "$f" > "$TMP/py.json"
	if [ $? = 3 ]; then echo "skipped (PyYAML cannot read it): ${f#$top/}"; continue; fi
	if cmp -s "$TMP/opp.json" "$TMP/py.json"; then echo "same: ${f#$top/}"; else echo "DIFFERENT: ${f#$top/}"; fi
done
