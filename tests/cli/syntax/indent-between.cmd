# A key indented to no level: between its parent's keys and the list above.
for l in C nl; do LC_ALL=C.UTF-8 LANGUAGE=$l $OPP validate --as-of 2026-12-01 indent-between.yaml 2>&1; echo "rc $?"; done
