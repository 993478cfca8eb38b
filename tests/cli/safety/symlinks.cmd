# A symlink loop in a case folder neither hangs the walk nor counts a case
# twice; writing to a symlink updates the file it points to.
mkdir -p "$TMP/loop" && cp ../validate/base.yaml "$TMP/loop/a.yaml" && ln -s . "$TMP/loop/x" && ln -s . "$TMP/loop/y"
ln -s a.yaml "$TMP/loop/b.yaml"
timeout 10 $OPP validate --as-of 2026-12-01 --format json "$TMP/loop" | sed "s|$TMP|TMP|g" | head -1; echo "exit $?"
echo old > "$TMP/real.yaml" && ln -s real.yaml "$TMP/link.yaml"
$OPP redact -o "$TMP/link.yaml" ../validate/base.yaml && [ -L "$TMP/link.yaml" ] && echo "still a link" && head -c 30 "$TMP/real.yaml" && echo
