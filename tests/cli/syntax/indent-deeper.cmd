# A key indented deeper than the key above it, which has a value.
for l in C nl; do LC_ALL=C.UTF-8 LANGUAGE=$l $OPP validate --as-of 2026-12-01 indent-deeper.yaml 2>&1; echo "rc $?"; done
