printf 'max_doelen: veel\nregels:\n  hypothese: uit\n' > "$TMP/bad.yaml"; $OPP validate --as-of 2026-12-01 --config "$TMP/bad.yaml" base.yaml 2>&1 | sed "s|$TMP|TMP|g"
