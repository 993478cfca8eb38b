# Patterns worth acting on: Aaron moved to Willem's groep 7 of De Klimop
# (written "OBS de Klimop": matched regardless of case, shown as first
# written). Both have active goals in sociaal-emotioneel and werkhouding
# and support by an ambulant begeleider: three questions for a
# collectief aanbod. The workbook's patronen are recomputed from the YAML.
# In Dutch, as a Dutch IB'er reads it (the report's words follow the
# language: en-*.cmd are the English report).
export LC_ALL=C.UTF-8 LANGUAGE=nl
E=../../../examples
here=$(pwd)
mkdir -p "$TMP/p"
sed -e 's/school: CBS De Wegwijzer/school: OBS de Klimop/' -e 's/^  groep: .*/  groep: "7"/' $E/aaron.yaml >"$TMP/p/aaron.yaml"
cp $E/willem.yaml "$TMP/p/willem.yaml"
cd "$TMP/p" || exit
$OPP report --as-of 2026-12-01 . | sed -n '/^## patronen/,$p'
$OPP report --as-of 2026-12-01 -o x.xlsx . && /usr/bin/python3 "$here/../../xlsx/check_xlsx.py" report x.xlsx 2026-12-01 .
