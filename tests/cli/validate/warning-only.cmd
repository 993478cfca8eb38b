$OPP validate --as-of 2026-12-01 base.yaml; echo "plain: $?"; $OPP validate --strict --as-of 2026-12-01 base.yaml 2>/dev/null; echo "strict: $?"
