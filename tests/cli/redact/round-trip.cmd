# Text the emitter must not write as a literal block reads back unchanged,
# and bekostiging.door stays a funder even when a person has that id.
printf 'opp: 1\nleerling: {naam: Sam de Vries, school: De Linde}\nregie: {opp: ib}\nbetrokkenen:\n  - {id: ib, naam: Ilse Bakker, rol: intern-begeleider}\n  - {id: ouders, naam: Ouders de Vries, rol: ouders}\n  - {id: school, naam: Team, rol: leerkracht}\nintegratief_beeld: "regel een\\nregel\\u2028twee\\n"\nuitstroomperspectief: {richting: "\\n  ingesprongen\\nregel\\n"}\n' > "$TMP/c.yaml"
cat >> "$TMP/c.yaml" <<'YAML'
behoeften: {leerling: [rust]}
doelen:
  - {id: d1, doel: lezen, termijn: 2027-06-01}
arrangement:
  - {id: a1, doelen: [d1], wat: lezen, wie: ib, start: 2026-11-01, bekostiging: {door: ouders, grondslag: anders, status: toegekend}}
  - {id: a2, doelen: [d1], wat: rekenen, wie: ib, start: 2026-11-01, bekostiging: {door: school, grondslag: basisondersteuning, status: toegekend}}
YAML
$OPP redact "$TMP/c.yaml" > "$TMP/r.yaml"
/usr/bin/python3 -c '
import sys, yaml
a = yaml.safe_load(open(sys.argv[1])); b = yaml.safe_load(open(sys.argv[2]))
print("integratief_beeld same:", a["integratief_beeld"] == b["integratief_beeld"])
print("richting same:", a["uitstroomperspectief"]["richting"] == b["uitstroomperspectief"]["richting"])
print("funders:", [x["bekostiging"]["door"] for x in b["arrangement"]])' "$TMP/c.yaml" "$TMP/r.yaml"
$OPP validate --as-of 2026-12-01 --format json "$TMP/c.yaml" | grep -o '"rule": "[a-z-]*"' | sort > "$TMP/a"
$OPP validate --as-of 2026-12-01 --format json "$TMP/r.yaml" | grep -o '"rule": "[a-z-]*"' | sort > "$TMP/b"
cmp -s "$TMP/a" "$TMP/b" && echo "same findings: $(wc -l < "$TMP/a")"
