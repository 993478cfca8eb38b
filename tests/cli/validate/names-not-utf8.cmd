# A file name that is not UTF-8 (Latin-1 "café", a space, "#") keeps the
# JSON and SARIF output valid: the byte is written as \xE9 in JSON, the
# SARIF uri is percent-encoded; text output shows U+FFFD.
mkdir -p "$TMP/map #1" && cp broken.yaml "$TMP/map #1/$(printf 'caf\351').yaml"
cd "$TMP"
$OPP validate --as-of 2026-12-01 --format json "map #1" | /usr/bin/python3 -c '
import json, sys
d = json.load(sys.stdin)
print("json ok:", sorted({x["file"] for x in d["diagnostics"]}))'
$OPP validate --as-of 2026-12-01 --format sarif "map #1" | /usr/bin/python3 -c '
import json, sys
d = json.load(sys.stdin)
print("sarif ok:", sorted({l["physicalLocation"]["artifactLocation"]["uri"] for r in d["runs"][0]["results"] for l in r["locations"]}))'
$OPP validate --as-of 2026-12-01 "map #1" 2>&1 | head -1
