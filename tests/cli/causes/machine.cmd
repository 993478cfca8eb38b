# The machine formats keep every finding, in file order; each that a root
# cause explains points to it: "related" in JSON, relatedLocations in
# SARIF, "(follows from line N)" in a GitHub annotation.
sed 's/^doelen:/doele:/' ../../schema/good/volledig.yaml > "$TMP/volledig.yaml" && cd "$TMP"
$OPP validate --format json --as-of 2026-12-01 volledig.yaml; echo "rc $?"
$OPP validate --format github --as-of 2026-12-01 volledig.yaml; echo "rc $?"
$OPP validate --format sarif --as-of 2026-12-01 volledig.yaml > v.sarif; echo "rc $?"
/usr/bin/python3 -c '
import json, sys
for r in json.load(open("v.sarif"))["runs"][0]["results"]:
    rel = r.get("relatedLocations", [])
    line = r["locations"][0]["physicalLocation"]["region"]["startLine"]
    print(r["ruleId"], line, "->", [x["physicalLocation"]["region"]["startLine"] for x in rel])'
