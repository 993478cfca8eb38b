# Missing fixed participants, no start time (a day event), no consent,
# names with , ; and non-ASCII, a name and an address that try to inject
# an ATTENDEE or a Bcc: warnings, and still a valid invitation.
set -e
export SOURCE_DATE_EPOCH=1764576000
$OPP agenda --no-config --as-of 2026-12-01 incompleet.yaml \
	--ics "$TMP/i.ics" --eml "$TMP/i.eml"
"${ICALCHECK:-../../../build/tests/icalcheck}" "$TMP/i.ics"
echo "--- calendar"
/usr/bin/python3 check.py ics "$TMP/i.ics"
echo "--- mail"
/usr/bin/python3 check.py eml "$TMP/i.eml"
