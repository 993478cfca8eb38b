# A real mail client reads the invitation: mutt finds the text part (the
# greeting and the sign-off, quoted-printable decoded), the HTML, the
# calendar part and the attached uitnodiging.ics, which is the .ics opp
# wrote. Skipped (exit 77) without mutt (make deps installs it).
set -e
export SOURCE_DATE_EPOCH=1764576000
$OPP agenda --no-config --as-of 2026-12-01 ../../../examples/vroeg.yaml \
	--ics "$TMP/v.ics" --eml "$TMP/v.eml" >/dev/null 2>&1
sh mutt-parts.sh "$TMP/v.eml" "$TMP/v.ics" "$TMP"
