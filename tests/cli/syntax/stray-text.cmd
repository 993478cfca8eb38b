# A text typed on over a second line without |, at the level of the keys.
for l in C nl; do LC_ALL=C.UTF-8 LANGUAGE=$l $OPP validate --as-of 2026-12-01 stray-text.yaml 2>&1; echo "rc $?"; done
