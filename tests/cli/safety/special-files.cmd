# A FIFO or a device given as a case file is refused by name with exit 2,
# at once (a FIFO is never waited on), by every command; so is a folder
# where one case file is expected.
base=$(cd ../validate && pwd)/base.yaml
cd "$TMP" && mkfifo fifo.yaml && mkdir folder.yaml && cp "$base" case.yaml
for f in fifo.yaml /dev/zero folder.yaml; do
  for c in validate due list report render agenda redact; do
    case $c:$f in validate:folder.yaml|due:folder.yaml|list:folder.yaml|report:folder.yaml) continue;; esac
    timeout 10 $OPP $c --no-config $f > out 2> err; rc=$?
    [ $c = list ] && cat out >> err
    echo "$c $f: exit $rc: $(cat err)"
  done
done
# a FIFO found while searching a folder is refused the same way
mkdir cases && cp case.yaml cases/a.yaml && mkfifo cases/b.yaml
{ timeout 10 $OPP validate --no-config --as-of 2026-12-01 cases; echo "folder: exit $?"; } 2>&1 | grep -v hypothes
# a FIFO named .opp.yaml above a case: refused, named, no hang
mkdir -p tree/sub && cp case.yaml tree/sub/a.yaml && mkfifo tree/.opp.yaml
{ timeout 10 $OPP validate --as-of 2026-12-01 tree/sub/a.yaml; echo "exit $?"; } 2>&1 | sed "s|$TMP|TMP|"
timeout 10 $OPP validate --as-of 2026-12-01 --config fifo.yaml case.yaml 2>&1; echo "exit $?"
# standard input may be a pipe: it was asked for
cat case.yaml | $OPP validate --no-config --as-of 2026-12-01 - 2>/dev/null; echo "stdin pipe: exit $?"
