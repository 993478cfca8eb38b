# The report workbook read back with openpyxl (tests/xlsx/check_xlsx.py):
# sheets, values, real dates, euro amounts, funding per funder, patterns,
# frozen headers, autofilters; =, +, - and @ in text fields stay text; the
# counts of errors and warnings are validate's, and the case with an error
# (vroeg, a held OT without verslag as of 2027-01-05) comes first, at no
# step. The report is written all the same; it exits 1 for the error.
# In Dutch, as a Dutch IB'er reads it (the report's words follow the
# language: en-*.cmd are the English report).
export LC_ALL=C.UTF-8 LANGUAGE=nl
E=../../../examples
$OPP report --as-of 2027-01-05 -o "$TMP/x.xlsx" $E cases; echo "rc=$?"
/usr/bin/python3 ../../xlsx/check_xlsx.py report "$TMP/x.xlsx" 2027-01-05 $E cases
