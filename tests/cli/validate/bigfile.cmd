# The benchmark's large file (bench/bigfile.sh) is a valid case: nothing
# but doelen-max (its many goals, on purpose), with 12 notes a goal on
# the benchmark's day; with the rule off, --strict finds nothing.
sh ../../../bench/bigfile.sh 7 12 >"$TMP/big.yaml"
printf 'regels:\n  doelen-max: uit\n' >"$TMP/cfg.yaml"
$OPP validate --no-config --as-of 2026-12-01 "$TMP/big.yaml" 2>&1 | sed "s|$TMP/||"
$OPP validate --strict --config "$TMP/cfg.yaml" --as-of 2026-12-01 "$TMP/big.yaml"
echo "exit $?"
