# The redacted copy gives the same findings (rules and counts) and the same
# due items (kinds, dates, days) as the original, at dates where much fires.
for f in ../../../examples/*.yaml; do
  $OPP redact "$f" > "$TMP/r.yaml"
  for d in 2026-12-01 2027-04-01 2027-09-01; do
    a=$($OPP validate --as-of $d --format json "$f" | grep -o '"rule": "[a-z-]*"' | sort | uniq -c)
    b=$($OPP validate --as-of $d --format json "$TMP/r.yaml" | grep -o '"rule": "[a-z-]*"' | sort | uniq -c)
    [ "$a" = "$b" ] && echo "$(basename $f) $d validate: same ($(echo "$a" | grep -c rule) rules)" || echo "$(basename $f) $d validate: DIFFERENT"
    a=$($OPP due --as-of $d --within 1m --format tsv "$f" | cut -f1-3 | sort)
    b=$($OPP due --as-of $d --within 1m --format tsv "$TMP/r.yaml" | cut -f1-3 | sort)
    [ "$a" = "$b" ] && echo "$(basename $f) $d due: same ($(echo "$a" | grep -c .) lines)" || echo "$(basename $f) $d due: DIFFERENT"
  done
done
