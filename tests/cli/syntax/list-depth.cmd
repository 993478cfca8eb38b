# A list item one column to the left of the items before it.
for l in C nl; do LC_ALL=C.UTF-8 LANGUAGE=$l $OPP validate --as-of 2026-12-01 list-depth.yaml 2>&1; echo "rc $?"; done
