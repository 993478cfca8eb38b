# The copy gives the same findings and due items as the original on every
# fixture of the project (tests/schema/good and bad, the CLI cases, the
# examples) and on 60 generated cases (bench/gencorpus.c), at three dates.
top=$(cd ../../.. && pwd)
files=$(find "$top/tests/schema" "$top/tests/cli" "$top/examples" -name '*.yaml' ! -name '.opp.yaml' ! -name '*.cfg.yaml' | sort)
/usr/bin/python3 same-everywhere.py "$OPP" $files
cc -std=c11 -D_POSIX_C_SOURCE=200809L -O1 -o "$TMP/gencorpus" "$top/bench/gencorpus.c" && "$TMP/gencorpus" 60 "$TMP/corpus" > /dev/null
/usr/bin/python3 same-everywhere.py "$OPP" $(find "$TMP/corpus" -name '*.yaml' ! -name '.opp.yaml' | sort)
