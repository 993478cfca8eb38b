# The JSON Schema and the C loader agree: every schema fixture and every
# example gets the same verdict from both (a real JSON Schema validator,
# Debian's python3-jsonschema, for the schema).
S=../../schema
/usr/bin/python3 $S/check_schema.py ../../../schema/opp.schema.json \
    $(for f in $S/good/*.yaml ../../../examples/*.yaml; do echo "good:$f"; done) \
    $(for f in $S/bad/*.yaml; do echo "bad:$f"; done) >/dev/null && echo "schema: ok"
for f in $S/good/*.yaml ../../../examples/*.yaml; do $OPP validate --no-config --as-of 2026-12-01 --format json "$f" | grep -o '"rule": "\(schema\|syntax\)"' | sed "s|^|$(basename $f) |"; done
for f in $S/bad/*.yaml; do $OPP validate --no-config --as-of 2026-12-01 --format json "$f" | grep -q '"rule": "\(schema\|syntax\|ref\|afspraak-volledig\)"' || echo "opp accepts $(basename $f)"; done
