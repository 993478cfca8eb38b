#!/bin/sh
# Every command on structure-aware variants of the project's case files,
# under AddressSanitizer and UBSan (`make fuzz-variants`): each variant
# (tests/fuzz/variants.c, the fuzzers' mutator) through validate, due,
# list, report and render in every format, agenda with its invitation,
# and redact; and the editing commands, each on a fresh copy of the
# variant: sign (as ouders, on a day after the first OT and after the
# examples' own agreements), note (on the first goal, by the first
# person, with a value and a text that needs quoting) and done (the first afspraak), their ids read from the variant
# by a small Python YAML read (placeholders where it finds none, so that
# the refusals run too). The mutator's variants nearly all have errors,
# which sign refuses, so LAYOUT (files) adds N layout variants of each of
# those files (tests/fuzz/variants.py: the same documents with comments,
# blank lines, other line ends and indentation), which load clean and get
# signed. A crash, a sanitizer report, an exit status above
# 2, a run over 10 seconds, a redacted copy that is not YAML, or an edit
# that succeeded but left the file unchanged or no longer YAML fails it,
# naming the variant and the command.
#
#   OPP=build-asan/opp VARIANTS=build/tests/variants N=10 [LAYOUT="FILE..."] \
#       sh tests/fuzz/variants.sh FILE...
set -u
: "${OPP:?}" "${VARIANTS:?}" "${N:=10}"
out=$(mktemp -d "${TMPDIR:-/tmp}/opp-variants.XXXXXX")
trap 'rm -rf "$out"' EXIT INT TERM
mkdir "$out/v" "$out/o" "$out/ids"
"$VARIANTS" "$N" "$out/v" "$@" || exit 2
# shellcheck disable=SC2086
[ -z "${LAYOUT:-}" ] || python3 "$(dirname "$0")/variants.py" $((N * $(echo $LAYOUT | wc -w))) "$out/v" 1 $LAYOUT ||
	exit 2
