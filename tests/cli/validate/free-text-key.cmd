# Free text where a key belongs is not repeated in any format, and keys
# with control characters neither forge a line nor reach the output raw.
for f in text json github sarif; do
  echo "== $f"
  $OPP validate --as-of 2026-12-01 --format $f free-text-key.yaml 2>&1 | grep -v '"\$schema"\|informationUri\|shortDescription' | cat -v | grep -i 'monique\|\^\[\|forged\|holds text\|unknown key' || echo "(nothing)"
done
printf 'opp: 1\nMoeder Monique zegt dat het thuis niet goed gaat: 1\nMoeder Monique zegt dat het thuis niet goed gaat: 2\n' > "$TMP/dup.yaml"
$OPP validate "$TMP/dup.yaml" 2>&1 | sed "s|$TMP/||"
