# Progress charts (inline SVG) checked with a real XML parser against the
# case file (tests/svg/check_chart.py): one per measurable goal, its
# points, line, axes and today where the data puts them; and the course
# in words for a rising goal, a falling one (days absent) and notes after
# the termijn.
for f in ../../../examples/aaron.yaml ../../../examples/willem.yaml cases/voortgang.yaml; do
	echo "== $f"
	$OPP render --to html --as-of 2027-03-15 --no-config -o "$TMP/p.html" "$f" 2>/dev/null
	/usr/bin/python3 ../../svg/check_chart.py "$TMP/p.html" "$f" 2027-03-15 | sed "s|$TMP/||"
done
$OPP render --as-of 2027-03-15 --no-config cases/voortgang.yaml | grep -E '^- \*\*(Meting|Koers|Gesteld op)'