# What the edits aim at, one file of four lines per variant: the day to
# sign on and take for today (the day after the first OT or 2026-12-01,
# whichever is later), the first goal, the first person, the first
# afspraak. A variant PyYAML cannot read, or a value that is no single
# line, gets the placeholders.
python3 - "$out/ids" "$out"/v/*.yaml <<'PY' || exit 2
import datetime, os, sys
import yaml

def first_id(doc, key):
    items = doc.get(key) if isinstance(doc, dict) else None
    for it in items if isinstance(items, list) else []:
        v = it.get("id") if isinstance(it, dict) else None
        if isinstance(v, (str, int)) and "\n" not in str(v) and "\r" not in str(v) and str(v):
            return str(v)
    return "x"

def after_first_ot(doc):
    days = []
    items = doc.get("overleggen") if isinstance(doc, dict) else None
    for o in items if isinstance(items, list) else []:
        if isinstance(o, dict) and o.get("soort") == "ot":
            d = o.get("datum")
            if isinstance(d, str):
                try:
                    d = datetime.date.fromisoformat(d)
                except ValueError:
                    d = None
            if isinstance(d, datetime.date) and not isinstance(d, datetime.datetime):
                days.append(d)
    if not days or min(days) >= datetime.date(2199, 12, 31):
        return "2026-12-01"
    return (min(days) + datetime.timedelta(days=1)).isoformat()

for path in sys.argv[2:]:
    try:
        with open(path, "rb") as f:
            doc = yaml.safe_load(f)
    except Exception:
        doc = None
    lines = [max(after_first_ot(doc), "2026-12-01"), first_id(doc, "doelen"), first_id(doc, "betrokkenen"),
             first_id(doc, "afspraken")]
    with open(os.path.join(sys.argv[1], os.path.basename(path)), "w") as f:
        f.write("\n".join(lines) + "\n")
PY
export ASAN_OPTIONS=detect_leaks=1:handle_segv=1 UBSAN_OPTIONS=print_stacktrace=1 SOURCE_DATE_EPOCH=1764576000
runs=0 bad=0 files=0 edits=0 sign=0 note=0 done=0

# One run: a crash, a sanitizer report or an exit status above 2 fails
# it. Sets rc.
run() {
	runs=$((runs + 1))
	timeout 10 "$@" > /dev/null 2> "$out/err"
	rc=$?
	if [ $rc -gt 2 ] || grep -q 'Sanitizer\|runtime error' "$out/err"; then
		bad=$((bad + 1))
		echo "FAIL (exit $rc): $* ($(basename "$f"))"
		head -20 "$out/err"
		cp "$f" "${TMPDIR:-/tmp}/opp-variant-fail-$(basename "$f")"
	fi
}

# An edit on a fresh copy of the variant: on success the file changed
# and is still YAML (the editor reads its result back itself; this is
# the check from outside).
edit() {
	cp "$f" "$out/o/e.yaml"
	edits=$((edits + 1))
	run "$@"
	[ $rc = 0 ] || return 0
	case $2 in sign) sign=$((sign + 1)) ;; note) note=$((note + 1)) ;; done) done=$((done + 1)) ;; esac
	if cmp -s "$f" "$out/o/e.yaml"; then
		bad=$((bad + 1))
		echo "FAIL: $* succeeded on $(basename "$f") and left it as it was"
		cp "$f" "${TMPDIR:-/tmp}/opp-variant-fail-$(basename "$f")"
	fi
	run $OPP validate --no-config --as-of 2026-12-01 "$out/o/e.yaml"
	if grep -q '\[syntax\]' "$out/err"; then
		bad=$((bad + 1))
		echo "FAIL: after $*, $(basename "$f") is not YAML"
		cp "$f" "${TMPDIR:-/tmp}/opp-variant-fail-$(basename "$f")"
	fi
}
for f in "$out"/v/*.yaml; do
	files=$((files + 1))
	for c in "validate --as-of 2026-12-01 --format json" "validate --as-of 2027-04-01" \
	         "due --as-of 2026-12-01 --within 1m --format tsv" "due --as-of 2027-04-01 --format json" \
	         "list --as-of 2026-12-01" "report --as-of 2026-12-01 --to html" \
	         "report --as-of 2026-12-01 -o $out/o/r.xlsx" "render --as-of 2026-12-01 --to md" \
	         "render --as-of 2026-12-01 --to html" "render --as-of 2026-12-01 -o $out/o/r.xlsx" \
	         "agenda --as-of 2026-12-01 -o $out/o/a.md --ics $out/o/a.ics --eml $out/o/a.eml" \
	         "agenda --as-of 2026-12-01 --checklist --format html" "redact -o $out/o/copy.yaml"; do
		# shellcheck disable=SC2086
		run $OPP $c --no-config "$f"
	done
	redacted=$rc
	{ read -r today; read -r doel; read -r door; read -r afspraak; } < "$out/ids/$(basename "$f")"
	edit $OPP sign --no-config --as-of "$today" --as ouders --datum "$today" -- "$out/o/e.yaml"
	edit $OPP note --no-config --as-of 2026-12-01 --door "$door" --waarde 2.5 \
		--tekst 'Zegt: "ik kan het" # echt' -- "$out/o/e.yaml" "$doel"
	edit $OPP done --no-config --as-of 2026-12-01 -- "$out/o/e.yaml" "$afspraak"
	# A copy that redact wrote is YAML again, as the original was.
	if [ $redacted = 0 ] && [ -s "$out/o/copy.yaml" ]; then
		runs=$((runs + 1))
		if $OPP validate --no-config "$out/o/copy.yaml" 2>&1 | grep -q '\[syntax\]'; then
			bad=$((bad + 1))
			echo "FAIL: the redacted copy of $(basename "$f") is not YAML"
			cp "$f" "${TMPDIR:-/tmp}/opp-variant-fail-$(basename "$f")"
		fi
		rm -f "$out/o/copy.yaml"
	fi
done
echo "variants: $files files, $runs runs ($edits edits; written: sign $sign, note $note, done $done), $bad failed"
[ $bad = 0 ]
