# A list item on the line of its key.
for l in C nl; do LC_ALL=C.UTF-8 LANGUAGE=$l $OPP validate --as-of 2026-12-01 list-on-key-line.yaml 2>&1; echo "rc $?"; done
