# po/nl.po translates every message of the source: a fresh template (the
# Makefile's own xgettext command, written to $TMP) has no msgid that the
# catalogue lacks, and nothing in the catalogue is fuzzy or untranslated.
top=$(cd ../../.. && pwd)
cmd=$(cd "$top" && env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -n -B po/opp.pot)
case $cmd in xgettext*) ;; *) echo "no xgettext command in the Makefile: $cmd"; exit 1;; esac
cmd=$(printf '%s\n' "$cmd" | sed "s| -o po/opp.pot | -o $TMP/opp.pot |")
(cd "$top" && eval "$cmd") || { echo "xgettext failed"; exit 1; }
stats=$(msgfmt --check --statistics -o /dev/null "$top/po/nl.po" 2>&1) || { echo "msgfmt: $stats"; exit 1; }
case $stats in
*fuzzy* | *untranslated*) echo "msgfmt: $stats" ;;
*" translated message"*) echo "msgfmt: every message translated" ;;
*) echo "msgfmt: $stats" ;;
esac
if out=$(msgcmp "$top/po/nl.po" "$TMP/opp.pot" 2>&1); then
	echo "msgcmp: no msgid missing"
else
	printf 'msgcmp:\n%s\n' "$out"
fi
