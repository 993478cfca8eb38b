# A list in brackets that is never closed.
for l in C nl; do LC_ALL=C.UTF-8 LANGUAGE=$l $OPP validate --as-of 2026-12-01 unclosed-bracket.yaml 2>&1; echo "rc $?"; done
