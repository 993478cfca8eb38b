# The workbook's sheets and headers follow the language like the text
# formats' sections and columns: English under LANG=C, Dutch under nl
# (xlsx.cmd checks the Dutch workbook's contents), and the workbook's
# title too. A broken file says "unreadable" in its error count.
mkdir -p "$TMP/w" && cp ../../../examples/aaron.yaml "$TMP/w/" && printf 'opp: 1\nleerling:\n  naam: [Kapot\n' >"$TMP/w/kapot.yaml"
cd "$TMP/w" || exit
for l in C nl; do
	LC_ALL=C.UTF-8 LANGUAGE=$l $OPP report --as-of 2026-12-01 -o $l.xlsx . 2>/dev/null; echo "$l: rc=$?"
	/usr/bin/python3 - $l.xlsx <<'PY'
import sys, zipfile, re
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1])
for ws in wb.worksheets:
    print(f"{ws.title}: " + " | ".join(str(c.value) for c in ws[1]))
print("kapot.yaml:", wb.worksheets[0]["B2"].value)
print("title:", re.search(r"<dc:title>([^<]*)", zipfile.ZipFile(sys.argv[1]).read("docProps/core.xml").decode()).group(1))
PY
done
