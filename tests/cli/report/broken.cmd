# A folder with one broken file: the case is listed with its first
# diagnostic (file:line: message), the others are reported; exit 1.
# In Dutch, as a Dutch IB'er reads it (the report's words follow the
# language: en-*.cmd are the English report).
export LC_ALL=C.UTF-8 LANGUAGE=nl
mkdir -p "$TMP/b" && cp ../../../examples/vroeg.yaml "$TMP/b/" && printf 'opp: 1\nleerling:\n  naam: [Kapot\n' >"$TMP/b/kapot.yaml"
cd "$TMP/b" && $OPP report --as-of 2027-01-05 . >"$TMP/b.md"
echo "rc=$?"
sed -n '/^## overzicht/,/^## arrangement/p' "$TMP/b.md"
