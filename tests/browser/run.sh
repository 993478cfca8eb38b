#!/bin/sh
# The pages opp makes, looked at in a browser (check.py): each line of
# tests/browser/pages names a page, the number of A4 pages it prints on
# and the opp arguments that make it ($CORPUS: a folder of generated
# cases, see the Makefile; relative to the top folder). The pages, their screenshots at 375 and
# 1,200 px and their PDFs land in $OUT (default build/browser).
#
#   sh tests/browser/run.sh           every page
#   sh tests/browser/run.sh render-   the pages whose name starts so
#
# A new page (another document, another example) is one more line in
# tests/browser/pages. Exit status: 0 every page passed, 1 some failed
# or could not be made, 77 Chromium cannot run here (skipped).
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
OPP=${OPP_BIN:-$top/opp}
OUT=${OUT:-$top/build/browser}
CORPUS=${CORPUS:-build/browser-corpus}
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
# The pages as their readers get them: in Dutch (the report's headers
# follow the language), with the catalogue found beside the binary.
export NO_COLOR=1 LC_ALL=C.UTF-8 LANGUAGE=nl TZ=Europe/Amsterdam SOURCE_DATE_EPOCH=1796083200
mkdir -p "$OUT"
manifest=$OUT/manifest
: >"$manifest"
made=0 broken=0

while read -r name pages args; do
	case $name in '' | '#'*) continue ;; esac
	case $name in "${1:-}"*) ;; *) continue ;; esac
	rm -f "$OUT/$name.html"
	# The page's own exit status says nothing here (a report over broken
	# files exits 1 and is still a page): that it was made is what counts.
	# The arguments are words, with $CORPUS expanded.
	(cd "$top" && eval "set -- $args" && "$OPP" "$@" -o "$OUT/$name.html") >"$OUT/$name.log" 2>&1
	if [ ! -s "$OUT/$name.html" ]; then
		echo "FAIL $name: opp $args made no page"
		sed 's/^/    /' "$OUT/$name.log"
		broken=$((broken + 1))
		continue
	fi
	echo "$name.html $pages" >>"$manifest"
	made=$((made + 1))
done <"$top/tests/browser/pages"

[ $made -gt 0 ] || { echo "browser: no page matches '${1:-}'"; exit 1; }
"$PY" "$top/tests/browser/check.py" --screens "$OUT" --manifest "$manifest"
rc=$?
[ $rc = 0 ] && [ $broken -gt 0 ] && rc=1
exit $rc
