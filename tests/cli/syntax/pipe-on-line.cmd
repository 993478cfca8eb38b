# Text on the line of the | that starts a text over several lines.
for l in C nl; do LC_ALL=C.UTF-8 LANGUAGE=$l $OPP validate --as-of 2026-12-01 pipe-on-line.yaml 2>&1; echo "rc $?"; done
