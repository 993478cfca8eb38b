# -j N gives the same output, byte for byte, as -j 1 (validate and due).
mkdir -p "$TMP/jobs" && for i in $(seq 1 30); do
  for f in ../../../examples/*.yaml broken.yaml base.yaml; do cp "$f" "$TMP/jobs/$i-$(basename $f)"; done
done
printf 'a: [\n' > "$TMP/jobs/15-bad.yaml"
cd "$TMP/jobs"
for fmt in text json github sarif; do
  $OPP validate -j 1 --as-of 2026-12-20 --format $fmt . > one.$fmt 2>&1; a=$?
  $OPP validate -j 4 --as-of 2026-12-20 --format $fmt . > four.$fmt 2>&1; b=$?
  cmp -s one.$fmt four.$fmt && echo "validate $fmt: same ($a $b, $(wc -l < one.$fmt) lines)"
done
for fmt in text json tsv; do
  $OPP due -j 1 --as-of 2027-04-01 --within 2w --format $fmt . > one.d$fmt 2>&1; a=$?
  $OPP due -j 3 --as-of 2027-04-01 --within 2w --format $fmt . > four.d$fmt 2>&1; b=$?
  cmp -s one.d$fmt four.d$fmt && echo "due $fmt: same ($a $b, $(wc -l < one.d$fmt) lines)"
done
