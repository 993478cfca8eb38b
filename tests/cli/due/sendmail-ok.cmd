# The same, and the program succeeds for all: exit 0 (nothing overdue).
mkdir "$TMP/sent"
SENT=$TMP/sent $OPP due --as-of 2026-11-01 --within 6w --sendmail="$PWD/stub-sendmail" mail/bram-pieters.yaml
echo "rc $?"
