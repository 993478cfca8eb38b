# The man pages (docs/*.[1-8].md) against the commands: every command in
# `opp help` has a page and is named in opp(1); every long option that
# `opp CMD --help` prints is described in the page's OPTIONS section, and
# every option described there exists; opp-format(5) has every rule of
# `opp validate --list-rules` with its default severity. Then the pages
# are built by the Makefile's own rule (cmark) into a scratch folder and
# must give no warning from groff -ww nor from mandoc -T lint, and a NAME
# that man-db's lexgrog can read. Prints the pages built.
set -u
top=$(cd ../../.. && pwd)
docs=$top/docs

# long options of a --help text, one a line
longopts() {
	sed -n 's/^ \{1,\}\(-[A-Za-z0-9], \)\{0,1\}\(--[a-z0-9][a-z0-9-]*\).*/\2/p'
}
# options a page's OPTIONS section describes (its **--option** lines)
pageopts() {
	sed -n '/^# OPTIONS/,/^# /p' "$1" | grep -o '^\*\*--[a-z0-9-]*\*\*\|^\*\*-[A-Za-z0-9]\*\*, \*\*--[a-z0-9-]*\*\*' |
		grep -o -- '--[a-z0-9-]*'
}

cmds=$("$OPP" help | awk '/^[^ ]/ { l = /^commands:/; next } l && /^  [a-z]/ { print $1 }')
[ -n "$cmds" ] || echo "opp help lists no commands"
for c in $cmds; do
	page=$docs/opp-$c.1.md
	if [ ! -f "$page" ]; then
		echo "$c has no man page: docs/opp-$c.1.md"
		continue
	fi
	grep -q "\*\*opp-$c\*\*(1)" "$docs/opp.1.md" || echo "opp.1.md does not name opp-$c(1)"
	grep -q "^\*\*$c\*\*" "$docs/opp.1.md" || echo "opp.1.md does not describe the command $c"
	"$OPP" $c --help > "$TMP/help" || echo "opp $c --help failed"
	pageopts "$page" > "$TMP/pageopts"
	for o in $(longopts < "$TMP/help"); do
		grep -q -x -e "$o" "$TMP/pageopts" ||
			echo "opp $c --help has $o, the OPTIONS of docs/opp-$c.1.md do not"
	done
	for o in $(cat "$TMP/pageopts"); do
		grep -q -E -e "(^|[ ,])$o( |\[=|\$)" "$TMP/help" ||
			echo "docs/opp-$c.1.md describes $o, opp $c --help does not have it"
	done
	"$OPP" help $c | cmp -s - "$TMP/help" || echo "opp help $c and opp $c --help differ"
done
for o in --help --version; do
	grep -q -e "\*\*$o\*\*" "$docs/opp.1.md" || echo "opp.1.md does not describe $o"
done
# opp-format(5) describes every rule with its default severity, and no other
"$OPP" validate --list-rules > "$TMP/rules"
while read -r name sev rest; do
	grep -q -F -e "**$name** [$sev" "$docs/opp-format.5.md" ||
		echo "opp-format.5.md does not describe the rule $name [$sev]"
done < "$TMP/rules"
for name in $(sed -n '/^# RULES/,/^# /p' "$docs/opp-format.5.md" | sed -n 's/^\*\*\([a-z-]*\)\*\* \[.*/\1/p'); do
	grep -q "^$name " "$TMP/rules" || echo "opp-format.5.md describes the rule $name, opp validate --list-rules does not list it"
done
# every page has the sections a reader looks for
for page in "$docs"/*.[1-8].md; do
	for s in NAME SYNOPSIS DESCRIPTION "EXIT STATUS" "SEE ALSO"; do
		case $page in *.5.md) [ "$s" = "EXIT STATUS" ] && continue ;; esac
		grep -q "^# $s\$" "$page" || echo "$(basename "$page"): no $s section"
	done
done

# Build them as `make` does, into $TMP (the log only shows on failure).
if ! make -s -C "$top" man B="$TMP/b" MAN_DATE=2026-01-01 > "$TMP/make.log" 2>&1; then
	echo "make man failed:"
	cat "$TMP/make.log"
	exit 1
fi
for p in "$TMP"/b/man/*; do
	n=$(basename "$p")
	echo "$n"
	# Both formatters where they are installed (make deps installs both):
	# groff reads what mandoc flags (\f[C]) and the other way round.
	if command -v groff >/dev/null; then
		groff -k -man -Tutf8 -ww -z "$p" 2>&1 | sed "s|^|$n: |"
	fi
	if command -v mandoc >/dev/null; then
		mandoc -T lint -W warning "$p" 2>&1 | sed "s|^|$n: |"
	fi
	if ! command -v groff >/dev/null && ! command -v mandoc >/dev/null; then
		echo "$n: neither groff nor mandoc to check it (make deps installs groff-base and mandoc)"
	fi
	if command -v lexgrog >/dev/null; then
		lexgrog "$p" >/dev/null 2>&1 || echo "$n: lexgrog cannot read its NAME section"
	fi
done
