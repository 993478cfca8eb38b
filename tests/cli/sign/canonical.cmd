# --show-canonical prints exactly the bytes the digest is taken over
# (no line break at the end), changes nothing, reads standard input too;
# its SHA-256 is the digest opp sign writes.
cp ../../edit/plan.yaml "$TMP/p.yaml"; cd "$TMP"
"$OPP" sign --show-canonical p.yaml; echo
"$OPP" sign --show-canonical - < p.yaml | sha256sum | cut -c1-64
"$OPP" sign --as-of 2026-12-01 p.yaml --as ouders
sed -n 's/.*handelingsdeel: "sha256:\(.*\)"/\1/p' p.yaml
