# A list item'\''s text run on to a line without '- '.
for l in C nl; do LC_ALL=C.UTF-8 LANGUAGE=$l $OPP validate --as-of 2026-12-01 text-in-list.yaml 2>&1; echo "rc $?"; done
