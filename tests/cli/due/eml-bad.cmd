# Bad input for the reminders, each a usage error (exit 2) before anything
# is written: no organisator, an organisator without a usable email, an
# --eml folder that does not exist, is a file, or cannot be written in
# (a folder without write permission; for root, who may write anywhere
# the permissions allow, /sys), and --format with --eml.
mkdir "$TMP/out"
printf 'organisator:\n  naam: Bea Smit\n' > "$TMP/no-email.yaml"
printf 'organisator:\n  naam: Bea Smit\n  email: Bea Smit, school\n' > "$TMP/bad-email.yaml"
$OPP due --no-config --eml "$TMP/out" mail >"$TMP/log" 2>&1; echo "rc $?"; sed "s|$TMP|\$TMP|" "$TMP/log"
$OPP due --config "$TMP/no-email.yaml" --eml "$TMP/out" mail >"$TMP/log" 2>&1; echo "rc $?"; sed "s|$TMP|\$TMP|" "$TMP/log"
$OPP due --config "$TMP/bad-email.yaml" --sendmail mail >"$TMP/log" 2>&1; echo "rc $?"; sed "s|$TMP|\$TMP|" "$TMP/log"
$OPP due --eml "$TMP/nope" mail >"$TMP/log" 2>&1; echo "rc $?"; sed "s|$TMP|\$TMP|" "$TMP/log"
$OPP due --eml "$TMP/no-email.yaml" mail >"$TMP/log" 2>&1; echo "rc $?"; sed "s|$TMP|\$TMP|" "$TMP/log"
if [ "$(id -u)" = 0 ]; then ro=/sys; else mkdir "$TMP/ro"; chmod 555 "$TMP/ro"; ro=$TMP/ro; fi
$OPP due --eml "$ro" mail >"$TMP/log" 2>&1; echo "rc $?"; sed "s|$ro|READ-ONLY|" "$TMP/log"
$OPP due --format json --eml "$TMP/out" mail >"$TMP/log" 2>&1; echo "rc $?"; sed "s|$TMP|\$TMP|" "$TMP/log"
ls "$TMP/out" | wc -l
