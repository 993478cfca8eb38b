# The report workbook read back with openpyxl (tests/xlsx/check_xlsx.py):
# sheets, values, real dates, euro amounts, funding per funder, patterns,
# frozen headers, autofilters; =, +, - and @ in text fields stay text.
E=../../../examples
$OPP report --as-of 2027-01-05 -o "$TMP/x.xlsx" $E cases && /usr/bin/python3 ../../xlsx/check_xlsx.py report "$TMP/x.xlsx" 2027-01-05 $E cases
