# Honest overviews: a file that is not YAML, one with a misspelt section
# (doele: instead of doelen: a cascade of errors), one with a warning (a
# single hypothesis) and a clean one. Broken files come first (unreadable,
# errors, warnings, clean), the counts are validate's, the file with errors
# shows its first error instead of a step; exit 1. Then the same in Dutch.
E=../../../examples
mkdir -p "$TMP/h"
cp $E/aaron.yaml "$TMP/h/aaron.yaml"
printf 'opp: 1\nleerling:\n  naam: [Kapot\n' >"$TMP/h/kapot.yaml"
sed '87,88d' $E/vroeg.yaml >"$TMP/h/vroeg.yaml"
sed 's/^doelen:/doele:/' $E/willem.yaml >"$TMP/h/willem.yaml"
cd "$TMP/h" || exit
$OPP list -w 0 --as-of 2026-12-01 .; echo "rc=$?"
$OPP validate --as-of 2026-12-01 . 2>&1 | grep -c ': error:'
export OPP_LOCALEDIR="${OPP_LOCALEDIR:-$(cd "$OLDPWD/../../.." && pwd)/build/locale}"
LC_ALL= LANG=C.UTF-8 LANGUAGE=nl $OPP list -w 100 --as-of 2026-12-01 .; echo "rc=$?"
