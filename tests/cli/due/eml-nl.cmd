# The reminders in Dutch (LANG=nl_NL.UTF-8, as the cron example has it):
# the mail's own words and the actions alike.
mkdir "$TMP/out"
LANG=nl_NL.UTF-8 LC_ALL= SOURCE_DATE_EPOCH=1796112000 $OPP due --as-of 2026-12-01 --within 2w --eml "$TMP/out" mail >"$TMP/log" 2>&1
echo "rc $?"
sed "s|$TMP|\$TMP|" "$TMP/log"
/usr/bin/python3 mailcheck.py "$TMP/out" --forbid MARKER
