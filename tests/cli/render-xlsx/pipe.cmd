# To a pipe: through a temporary file in $TMPDIR (removed); the same
# bytes as with -o, and the same again on a second run (fixed creation
# time: the --as-of day).
mkdir -p "$TMP/t"
A=../../../examples/aaron.yaml
TMPDIR=$TMP/t $OPP render --to xlsx --as-of 2027-01-05 $A >"$TMP/p.xlsx"; echo "rc=$?"
echo "left in TMPDIR: $(ls -A "$TMP/t" | wc -l)"
$OPP render --as-of 2027-01-05 -o "$TMP/o.xlsx" $A && cmp "$TMP/p.xlsx" "$TMP/o.xlsx" && echo identical
sleep 1
$OPP render --as-of 2027-01-05 -o "$TMP/o2.xlsx" $A && cmp "$TMP/o.xlsx" "$TMP/o2.xlsx" && echo reproducible
