#!/bin/sh
# Golden CLI tests. Each case is tests/cli/<command>/<case>.cmd: a shell
# line run in that folder with $OPP set to the binary under test. Its
# expected standard output, standard error and exit status are in
# <case>.out, <case>.err and <case>.rc next to it (a missing .out/.err
# means "must be empty").
#
#   sh tests/cli/run.sh            run every case
#   sh tests/cli/run.sh validate   run one command's cases
#   OPP_REGEN=1 sh tests/cli/run.sh  rewrite the expectations after an
#                                    intended change (review the diff!)
#
# A case that exits 77 needs a tool this machine lacks: it is skipped
# (and never regenerated), unless 77 is what its .rc expects.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
OPP=${OPP_BIN:-$top/opp}
export OPP NO_COLOR=1 LC_ALL=C LANGUAGE= TZ=Europe/Amsterdam
tmp=$(mktemp -d "${TMPDIR:-/tmp}/opp-cli.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0 skip=0

for cmdfile in "$top"/tests/cli/${1:-*}/*.cmd; do
	dir=$(dirname "$cmdfile")
	case_=${cmdfile%.cmd}
	name=$(basename "$dir")/$(basename "$case_")
	# each case gets a scratch folder of its own, as $TMP
	rm -rf "$tmp/case" && mkdir "$tmp/case"
	(cd "$dir" && TMP="$tmp/case" sh "$cmdfile") >"$tmp/out" 2>"$tmp/err" </dev/null
	echo $? >"$tmp/rc"
	if [ "$(cat "$tmp/rc")" = 77 ] && [ "$(cat "$case_.rc" 2>/dev/null)" != 77 ]; then
		echo "SKIP $name"
		skip=$((skip + 1))
		continue
	fi
	# ASan/UBSan reports go to stderr: keep them visible as failures.
	if [ "${OPP_REGEN:-}" = 1 ]; then
		cp "$tmp/rc" "$case_.rc"
		if [ -s "$tmp/out" ]; then cp "$tmp/out" "$case_.out"; else rm -f "$case_.out"; fi
		if [ -s "$tmp/err" ]; then cp "$tmp/err" "$case_.err"; else rm -f "$case_.err"; fi
		continue
	fi
	ok=1
	for s in rc out err; do
		want="$case_.$s"
		[ -f "$want" ] || want=/dev/null
		if ! cmp -s "$want" "$tmp/$s"; then
			[ $ok = 1 ] && echo "FAIL $name"
			ok=0
			diff -u "$want" "$tmp/$s" | sed 's/^/    /' | head -40
		fi
	done
	if [ $ok = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
[ "${OPP_REGEN:-}" = 1 ] && { echo "expectations rewritten"; exit 0; }
[ $skip = 0 ] && skipped= || skipped=", $skip skipped"
echo "cli: $pass passed, $fail failed$skipped"
[ $fail = 0 ]
