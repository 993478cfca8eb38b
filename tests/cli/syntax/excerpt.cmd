# On a terminal the caret stands under the mistake itself: the ':' missing
# its space (libyaml noticed a line later), the quote that opened, the key
# in the wrong column, the tab.
for f in no-space unclosed-quote indent-between tab; do
	TERM=xterm NO_COLOR=1 script -qec "$OPP validate --as-of 2026-12-01 $f.yaml" /dev/null | tr -d '\r'
done
