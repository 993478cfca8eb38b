# config volledige_naam: true and an organisator of its own.
set -e
export SOURCE_DATE_EPOCH=1764576000
$OPP agenda --config volledig.cfg.yaml --as-of 2026-12-01 ../../../examples/vroeg.yaml \
	--ics "$TMP/f.ics" --eml "$TMP/f.eml" >/dev/null
"${ICALCHECK:-../../../build/tests/icalcheck}" "$TMP/f.ics"
/usr/bin/python3 check.py eml "$TMP/f.eml" | grep -E '^(From|Subject|SUMMARY|ORGANIZER) '
