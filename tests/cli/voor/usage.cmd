# Misuse of --voor and --velden: exit 2, the reason, the readers or the
# nearest one; the workbook is only the school's.
$OPP render --voor ouder ../../../examples/aaron.yaml; echo "exit $?"
$OPP render --voor gemeente ../../../examples/aaron.yaml; echo "exit $?"
$OPP render --voor ouders --to xlsx -o "$TMP/a.xlsx" ../../../examples/aaron.yaml; echo "exit $?"
$OPP render --voor swv -o "$TMP/a.xlsx" ../../../examples/aaron.yaml; echo "exit $?"
ls -A "$TMP"
$OPP render --voor school --to xlsx -o "$TMP/a.xlsx" ../../../examples/aaron.yaml; echo "school xlsx: exit $?"
$OPP render --voor ouders --velden ../../../examples/aaron.yaml; echo "exit $?"
$OPP render --voor ouders; echo "exit $?"
# The default reader is the school: the same document as without --voor.
$OPP render --as-of 2026-12-01 --no-config --voor school ../../../examples/aaron.yaml | cmp - ../../golden/aaron.md && echo "--voor school is the OPP"
# html for a reader: a page of its own, nothing of the funding.
$OPP render --as-of 2026-12-01 --no-config --voor ouders --to html ../../../examples/aaron.yaml > "$TMP/o.html"; echo "html: exit $?"
grep -c '<h1>Het plan voor Aaron Bakker</h1>' "$TMP/o.html"
grep -c 'SWV-ARR-2026-0412\|1.850' "$TMP/o.html"
