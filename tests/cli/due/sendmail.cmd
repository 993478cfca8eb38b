# --sendmail=PROGRAM: each mail on the standard input of PROGRAM -t (no
# shell: the arguments are exactly "-t"), the same bytes as the --eml file;
# what was sent is reported per person.
mkdir "$TMP/out" "$TMP/sent"
SENT=$TMP/sent SOURCE_DATE_EPOCH=1796112000 $OPP due --as-of 2026-12-01 --within 2w --eml "$TMP/out" \
    --sendmail="$PWD/stub-sendmail" mail 2>/dev/null >"$TMP/log"
echo "rc $?"
sed "s|$TMP|\$TMP|" "$TMP/log"
for a in "$TMP"/sent/*.argv; do
	n=${a%.argv}
	same=none
	for f in "$TMP"/out/*.eml; do cmp -s "$n.eml" "$f" && same=$(basename "$f"); done
	echo "$(basename "$n"): argv $(tr '\n' ' ' < "$a"); the same bytes as $same"
done
