# --eml: one mail per person across the cases of mail/ (a teacher in both
# cases gets one, the parents without an address and an id nobody defines
# go into the organisator's mail), checked with Python's email package:
# headers, parts, line lengths, and privacy: no MARKER of the observations,
# needs, goals, reports or contact details, not the pupils' names, birth
# date or file names; every ACTIE (action) in some mail.
mkdir "$TMP/out"
SOURCE_DATE_EPOCH=1796112000 $OPP due --as-of 2026-12-01 --within 2w --eml "$TMP/out" mail >"$TMP/log"
echo "rc $?"
sed "s|$TMP|\$TMP|" "$TMP/log"
/usr/bin/python3 mailcheck.py "$TMP/out" --forbid MARKER --forbid Anna --forbid Jansen --forbid Bram \
    --forbid Pieters --forbid 2015-03-04 --forbid .yaml --forbid 5550 \
    --must ACTIE-LOGO --must ACTIE-VRAGENLIJST --must ACTIE-CONSULT --must ACTIE-STAGIAIR \
    --must ACTIE-TOETS --must ACTIE-GESPREK
