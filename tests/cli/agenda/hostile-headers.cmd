# Hostile names in the From, To and Subject of the invitation mail: 991
# "X" and "Bcc:attacker@example", 400 words, quotes and semicolons, CRLF,
# escapes, bidi overrides, an encoded word written out, long non-ASCII.
# Python's email package (policy default) finds every header once and no
# other, every name decodes to itself, and a relay's cut at 998 octets
# changes nothing: every header line is folded within 78 octets.
export SOURCE_DATE_EPOCH=1764576000
/usr/bin/python3 hostile-headers.py make ../../../examples/vroeg.yaml "$TMP/h.yaml"
printf 'volledige_naam: true\norganisator:\n  naam: "%s"\n  email: ib@school.example\n' "$(printf 'O%.0s' $(seq 300))" > "$TMP/c.yaml"
$OPP agenda --config "$TMP/c.yaml" --as-of 2026-12-01 "$TMP/h.yaml" --eml "$TMP/h.eml" > /dev/null 2>&1; echo "exit $?"
/usr/bin/python3 hostile-headers.py check "$TMP/h.eml"
