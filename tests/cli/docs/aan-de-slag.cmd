# The Dutch guide (docs/nl/aan-de-slag.md) shows real commands with their
# real output: each is run in a scratch folder, in Dutch, and compared
# (tests/docs/guide.py; `guide.py --write` rewrites the outputs after an
# intended change: review the diff). Its table of rules names every rule.
top=../../..
/usr/bin/python3 $top/tests/docs/guide.py $top/docs/nl/aan-de-slag.md
for r in $($OPP validate --list-rules | awk '{print $1}'); do
	grep -q "^| \`$r\` |" $top/docs/nl/aan-de-slag.md || echo "the guide's table lacks rule $r"
done
# The README links to it on its first screen.
head -12 $top/README.md | grep -c 'docs/nl/aan-de-slag.md'
