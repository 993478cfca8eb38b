# No name of the case is left in any spelling, nor the school's
# distinctive word, a number, an IBAN, a postcode or a street with its
# number; what opp cannot know (a brother's name) stays.
$OPP redact hostile.yaml > "$TMP/r.yaml"; echo "exit $?"
/usr/bin/python3 check_redacted.py hostile.yaml "$TMP/r.yaml"
sed -n '/observaties/,$p' "$TMP/r.yaml"
