# xlsx: to a file (atomically), to a pipe (through a private temporary
# file that is removed again), never to a terminal.
d=$TMP/xlsx && mkdir -p "$d/tmp"
$OPP render --as-of 2026-12-01 --no-config -o "$d/aaron.xlsx" ../../../examples/aaron.yaml
echo "file: exit $?"
TMPDIR=$d/tmp $OPP render --as-of 2026-12-01 --no-config --to xlsx ../../../examples/aaron.yaml > "$d/piped.xlsx"
echo "pipe: exit $?"
cmp -s "$d/aaron.xlsx" "$d/piped.xlsx" && echo "file and pipe: same bytes"
echo "temporary files left: $(ls -A "$d/tmp" | wc -l)"
/usr/bin/python3 -c 'import sys, zipfile; print("workbook:", "xl/workbook.xml" in zipfile.ZipFile(sys.argv[1]).namelist())' "$d/aaron.xlsx"
ls -A "$d"
script -qec "$OPP render --as-of 2026-12-01 --to xlsx ../../../examples/aaron.yaml" /dev/null > "$d/tty.out"
echo "terminal: exit $?"
tr -d '\r' < "$d/tty.out"
