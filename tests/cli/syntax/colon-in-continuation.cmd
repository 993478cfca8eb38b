# A text over two lines whose second line holds ': '.
for l in C nl; do LC_ALL=C.UTF-8 LANGUAGE=$l $OPP validate --as-of 2026-12-01 colon-in-continuation.yaml 2>&1; echo "rc $?"; done
