# Due today is not overdue: not listed by default, listed with --within 0d.
$OPP due --as-of 2026-12-01 --who wt late.yaml; echo "default: $?"; $OPP due --as-of 2026-12-01 --within 0d --who wt late.yaml; echo "0d: $?"
