#!/bin/sh
# Memory check for large caseloads (slow; not part of `make check`).
#
#   sh tests/report_scale.sh [COUNT...]     default: 1000 10000
#
# For each COUNT, generates COUNT case files in $TMPDIR (copies of
# examples/*.yaml in turn, each pupil renamed "<name> <n>", 500 files per
# school folder), runs
#   /usr/bin/time -v ./opp report --to xlsx -o x.xlsx DIR
# (and the same with --to md), and prints the maximum resident set size.
# `opp report` streams: memory should stay flat as COUNT grows
# (libxlsxwriter's constant_memory mode, one case in memory per worker).
# OPP_BIN overrides the binary; the files are removed afterwards.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
OPP=${OPP_BIN:-$top/opp}
[ -x /usr/bin/time ] || { echo "report_scale: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
[ $# -gt 0 ] || set -- 1000 10000
work=$(mktemp -d "${TMPDIR:-/tmp}/opp-scale.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

for n in "$@"; do
	dir=$work/cases-$n
	mkdir -p "$dir"
	# One awk run writes every file: rename the pupil (the first "naam:"
	# after "leerling:") so rows differ.
	awk -v n="$n" -v dir="$dir" '
		FNR == 1 { t++ }
		{ line[t, FNR] = $0; len[t] = FNR }
		END {
			for (i = 0; i < n; i++) {
				k = i % t + 1
				sub_ = sprintf("%s/school-%03d", dir, int(i / 500))
				if (i % 500 == 0)
					system("mkdir -p " sub_)
				f = sprintf("%s/case-%05d.yaml", sub_, i)
				inl = 0
				for (j = 1; j <= len[k]; j++) {
					s = line[k, j]
					if (s ~ /^leerling:/) inl = 1
					else if (s ~ /^[a-z]/) inl = 0
					if (inl && s ~ /^  naam: /) s = s " " i
					print s > f
				}
				close(f)
			}
		}' "$top"/examples/*.yaml
	for fmt in xlsx md; do
		out=$work/report-$n.$fmt
		/usr/bin/time -v "$OPP" report --to $fmt --as-of 2027-01-05 -o "$out" "$dir" \
			2>"$work/time.txt" >/dev/null || { rc=$?; [ $rc = 1 ] || { cat "$work/time.txt" >&2; exit $rc; }; }
		rss=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$work/time.txt")
		wall=$(sed -n 's/^[[:space:]]*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
		size=$(wc -c <"$out")
		printf '%6d cases  %-4s  max RSS %7d KiB  wall %s  output %d bytes\n' "$n" $fmt "$rss" "$wall" "$size"
	done
	rm -rf "$dir" "$work"/report-$n.*
done
