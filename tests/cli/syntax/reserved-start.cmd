# A text that starts with a character YAML reserves.
for l in C nl; do LC_ALL=C.UTF-8 LANGUAGE=$l $OPP validate --as-of 2026-12-01 reserved-start.yaml 2>&1; echo "rc $?"; done
