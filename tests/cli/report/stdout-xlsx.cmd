# xlsx to a pipe goes through a temporary file in $TMPDIR, removed after;
# the bytes are the same as with -o (the creation time is the --as-of day).
E=../../../examples
mkdir -p "$TMP/t"
TMPDIR=$TMP/t $OPP report --to xlsx --as-of 2026-12-01 $E cases >"$TMP/y.xlsx" && /usr/bin/python3 ../../xlsx/check_xlsx.py report "$TMP/y.xlsx" 2026-12-01 $E cases
echo "left in TMPDIR: $(ls -A "$TMP/t" | wc -l)"
$OPP report --as-of 2026-12-01 -o "$TMP/z.xlsx" $E cases && cmp "$TMP/y.xlsx" "$TMP/z.xlsx" && echo identical
