# Nothing personal of the original is left in the redacted copy.
for f in ../../../examples/*.yaml; do
  $OPP redact "$f" > "$TMP/r.yaml" && /usr/bin/python3 check_redacted.py "$f" "$TMP/r.yaml"
done
