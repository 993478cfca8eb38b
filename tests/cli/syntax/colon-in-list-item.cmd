# A ": " inside a list item: YAML reads a mapping where a text belongs.
for l in C nl; do LC_ALL=C.UTF-8 LANGUAGE=$l $OPP validate --as-of 2026-12-01 colon-in-list-item.yaml 2>&1; echo "rc $?"; done
