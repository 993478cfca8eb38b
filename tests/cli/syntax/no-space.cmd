# key:value without a space, followed by another key (libyaml notices on the next line).
for l in C nl; do LC_ALL=C.UTF-8 LANGUAGE=$l $OPP validate --as-of 2026-12-01 no-space.yaml 2>&1; echo "rc $?"; done
