# -o writes atomically, never over the case itself; a failing write leaves
# the old file untouched and no temporary file behind.
cp ../../../examples/vroeg.yaml "$TMP/case.yaml"; cp "$TMP/case.yaml" "$TMP/before.yaml"
$OPP redact -o "$TMP/case.yaml" "$TMP/case.yaml" 2>&1 | sed "s|$TMP|TMP|"
cmp -s "$TMP/case.yaml" "$TMP/before.yaml" && echo "case untouched"
# a file too large for the limit (EFBIG, like a full disk): old output kept
mkdir -p "$TMP/out" && echo "old report" > "$TMP/out/r.yaml"
(trap '' XFSZ; ulimit -f 1; $OPP redact -o "$TMP/out/r.yaml" "$TMP/case.yaml") 2>&1 | sed "s|$TMP|TMP|"
cat "$TMP/out/r.yaml"; ls -A "$TMP/out" | grep -c opp-tmp
# a device is written in place, and its error reported: exit 2
$OPP redact -o /dev/full "$TMP/case.yaml"; echo "dev/full: $?"
ls -l /dev/full | cut -c1
# the output folder is missing, or is a file
$OPP redact -o "$TMP/nosuchdir/out.yaml" "$TMP/case.yaml" 2>&1 | sed "s|$TMP|TMP|"
$OPP redact -o "$TMP/case.yaml/out.yaml" "$TMP/case.yaml" 2>&1 | sed "s|$TMP|TMP|"
# over an existing file: replaced completely
echo old > "$TMP/out.yaml"; $OPP redact -o "$TMP/out.yaml" "$TMP/case.yaml" && head -c 30 "$TMP/out.yaml" && echo && ls -A "$TMP" | grep -c opp-tmp
