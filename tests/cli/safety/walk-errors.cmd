# Nothing is left out without a word: a folder that cannot be read, folders
# nested deeper than 64 levels and a *.yaml symlink that points nowhere are
# each a message and exit 2, from validate, due, list and report; and so is
# a case file that cannot be read (list and report: 2, not 1).
base=$(cd ../validate && pwd)/base.yaml
# A scratch folder others can enter: as root, the commands run as nobody
# (root reads any folder whatever its mode).
w=$(mktemp -d "${TMPDIR:-/tmp}/opp-walk.XXXXXX") && chmod 755 "$w"
run=; [ "$(id -u)" = 0 ] && run="setpriv --reuid=65534 --regid=65534 --clear-groups"
mkdir -p "$w/c/ok" "$w/c/closed" && cp "$base" "$w/c/ok/a.yaml" && cp "$base" "$w/c/closed/b.yaml"
chmod -R a+rX "$w/c" && chmod 000 "$w/c/closed"
for c in validate due list report; do
  { $run $OPP $c --no-config --as-of 2026-12-01 "$w/c" > /dev/null; echo "$c, unreadable folder: exit $?"; } 2>&1 | sed "s|$w|W|" | grep -v hypothes
done
chmod 755 "$w/c/closed" && chmod 000 "$w/c/closed/b.yaml"
for c in validate due list report; do
  { $run $OPP $c --no-config --as-of 2026-12-01 "$w/c" > /dev/null; echo "$c, unreadable file: exit $?"; } 2>&1 | sed "s|$w|W|" | grep -v hypothes
done
rm -rf "$w"
# 66 folders deep
cd "$TMP" && d=deep && for i in $(seq 66); do d=$d/d; done && mkdir -p "$d" && cp "$base" deep/a.yaml && cp "$base" "$d/z.yaml"
for c in validate due list report; do
  { $OPP $c --no-config --as-of 2026-12-01 deep > /dev/null; echo "$c, too deep: exit $?"; } 2>&1 | sed 's|\(d/\)\{3,\}|d/.../|' | grep -v hypothes
done
# a dangling symlink
mkdir links && cp "$base" links/a.yaml && ln -s gone.yaml links/b.yaml
for c in validate due list report; do
  { $OPP $c --no-config --as-of 2026-12-01 links > /dev/null; echo "$c, dangling symlink: exit $?"; } 2>&1 | grep -v hypothes
done
