# Quotes around part of a text only.
for l in C nl; do LC_ALL=C.UTF-8 LANGUAGE=$l $OPP validate --as-of 2026-12-01 quote-then-text.yaml 2>&1; echo "rc $?"; done
