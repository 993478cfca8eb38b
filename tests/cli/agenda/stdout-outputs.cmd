# --ics - and --eml - mean standard output, as -o - does (no file named
# "-"); standard output takes one of them: the agenda then goes to -o FILE
# only, and two outputs on standard output are a usage error.
export SOURCE_DATE_EPOCH=1764576000
cd "$TMP" && cp "$OLDPWD/../../../examples/vroeg.yaml" v.yaml
$OPP agenda --no-config --as-of 2026-12-01 v.yaml --ics - 2>/dev/null | sed -n 1,3p
$OPP agenda --no-config --as-of 2026-12-01 v.yaml --ics i.ics 2>/dev/null >/dev/null
$OPP agenda --no-config --as-of 2026-12-01 v.yaml --ics - 2>/dev/null | cmp - i.ics && echo "--ics -: the same calendar"
$OPP agenda --no-config --as-of 2026-12-01 v.yaml --eml - -o a.md 2>/dev/null > m.eml; echo "exit $?"
/usr/bin/python3 "$OLDPWD/check.py" eml m.eml | sed -n 1,2p
head -1 a.md
$OPP agenda --no-config --as-of 2026-12-01 v.yaml --ics - --eml -; echo "exit $?"
$OPP agenda --no-config --as-of 2026-12-01 v.yaml -o - --ics -; echo "exit $?"
ls -A | grep -cx -- - ; true
