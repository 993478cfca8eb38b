# -o over an existing, longer file replaces it completely (format from the
# extension), keeps its mode and leaves nothing else in the folder.
d=$TMP/replace && mkdir -p "$d"
seq 1 20000 > "$d/aaron.md" && chmod 640 "$d/aaron.md"
$OPP render --as-of 2026-12-01 --no-config -o "$d/aaron.md" ../../../examples/aaron.yaml
echo "exit $?"
cmp "$d/aaron.md" ../../golden/aaron.md && echo "replaced completely"
echo "mode $(stat -c %a "$d/aaron.md")"
$OPP render --as-of 2026-12-01 --no-config -o "$d/aaron.html" ../../../examples/aaron.yaml
head -1 "$d/aaron.html"
# "-o -" is standard output.
$OPP render --as-of 2026-12-01 --no-config -o - ../../../examples/aaron.yaml | cmp - ../../golden/aaron.md && echo "-o - is stdout"
ls -A "$d"
