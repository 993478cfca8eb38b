# Each example and the injection fixture rendered to xlsx and read back
# with openpyxl (tests/xlsx/check_xlsx.py): every section of the case file
# in its sheet with the file's values (betrokkenen, waarneming, the
# kindgesprek and who held it, uitkomsten, behoeften, factoren, the
# ondertekening against the handelingsdeel's digest computed by the
# checker), real dates, euro amounts, totals per funder computed from the
# YAML, afspraken status and days overdue, long text wrapped, widths
# within 4..80, frozen headers, autofilters, text never a formula.
for f in ../../../examples/aaron.yaml ../../../examples/willem.yaml ../../../examples/vroeg.yaml ../report/cases/injectie.yaml; do
	echo "== $f"
	$OPP render --to xlsx --as-of 2027-01-05 -o "$TMP/x.xlsx" "$f" && /usr/bin/python3 ../../xlsx/check_xlsx.py render "$TMP/x.xlsx" "$f" 2027-01-05
done
# Signed agreements: the parents sign, a goal changes, the school signs;
# so ouders lapsed, school holds this version, toegang is a plain date.
echo "== signed"
cp ../../../examples/aaron.yaml "$TMP/signed.yaml"
$OPP sign --as ouders --datum 2026-10-10 --as-of 2027-01-05 "$TMP/signed.yaml" >/dev/null &&
	sed -i 's/^    doel: Ik ga in de pauze naar buiten/    doel: Ik ga elke pauze naar buiten/' "$TMP/signed.yaml" &&
	$OPP sign --as school --datum 2026-10-11 --as-of 2027-01-05 "$TMP/signed.yaml" >/dev/null &&
	$OPP render --to xlsx --as-of 2027-01-05 -o "$TMP/x.xlsx" "$TMP/signed.yaml" &&
	/usr/bin/python3 ../../xlsx/check_xlsx.py render "$TMP/x.xlsx" "$TMP/signed.yaml" 2027-01-05
