# The planned evaluation of aaron.yaml, sent as update 2: the UID stays
# the same for every run (another day, another SEQUENCE), DTSTART is in
# winter time, and everyone invited (who delivers running support too)
# is a required participant: the IB'er chose them.
set -e
export SOURCE_DATE_EPOCH=1772352000
$OPP agenda --no-config --as-of 2027-03-01 --sequence 2 ../../../examples/aaron.yaml \
	-o "$TMP/a.md" --ics "$TMP/a.ics" --eml "$TMP/a.eml"
"${ICALCHECK:-../../../build/tests/icalcheck}" "$TMP/a.ics"
/usr/bin/python3 check.py ics "$TMP/a.ics"
echo "--- mail"
/usr/bin/python3 check.py eml "$TMP/a.eml"
SOURCE_DATE_EPOCH=1772438400 $OPP agenda --no-config --as-of 2027-03-05 --sequence 3 \
	../../../examples/aaron.yaml --ics "$TMP/a3.ics" >/dev/null
grep '^UID' "$TMP/a.ics" > "$TMP/uid2"
grep '^UID' "$TMP/a3.ics" > "$TMP/uid3"
cmp "$TMP/uid2" "$TMP/uid3" && echo "--- same UID for the update"
grep '^SEQUENCE' "$TMP/a3.ics"
