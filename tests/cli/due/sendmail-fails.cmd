# A program that fails for one person: the failure is named on standard
# error, the others are still sent, exit 1 (nothing is overdue here, so
# the status is the failure's).
mkdir "$TMP/sent"
SENT=$TMP/sent FAIL_FOR=l.kok@ $OPP due --as-of 2026-11-01 --within 6w --sendmail="$PWD/stub-sendmail" \
    mail/bram-pieters.yaml >"$TMP/log" 2>&1
echo "rc $?"
sed "s|$PWD|.|" "$TMP/log"
ls "$TMP/sent" | wc -l
