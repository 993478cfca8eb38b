# duur: 2147483647 is a schema error, not an overflow: validate says so,
# and the agenda is made with the default 90 minutes, with a warning, and
# a valid invitation (09:00-10:30).
set -e
export SOURCE_DATE_EPOCH=1764576000
$OPP validate --no-config --as-of 2026-12-01 duur.yaml 2>&1 || echo "validate: $?"
$OPP agenda --no-config --as-of 2026-12-01 duur.yaml --ics "$TMP/d.ics" | grep Tijd
"${ICALCHECK:-../../../build/tests/icalcheck}" "$TMP/d.ics"
grep -E '^DT(START|END);' "$TMP/d.ics"
