# Run in place, `opp new` points the editor at the project's schema,
# relative to the case's folder (as the examples do); from elsewhere the
# path resolves to the same file. --schema is taken as given.
schema=$(cd ../../../schema && pwd)/opp.schema.json
$OPP new --as-of 2026-12-01 - | head -1
(cd ../../../examples && $OPP new --as-of 2026-12-01 - | head -1)
cd "$TMP" && mkdir -p a/b && $OPP new --as-of 2026-12-01 a/b/case.yaml
ref=$(sed -n '1s/^# yaml-language-server: \$schema=//p' a/b/case.yaml)
(cd a/b && cmp "$ref" "$schema") && echo "a/b/case.yaml: the modeline resolves to the project's schema"
$OPP new --as-of 2026-12-01 --schema https://example.org/opp.schema.json - | head -1
# `opp schema --path` names the same file.
cmp "$($OPP schema --path)" "$schema" && echo "schema --path: the project's schema"
