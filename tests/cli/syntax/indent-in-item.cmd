# A key of a list item that is not under the item's first key.
for l in C nl; do LC_ALL=C.UTF-8 LANGUAGE=$l $OPP validate --as-of 2026-12-01 indent-in-item.yaml 2>&1; echo "rc $?"; done
