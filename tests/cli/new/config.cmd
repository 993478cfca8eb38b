# The config template parses once uncommented, and lists every rule.
cd "$TMP" && $OPP new --config && sed -n 's/^# \( *[a-z_-]*:.*\)$/\1/p' .opp.yaml | sed 's/  *#.*$//' > c.yaml && : > empty.yaml && $OPP validate -v --config c.yaml --as-of 2026-11-26 empty.yaml 2>&1 | sed "s|$TMP|TMP|"; echo "rc $?"; grep -c . c.yaml
for r in $($OPP validate --list-rules | awk '$1 != "syntax" {print $1}'); do grep -q "^#   $r: " .opp.yaml || echo "missing $r"; done
$OPP new --config; echo "again: $?"
