# Bad signatures: a malformed digest, a signature without datum, a list
# with a list in it: schema findings at their line and column.
cat > "$TMP/x.yaml" <<'YAML'
opp: 1
leerling: {naam: Sam, school: De Linde}
regie: {opp: ib}
betrokkenen:
  - {id: ib, naam: Ilse Bakker, rol: intern-begeleider}
ondertekening:
  ouders: {datum: 2026-10-08, handelingsdeel: "sha256:ABC"}
  school: {handelingsdeel: "sha256:0000000000000000000000000000000000000000000000000000000000000000"}
  toegang:
    - 2026-10-08
    - [2026-10-09]
    - {datum: 2026-10-10, handelingsdeel: sha1:0000}
YAML
cd "$TMP" && "$OPP" validate --as-of 2026-12-01 x.yaml; echo "exit $?"
