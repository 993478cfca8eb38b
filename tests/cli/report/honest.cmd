# Honest overviews in the report (md, html, xlsx): the files of
# tests/cli/list/honest.cmd. "onleesbaar" for the file that is not YAML,
# the counts of errors and warnings per file, the broken files first, and
# the file with errors at no step, without anything derived from it.
# In Dutch, as a Dutch IB'er reads it (the report's words follow the
# language: en-*.cmd are the English report).
export LC_ALL=C.UTF-8 LANGUAGE=nl
E=../../../examples
here=$(pwd)
mkdir -p "$TMP/h"
cp $E/aaron.yaml "$TMP/h/aaron.yaml"
printf 'opp: 1\nleerling:\n  naam: [Kapot\n' >"$TMP/h/kapot.yaml"
sed '87,88d' $E/vroeg.yaml >"$TMP/h/vroeg.yaml"
sed 's/^doelen:/doele:/' $E/willem.yaml >"$TMP/h/willem.yaml"
cd "$TMP/h" || exit
$OPP report --as-of 2026-12-01 . 2>&1 >"$TMP/h.md"; echo "rc=$?"
sed -n '/^## overzicht/,/^## arrangement/p' "$TMP/h.md"
$OPP report --as-of 2026-12-01 --to html . 2>/dev/null | sed -n '/<table class="overzicht kaart">/,/<\/table>/p' | grep -o '<tr><td data-label="bestand">[^<]*</td><td[^>]*>[^<]*</td><td[^>]*>[^<]*</td>'
$OPP report --as-of 2026-12-01 -o x.xlsx . 2>/dev/null; echo "rc=$?"
/usr/bin/python3 "$here/../../xlsx/check_xlsx.py" report x.xlsx 2026-12-01 .
