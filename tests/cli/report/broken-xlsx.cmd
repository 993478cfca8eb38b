# The same in the workbook: the broken case has a row with its error.
# In Dutch, as a Dutch IB'er reads it (the report's words follow the
# language: en-*.cmd are the English report).
export LC_ALL=C.UTF-8 LANGUAGE=nl
mkdir -p "$TMP/b2" && cp ../../../examples/vroeg.yaml "$TMP/b2/" && printf 'opp: 1\nleerling:\n  naam: [Kapot\n' >"$TMP/b2/kapot.yaml"
here=$(pwd)
cd "$TMP/b2" && $OPP report --as-of 2027-01-05 -o x.xlsx . 2>/dev/null; echo "rc=$?"
/usr/bin/python3 "$here/../../xlsx/check_xlsx.py" report x.xlsx 2027-01-05 .
