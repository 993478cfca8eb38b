# A quote that is never closed: libyaml reads to the end of the file.
for l in C nl; do LC_ALL=C.UTF-8 LANGUAGE=$l $OPP validate --as-of 2026-12-01 unclosed-quote.yaml 2>&1; echo "rc $?"; done
