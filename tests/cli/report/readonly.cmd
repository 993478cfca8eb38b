# -o into a folder that cannot be written: exit 2, nothing left behind.
# root may write anywhere, so then the command runs as nobody (setpriv),
# on copies of the binary and the examples in a folder nobody can reach.
d=$TMP
if [ "$(id -u)" = 0 ]; then d=$(mktemp -d /tmp/opp-ro.XXXXXX) && trap 'rm -rf "$d"' EXIT; fi
mkdir -p "$d/ro" "$d/ex" && chmod 555 "$d/ro" && cp ../../../examples/*.yaml "$d/ex/"
opp=$OPP run=
if [ "$(id -u)" = 0 ]; then
	cp "$OPP" "$d/opp" && opp=$d/opp && chmod -R a+rX "$d"
	run="setpriv --reuid=65534 --regid=65534 --clear-groups"
fi
for fmt in xlsx md; do
	$run $opp report --as-of 2027-01-05 -o "$d/ro/x.$fmt" "$d/ex" 2>"$TMP/ro.err"
	echo "$fmt: rc=$? files=$(ls -A "$d/ro" | wc -l)"
	sed "s|$d|TMP|" "$TMP/ro.err"
done
