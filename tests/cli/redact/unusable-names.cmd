# A name that did not load (a typo in the key, a list, only punctuation)
# would switch name scrubbing off: no copy then (exit 1), the reason named.
cd "$TMP"
printf 'opp: 1\nleerling:\n  name: Zoë Öztürk\n  school: X\nregie: {opp: a}\nbetrokkenen:\n  - {id: a, naam: Bas Kok, rol: ouders}\nintegratief_beeld: Zoë en Bas\n' > typo.yaml
printf 'opp: 1\nleerling:\n  naam: [Zoë, Öztürk]\n  school: X\nregie: {opp: a}\nbetrokkenen:\n  - {id: a, naam: "--", rol: ouders}\n  - {id: b, rol: ouders}\n' > list.yaml
for f in typo list; do
  $OPP redact -o out.yaml $f.yaml; echo "$f: exit $?"; [ -e out.yaml ] && echo "a copy was written"
done
