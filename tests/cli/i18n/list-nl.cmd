# `opp list`'s header follows the language (the rows hold the files' own
# Dutch words either way).
for l in C nl; do LC_ALL=C.UTF-8 LANGUAGE=$l $OPP list --as-of 2026-12-01 ../../../examples | head -1 | grep -o 'file\|pupil\|step\|bestand\|leerling\|stap' | tr '\n' ' '; echo; done
