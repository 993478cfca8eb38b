# Root causes come first, then the findings that stand on their own, in
# file order; the counts and the exit status are those of every finding.
sed 's/^doelen:/doele:/' ../../schema/good/volledig.yaml > "$TMP/volledig.yaml" && cd "$TMP"
for l in C nl; do LC_ALL=C.UTF-8 LANGUAGE=$l $OPP validate --as-of 2026-12-01 volledig.yaml 2>&1; echo "rc $?"; done
$OPP validate --format json --as-of 2026-12-01 volledig.yaml | sed -n 1p
