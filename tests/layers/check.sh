#!/bin/sh
# The include graph, checked: every file of lib/ is in one layer, a file
# includes only headers of its own layer or a lower one, and no module
# (a .c and its .h) reaches itself through its includes.
#
#   sh tests/layers/check.sh      prints each violation; exit 1 if any
#
# The layers, lowest first (docs/architecture.md says what each holds):
#   lib/base  lib/format  lib/facts  lib/checks  lib/output  lib/documents  cmd
set -u
cd "$(dirname "$0")/../.." || exit 2
layers="base format facts checks output documents"

# "file included" pairs from the quoted includes, one per line.
for f in lib/*/*.[ch] cmd/*.[ch]; do
	sed -n 's/^#include "\([^"]*\)".*/\1/p' "$f" | while read -r inc; do
		case $inc in
		*/*) echo "$f lib/$inc" ;;
		*) echo "$f $(dirname "$f")/$inc" ;;
		esac
	done
done | awk -v layers="$layers" '
function rank(p,   parts, n) {
	if (p ~ /^cmd\//) return 100
	n = split(p, parts, "/")
	if (n != 3 || parts[1] != "lib" || !(parts[2] in order)) return -1
	return order[parts[2]]
}
function module(p) { sub(/\.[ch]$/, "", p); return p }
function visit(m,   k, t) {
	state[m] = 1
	stack[++depth] = m
	for (k = 1; k <= nedge[m]; k++) {
		t = edge[m, k]
		if (state[t] == 1) {
			line = t
			for (i = depth; i >= 1 && stack[i] != t; i--) line = stack[i] " -> " line
			print "include cycle: " t " -> " line
			bad = 1
		} else if (!state[t])
			visit(t)
	}
	depth--
	state[m] = 2
}
BEGIN { n = split(layers, L, " "); for (i = 1; i <= n; i++) order[L[i]] = i }
{
	from = $1; to = $2
	if (rank(from) < 0) { print from ": not in a layer (" layers ")"; bad = 1 }
	if (system("test -f " to) != 0) { print from ": includes " to ", which does not exist"; bad = 1; next }
	if (rank(to) < 0) { print from ": includes " to ", which is in no layer"; bad = 1; next }
	if (rank(to) > rank(from)) { print from ": includes " to " from a higher layer"; bad = 1 }
	a = module(from); b = module(to)
	if (a != b && !seen[a, b]++) { edge[a, ++nedge[a]] = b; mods[a] = 1; mods[b] = 1 }
}
END {
	for (m in mods) if (!state[m]) visit(m)
	exit bad
}'
