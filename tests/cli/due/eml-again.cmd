# The same day gives the same file names and, for the same items, the
# same Message-ID (a mail sent twice is recognisably the same); a run at
# another time of the day changes only the Date.
mkdir "$TMP/a" "$TMP/b"
SOURCE_DATE_EPOCH=1796112000 $OPP due --as-of 2026-12-01 --eml "$TMP/a" mail >/dev/null 2>&1
SOURCE_DATE_EPOCH=1796112000 $OPP due --as-of 2026-12-01 --eml "$TMP/a" mail >/dev/null 2>&1
SOURCE_DATE_EPOCH=1796140800 $OPP due --as-of 2026-12-01 --eml "$TMP/b" mail >/dev/null 2>&1
ls "$TMP/a"
for f in "$TMP"/a/*.eml; do
	n=$(basename "$f")
	diff "$f" "$TMP/b/$n" | grep '^[<>]' | sed "s/^/$n: /"
done
