# A key without its ':'.
for l in C nl; do LC_ALL=C.UTF-8 LANGUAGE=$l $OPP validate --as-of 2026-12-01 missing-colon.yaml 2>&1; echo "rc $?"; done
