# No read-only command changes a case file: every file in the examples and
# its config are byte-identical after each command has run on them.
cp -r ../../../examples "$TMP/cases" && printf 'max_doelen: 4\n' > "$TMP/cases/.opp.yaml"
cd "$TMP/cases" && sha256sum .opp.yaml *.yaml > ../before
$OPP validate --as-of 2026-12-01 . ; $OPP validate --format json . >/dev/null; $OPP validate --format sarif . >/dev/null
$OPP due --as-of 2027-04-01 --within 1m . >/dev/null; $OPP due --format json . >/dev/null
for f in *.yaml; do
  $OPP render --as-of 2026-12-01 --to md "$f" >/dev/null
  $OPP render --to html "$f" >/dev/null
  $OPP render --to xlsx -o "$TMP/x.xlsx" "$f"
  $OPP redact -o "$TMP/r.yaml" "$f"
done
$OPP agenda --as-of 2026-12-01 vroeg.yaml --ics "$TMP/a.ics" --eml "$TMP/a.eml" >/dev/null 2>&1
$OPP report --to xlsx -o "$TMP/r.xlsx" . ; $OPP report --to md . >/dev/null; $OPP list . >/dev/null
sha256sum -c --quiet ../before && echo "all case files byte-identical"
ls -A | sort
