# Not YAML: the findings and exit 1, nothing on stdout. A schema finding
# is shown but the document is rendered (without the bad value).
printf 'opp: 1\nleerling: [\n' | $OPP render --no-config -; echo "exit $?"
printf 'opp: 1\nleerling:\n  naam: Sam\n  school: De Regenboog\n  klas: 6\nregie:\n  opp: ib\nbetrokkenen:\n  - id: ib\n    naam: Petra Jansen\n    rol: intern-begeleider\n' |
  $OPP render --as-of 2026-12-01 --no-config - | sed -n '1p;/^## 1\./,/^## 2\./p'; echo "exit $?"
