# A backslash between double quotes (a Windows path).
for l in C nl; do LC_ALL=C.UTF-8 LANGUAGE=$l $OPP validate --as-of 2026-12-01 backslash.yaml 2>&1; echo "rc $?"; done
