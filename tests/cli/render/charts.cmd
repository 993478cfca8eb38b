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
# The checker itself fails a page whose evaluation mark is off its date,
# whose chart lost its table (text alternative), or whose table lost a
# measured value.
$OPP render --to html --as-of 2027-03-15 --no-config -o "$TMP/p.html" ../../../examples/aaron.yaml 2>/dev/null
sed 's/<line x1="438.84" y1="18" x2="438.84"/<line x1="430.84" y1="18" x2="430.84"/' "$TMP/p.html" >"$TMP/mark.html"
sed '0,/<table class="verloop/s//<table class="tabel/' "$TMP/p.html" >"$TMP/table.html"
sed '0,/data-label="Waarde" class="r">3</s//data-label="Waarde" class="r">4</' "$TMP/p.html" >"$TMP/value.html"
for p in mark table value; do
	/usr/bin/python3 ../../svg/check_chart.py "$TMP/$p.html" ../../../examples/aaron.yaml 2027-03-15 >"$TMP/o"
	echo "exit $?"
	sed "s|$TMP/||" "$TMP/o"
done
