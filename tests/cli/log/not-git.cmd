# Outside a git work tree: said, exit 2 (log and diff alike).
cp ../../git/plan/08.yaml "$TMP/sam.yaml"
cd "$TMP" && "$OPP" log sam.yaml; echo "log: $?"
"$OPP" diff sam.yaml; echo "diff: $?"
"$OPP" diff HEAD sam.yaml; echo "diff HEAD: $?"
