# No command writes onto one of its inputs: not the case file, not its
# config, not under another name (a symlink, a hard link, ./a.yaml). Each
# is exit 2 with the file named, and the input stays as it was.
export SOURCE_DATE_EPOCH=1764576000
ex=$(cd ../../../examples && pwd)
cd "$TMP" && mkdir -p cases/sub && cp "$ex/vroeg.yaml" a.yaml && cp a.yaml before && printf 'max_doelen: 5\n' > .opp.yaml
ln -s a.yaml link.yaml && ln a.yaml hard.yaml && cp a.yaml cases/sub/c.yaml
try() { "$@" > /dev/null 2> err; echo "exit $?: $(sed "s|$TMP/||" err)"; cmp -s a.yaml before && cmp -s cases/sub/c.yaml before || echo "AN INPUT CHANGED"; }
try $OPP render a.yaml -o a.yaml
try $OPP render --to html a.yaml -o ./a.yaml
try $OPP render --to xlsx a.yaml -o link.yaml
try $OPP render a.yaml -o hard.yaml
try $OPP render a.yaml -o .opp.yaml
try $OPP render --config .opp.yaml a.yaml -o .opp.yaml
try $OPP agenda --as-of 2026-12-01 a.yaml -o a.yaml
try $OPP agenda --as-of 2026-12-01 a.yaml --ics link.yaml
try $OPP agenda --as-of 2026-12-01 a.yaml --eml hard.yaml
try $OPP report cases -o cases/sub/c.yaml
try $OPP report a.yaml cases --to html -o hard.yaml
try $OPP report cases -o .opp.yaml
try $OPP redact a.yaml -o link.yaml
cmp -s .opp.yaml - <<'C' && echo "config untouched"
max_doelen: 5
C
# writing next to the inputs is fine
$OPP render a.yaml -o a.md && $OPP report cases -o r.md && echo "other outputs: written"
