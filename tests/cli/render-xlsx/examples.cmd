# Each example and the injection fixture rendered to xlsx and read back
# with openpyxl (tests/xlsx/check_xlsx.py): sheet names, values, real
# dates, euro amounts, totals per funder computed from the YAML, afspraken
# status and days overdue, frozen headers, autofilters, text never a
# formula.
for f in ../../../examples/aaron.yaml ../../../examples/willem.yaml ../../../examples/vroeg.yaml ../report/cases/injectie.yaml; do
	echo "== $f"
	$OPP render --to xlsx --as-of 2027-01-05 -o "$TMP/x.xlsx" "$f" && /usr/bin/python3 ../../xlsx/check_xlsx.py render "$TMP/x.xlsx" "$f" 2027-01-05
done
