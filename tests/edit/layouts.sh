# Shared by the CLI cases of the editing commands (tests/cli/sign, done,
# note): run a command on a copy of every layout in tests/edit and show
# the change as a unified diff, with carriage returns shown as <CR> and
# a byte order mark as <BOM>, so that the expected output says exactly
# which lines changed (and that nothing else did).
#
#   . ../../edit/layouts.sh
#   for f in $(layouts); do edit "$f" sign @ --as ouders; done
#
# "@" in the command stands for the copy. The layouts are the files here
# and, made from two of them, the same with CRLF line ends and with a
# BOM. Dates are as of 2026-12-01.
edit_dir=$(cd "$(dirname "${0:-.}")" 2>/dev/null && pwd)
edit_src=$(cd ../../edit && pwd)

layouts() {
	mkdir -p "$TMP/layouts"
	for f in "$edit_src"/*.yaml; do
		cp "$f" "$TMP/layouts/"
	done
	sed 's/$/\r/' "$edit_src/comments.yaml" > "$TMP/layouts/crlf-comments.yaml"
	sed 's/$/\r/' "$edit_src/block-scalars.yaml" > "$TMP/layouts/crlf-block-scalars.yaml"
	printf '\357\273\277' > "$TMP/layouts/bom-plan.yaml"
	cat "$edit_src/plan.yaml" >> "$TMP/layouts/bom-plan.yaml"
	ls "$TMP/layouts"/*.yaml
}

visible() {
	sed -e 's/\r$/<CR>/' -e 's/\r/<CR>/g' -e '1,3s/\xef\xbb\xbf/<BOM>/'
}

# edit FILE CMD ARGS...: one command on a fresh copy of FILE.
edit() {
	src=$1
	shift
	name=$(basename "$src")
	copy=$TMP/work/$name
	mkdir -p "$TMP/work"
	cp "$src" "$copy"
	args=
	for a in "$@"; do
		[ "$a" = @ ] && a=$copy
		args="$args '$(printf '%s' "$a" | sed "s/'/'\\\\''/g")'"
	done
	eval "\"\$OPP\" $(echo "$args" | sed 's/^ //;s/ / /') --as-of 2026-12-01" > "$TMP/out" 2> "$TMP/err"
	rc=$?
	echo "== $name: opp $* (exit $rc)"
	sed "s|$TMP/work/||g" "$TMP/err"
	diff -u --label before --label after "$src" "$copy" | visible | sed 1,2d
	rm -f "$copy"
}
