# Escape sequences and bidi overrides in names, texts and file names reach
# no human-facing output raw: findings, warnings, due, list, report,
# agenda, render. Counted per output: ESC, other C0/C1 controls, bidi.
base=$(cd ../due && pwd)/hostile.yaml
cd "$TMP" && mkdir cases && f="cases/$(printf 'bad\033[2Jname\342\200\256.yaml')" && cp "$base" "$f"
printf 'x-a: 1\n"k\\e[31my": 2\n' >> "$f"
count() { /usr/bin/python3 -c '
import sys, re
b = sys.stdin.buffer.read()
t = b.decode("utf-8", "replace")
print(sys.argv[1] + ":",
      "ESC", b.count(b"\x1b"), "controls", len(re.findall("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", t)),
      "bidi", len(re.findall("[\u202a-\u202e\u2066-\u2069]", t)))' "$1"; }
$OPP validate --as-of 2026-12-01 cases 2>&1 | count "validate"
$OPP validate --as-of 2026-12-01 --format github cases 2>&1 | count "validate github"
$OPP due --as-of 2026-12-01 cases 2>&1 | count "due"
$OPP due --as-of 2026-12-01 --format tsv cases 2>&1 | count "due tsv"
$OPP list --as-of 2026-12-01 cases 2>&1 | count "list"
$OPP report --as-of 2026-12-01 cases 2>&1 | count "report md"
$OPP report --as-of 2026-12-01 --to html cases 2>&1 | count "report html"
$OPP render --as-of 2026-12-01 "$f" 2>&1 | count "render md"
$OPP render --as-of 2026-12-01 --to html "$f" 2>&1 | count "render html"
# the agenda, its checklist, invitation and mail, and the warnings: names
# with escapes and bidi overrides (also first in the pupil's name, where
# the initials come from)
/usr/bin/python3 -c '
import sys, yaml
d = yaml.safe_load(open(sys.argv[1]))
d["leerling"]["naam"] = "\u202eNoor \x1b[2JVerschuren"
for p in d["betrokkenen"]:
    p["naam"] = "\u2066" + p["naam"] + " \x1b]8;;http://x.example\x07x\x1b]8;;\x07\u202e"
    p.pop("email", None) if p["id"] == "lpa-deboer" else None
yaml.safe_dump(d, open(sys.argv[2], "w"), allow_unicode=True)' "$OLDPWD/../../../examples/vroeg.yaml" v.yaml
export SOURCE_DATE_EPOCH=1764576000
$OPP agenda --as-of 2026-12-01 v.yaml --ics v.ics --eml v.eml 2>&1 | count "agenda md and warnings"
$OPP agenda --as-of 2026-12-01 --format html v.yaml 2>/dev/null | count "agenda html"
$OPP agenda --as-of 2026-12-01 --checklist v.yaml 2>/dev/null | count "checklist"
count "ics" < v.ics
count "eml" < v.eml
$OPP agenda --as-of 2026-12-01 v.yaml 2>/dev/null | sed -n 1p
