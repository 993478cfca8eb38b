#!/bin/sh
# The harness tested on pages made to fail (tests/browser/self/): that it
# passes a page that fits, and fails a title wider than a phone, a column
# cut off on A4, a wrong page count and a chart that shows nothing (its
# drawing outside its viewBox, or no box at all), each with its reason. Exit 77
# when Chromium cannot run here.
set -u
here=$(cd "$(dirname "$0")" && pwd)
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
tmp=$(mktemp -d "${TMPDIR:-/tmp}/opp-browser-self.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
fail=0

# expect NAME RC PATTERN [check.py options...]
expect() {
	name=$1 want=$2 pattern=$3
	shift 3
	"$PY" "$here/check.py" "$@" "$here/self/$name.html" >"$tmp/out" 2>&1
	rc=$?
	[ $rc = 77 ] && { cat "$tmp/out"; exit 77; }
	if [ $rc != "$want" ] || ! grep -q -- "$pattern" "$tmp/out"; then
		echo "FAIL self/$name: want exit $want and '$pattern', got exit $rc:"
		sed 's/^/    /' "$tmp/out"
		fail=$((fail + 1))
	fi
}

expect fits 0 '^ok .*(A4: 1 page)' --expect-pages 1
expect wide 1 'at 375 px the page is [0-9]* px wide'
expect wide 1 'h1 ([0-9]* px): Ontwikkelingsperspectiefplan'
expect cut 1 'not in the PDF (cut off?): .*rechtsbuiten'
expect two 1 'it has 2 page(s), expected 1' --expect-pages 1
expect two 0 '^ok .*(A4: 2 pages)' --max-pages 2
expect chart 0 '^ok .*chart.html'
expect blank-chart 1 "at 375 px the chart 'Voortgang doel 1' is blank: 0.0 % of its"
expect blank-chart 1 "at 1200 px the chart 'Voortgang doel 1' is blank"
expect blank-chart 1 "the chart 'Voortgang doel 2' is 0 x 0 px (it shows nothing)"
# the screenshots and the PDF are kept where asked
"$PY" "$here/check.py" --screens "$tmp/shots" "$here/self/fits.html" >/dev/null 2>&1
for f in fits-375.png fits-1200.png fits.pdf; do
	[ -s "$tmp/shots/$f" ] || { echo "FAIL self: --screens made no $f"; fail=$((fail + 1)); }
done
echo "browser self-test: $fail failed"
[ $fail = 0 ]
