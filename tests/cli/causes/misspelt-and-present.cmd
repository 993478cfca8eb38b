# A key like a section that is there too is only an unknown key: the
# findings about goals stand on their own.
{ cat ../../schema/good/volledig.yaml; echo 'doele: []'; } | sed 's/doelen: \[d2\]/doelen: [d3]/' > "$TMP/volledig.yaml" && cd "$TMP"
$OPP validate --as-of 2026-12-01 volledig.yaml; echo "rc $?"
