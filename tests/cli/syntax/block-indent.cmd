# The lines of a | text not indented under their key.
for l in C nl; do LC_ALL=C.UTF-8 LANGUAGE=$l $OPP validate --as-of 2026-12-01 block-indent.yaml 2>&1; echo "rc $?"; done
