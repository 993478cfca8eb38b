# Hostile files are refused quickly with a clear message and exit 1, never a crash or a hang.
cd "$TMP"
printf 'a: &a ["lol","lol","lol"]\nb: &b [*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b]\nd: [*c,*c,*c,*c]\n' > bomb.yaml
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "["; print "" }' > deep.yaml
awk 'BEGIN { s = "# padding padding padding padding padding padding padding padding padding\n"; for (i = 0; i < 700000; i++) printf "%s", s }' > big.yaml
printf 'opp: 1\nleerling:\n  naam: "\377\376"\n' > utf8.yaml
for f in bomb deep big utf8; do
  start=$(date +%s%N); timeout 10 $OPP validate $f.yaml; rc=$?; end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  echo "$f: exit $rc, $( [ $ms -lt 1000 ] && echo 'under a second' || echo "SLOW: $ms ms")"
done 2>&1
