# A closing bracket too many.
for l in C nl; do LC_ALL=C.UTF-8 LANGUAGE=$l $OPP validate --as-of 2026-12-01 stray-bracket.yaml 2>&1; echo "rc $?"; done
