#!/bin/sh
# Every command on structure-aware variants of the project's case files,
# under AddressSanitizer and UBSan (`make fuzz-variants`): each variant
# (tests/fuzz/variants.c, the fuzzers' mutator) through validate, due,
# list, report and render in every format, agenda with its invitation,
# and redact. A crash, a sanitizer report, an exit status above 2, a run
# over 10 seconds or a redacted copy that is not YAML fails it, naming the
# variant and the command.
#
#   OPP=build-asan/opp VARIANTS=build/tests/variants N=10 sh tests/fuzz/variants.sh FILE...
set -u
: "${OPP:?}" "${VARIANTS:?}" "${N:=10}"
out=$(mktemp -d "${TMPDIR:-/tmp}/opp-variants.XXXXXX")
trap 'rm -rf "$out"' EXIT INT TERM
mkdir "$out/v" "$out/o"
"$VARIANTS" "$N" "$out/v" "$@" || exit 2
export ASAN_OPTIONS=detect_leaks=1:handle_segv=1 UBSAN_OPTIONS=print_stacktrace=1 SOURCE_DATE_EPOCH=1764576000
runs=0 bad=0 files=0
for f in "$out"/v/*.yaml; do
	files=$((files + 1))
	for c in "validate --as-of 2026-12-01 --format json" "validate --as-of 2027-04-01" \
	         "due --as-of 2026-12-01 --within 1m --format tsv" "due --as-of 2027-04-01 --format json" \
	         "list --as-of 2026-12-01" "report --as-of 2026-12-01 --to html" \
	         "report --as-of 2026-12-01 -o $out/o/r.xlsx" "render --as-of 2026-12-01 --to md" \
	         "render --as-of 2026-12-01 --to html" "render --as-of 2026-12-01 -o $out/o/r.xlsx" \
	         "agenda --as-of 2026-12-01 -o $out/o/a.md --ics $out/o/a.ics --eml $out/o/a.eml" \
	         "agenda --as-of 2026-12-01 --checklist --format html" "redact -o $out/o/copy.yaml"; do
		runs=$((runs + 1))
		# shellcheck disable=SC2086
		timeout 10 $OPP $c --no-config "$f" > /dev/null 2> "$out/err"
		rc=$?
		if [ $rc -gt 2 ] || grep -q 'Sanitizer\|runtime error' "$out/err"; then
			bad=$((bad + 1))
			echo "FAIL (exit $rc): opp $c $(basename "$f")"
			head -20 "$out/err"
			cp "$f" "${TMPDIR:-/tmp}/opp-variant-fail-$(basename "$f")"
		fi
	done
	# A copy that redact wrote is YAML again, as the original was.
	if [ $rc = 0 ] && [ -s "$out/o/copy.yaml" ]; then
		runs=$((runs + 1))
		if $OPP validate --no-config "$out/o/copy.yaml" 2>&1 | grep -q '\[syntax\]'; then
			bad=$((bad + 1))
			echo "FAIL: the redacted copy of $(basename "$f") is not YAML"
			cp "$f" "${TMPDIR:-/tmp}/opp-variant-fail-$(basename "$f")"
		fi
		rm -f "$out/o/copy.yaml"
	fi
done
echo "variants: $files files, $runs runs, $bad failed"
[ $bad = 0 ]
