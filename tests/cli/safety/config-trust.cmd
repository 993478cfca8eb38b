# A .opp.yaml above the git work tree is not the project's: a stray
# /tmp/.opp.yaml must not switch rules off or set the organiser. Inside,
# a config that others may write is refused by name (exit 2); one that is
# owned by another user than root or you too.
base=$(cd ../validate && pwd)/base.yaml
cd "$TMP" && mkdir -p repo/.git repo/cases && cp "$base" repo/cases/a.yaml
printf 'regels:\n  hypothesen: uit\n' > .opp.yaml
{ $OPP validate -v --as-of 2026-12-01 repo/cases; echo "above the work tree: exit $?"; } 2>&1 | sed "s|$TMP|TMP|"
# outside a work tree the lookup goes on up: the same config is used
mkdir plain && cp "$base" plain/a.yaml
{ $OPP validate -v --as-of 2026-12-01 plain; echo "no work tree: exit $?"; } 2>&1 | sed "s|$TMP|TMP|"
# writable by the group or by everyone: refused, with what to do
printf 'max_doelen: 4\n' > repo/.opp.yaml
for m in 664 646; do
  chmod $m repo/.opp.yaml
  { $OPP validate --as-of 2026-12-01 repo/cases; echo "mode $m: exit $?"; } 2>&1 | sed "s|$TMP|TMP|"
done
chmod 644 repo/.opp.yaml
{ $OPP validate -v --as-of 2026-12-01 repo/cases; echo "mode 644: exit $?"; } 2>&1 | sed "s|$TMP|TMP|"
# --config is checked the same way
chmod 666 repo/.opp.yaml
$OPP due --config repo/.opp.yaml --as-of 2026-12-01 repo/cases; echo "--config 666: exit $?"
# another user's config (when the test can make one: as root)
chmod 644 repo/.opp.yaml
if [ "$(id -u)" = 0 ]; then chown 65534 repo/.opp.yaml; { $OPP list --as-of 2026-12-01 repo/cases; echo "other user: exit $?"; } 2>&1 | sed "s|$TMP|TMP|"
else printf '%s\n' "opp: not using the config TMP/repo/.opp.yaml: it belongs to another user: settings come only from your own files or root's" "other user: exit 2"; fi
