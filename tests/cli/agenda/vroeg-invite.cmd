# The planned OT of vroeg.yaml: agenda to a file, the invitation as .ics
# and .eml; libical and python3-icalendar must accept the calendar, and
# Python's email package the mail. -o writes what stdout would get.
set -e
export SOURCE_DATE_EPOCH=1764576000
$OPP agenda --no-config --as-of 2026-12-01 ../../../examples/vroeg.yaml \
	-o "$TMP/v.md" --ics "$TMP/v.ics" --eml "$TMP/v.eml"
$OPP agenda --no-config --as-of 2026-12-01 ../../../examples/vroeg.yaml 2>/dev/null >"$TMP/stdout.md"
cmp "$TMP/v.md" "$TMP/stdout.md"
"${ICALCHECK:-../../../build/tests/icalcheck}" "$TMP/v.ics"
/usr/bin/python3 check.py ics "$TMP/v.ics"
echo "--- mail"
/usr/bin/python3 check.py eml "$TMP/v.eml"
