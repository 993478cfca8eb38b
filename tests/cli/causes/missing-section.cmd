# No betrokkenen at all: the missing section explains every person
# reference and the invitation rules, which need people's roles.
awk '/^betrokkenen:/ {skip = 1; next} /^[a-z]/ {skip = 0} !skip' ../../../examples/aaron.yaml > "$TMP/aaron.yaml" && cd "$TMP"
for l in C nl; do LC_ALL=C.UTF-8 LANGUAGE=$l $OPP validate --as-of 2026-12-01 aaron.yaml 2>&1; echo "rc $?"; done
$OPP validate --format json --as-of 2026-12-01 aaron.yaml | grep -o '"rule": "[a-z-]*", "message"[^}]*"related"' | cut -d'"' -f4 | sort | uniq -c
