# -o into a folder that cannot be written: exit 2, the message names the
# path, and no temporary file (.opp-tmp-*) is left behind. Root may write
# anywhere, so as root the command runs as nobody.
ro=$(mktemp -d "${TMPDIR:-/tmp}/opp-ro.XXXXXX")
chmod 555 "$ro"
as=
[ "$(id -u)" = 0 ] && as="setpriv --reuid=65534 --regid=65534 --clear-groups"
$as $OPP render --as-of 2026-12-01 --no-config --to md -o "$ro/aaron.md" ../../../examples/aaron.yaml 2>"$ro.err"
echo "exit $?"
sed "s|$ro|RO|g" "$ro.err"
echo "left in the folder: $(ls -A "$ro" | wc -l)"
chmod 755 "$ro" && rm -rf "$ro" "$ro.err"
