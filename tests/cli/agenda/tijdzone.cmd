# Only Europe/Amsterdam has a built-in VTIMEZONE: another tijdzone is
# refused for invitations (exit 2) and nothing is written.
$OPP agenda --config brussel.cfg.yaml --as-of 2026-12-01 ../../../examples/vroeg.yaml --ics "$TMP/b.ics"
rc=$?
test ! -e "$TMP/b.ics" && echo "no file written"
exit $rc
