# A misspelt section (doele: for doelen) is reported first, and what
# follows from it (every goal reference, the arrangement without goals)
# folds into one line; -v shows those in full, under their cause.
sed 's/^doelen:/doele:/' ../../../examples/aaron.yaml > "$TMP/aaron.yaml" && cd "$TMP"
for l in C nl; do LC_ALL=C.UTF-8 LANGUAGE=$l $OPP validate --as-of 2026-12-01 aaron.yaml 2>&1; echo "rc $?"; done
$OPP validate -v --no-config --as-of 2026-12-01 aaron.yaml 2>&1; echo "rc $?"
