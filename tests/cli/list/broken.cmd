# A file that does not load is listed with its first diagnostic; exit 1.
mkdir -p "$TMP/b" && cp ../../../examples/vroeg.yaml "$TMP/b/" && printf 'opp: 1\nleerling:\n  naam: [Kapot\n' >"$TMP/b/kapot.yaml"
cd "$TMP/b" && $OPP list -w 0 --as-of 2027-01-05 .
