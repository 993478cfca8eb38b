# key:value without a space as the only line of a mapping.
for l in C nl; do LC_ALL=C.UTF-8 LANGUAGE=$l $OPP validate --as-of 2026-12-01 no-space-alone.yaml 2>&1; echo "rc $?"; done
