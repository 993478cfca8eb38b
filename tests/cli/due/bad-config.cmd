# A broken .opp.yaml is a usage error: nothing listed, exit 2.
{ $OPP due --as-of 2026-12-01 mixed/a.yaml badconf; echo "rc $?"; } 2>&1 | sed "s|$(pwd -P)|DUE|"
