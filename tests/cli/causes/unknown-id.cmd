# An id that is not defined, used many times: its first use is the root
# cause of the others.
sed 's/id: ib-degroot/id: ibb-degroot/' ../../../examples/aaron.yaml > "$TMP/aaron.yaml" && cd "$TMP"
for l in C nl; do LC_ALL=C.UTF-8 LANGUAGE=$l $OPP validate --as-of 2026-12-01 aaron.yaml 2>&1; echo "rc $?"; done
$OPP validate --format json --as-of 2026-12-01 aaron.yaml | grep -c '"related": {"line": 17, "column": 8, "rule": "ref"}'
