# The bash completion (completions/opp.bash), loaded in `bash --norc` and
# asked what it proposes, with a wrapper first on PATH so that its calls
# to `opp` reach the binary under test. Each line: the words, a | where
# the cursor is, then the proposals (sorted). The option values it knows
# must be words of the command's --help. zsh -n and fish -n check the
# other two scripts when those shells are installed.
set -eu
top=$(cd ../../.. && pwd)
mkdir "$TMP/bin" "$TMP/cases" "$TMP/cases/map"
printf '#!/bin/sh\nexec "%s" "$@"\n' "$OPP" > "$TMP/bin/opp"
chmod +x "$TMP/bin/opp"
cp ../../../examples/aaron.yaml "$TMP/cases/aaron.yaml"
cp ../../../examples/willem.yaml "$TMP/cases/map/willem.yaml"
: > "$TMP/cases/notes.txt"
: > "$TMP/cases/b.yml"
mkdir "$TMP/flow"
printf 'opp: 1\nregie: {opp: ib, gezinsplan: "wt"}\nbetrokkenen:\n  - {id: ib, naam: I}\n  - {id: lk, naam: L}\n  - {id: wt, naam: W}\n' >"$TMP/flow/c.yaml"
cd "$TMP/cases"

PATH=$TMP/bin:$PATH bash --norc --noprofile -s "$top/completions/opp.bash" <<'SH'
set -u
. "$1"
complete -p opp
# t CWORD WORD...: complete word number CWORD of the line opp WORD...
t() {
	local cword=$1 w line=
	shift
	COMP_WORDS=("$@") COMP_CWORD=$cword COMPREPLY=()
	COMP_LINE="$*" COMP_POINT=${#COMP_LINE}
	_opp "$1" "${COMP_WORDS[cword]}" "${COMP_WORDS[cword - 1]}"
	for ((i = 0; i < $#; i++)); do
		w=${COMP_WORDS[i]}
		((i == cword)) && w="$w|"
		line="$line${line:+ }$w"
	done
	printf '%s  =>' "$line"
	printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/^/ /; s/ $//'
	echo
}
t 1 opp ''
t 1 opp v
t 2 opp help ''
t 1 opp --
t 2 opp validate --f
t 3 opp validate --format ''
t 4 opp validate --format = ''
t 2 opp validate --format=s
t 3 opp due --format ''
t 3 opp agenda --format ''
t 3 opp render --to ''
t 3 opp report --to ''
t 4 opp due aaron.yaml --who ''
t 3 opp due --who '' aaron.yaml
t 4 opp due map --who o
t 4 opp due map --regie o
t 4 opp due map --regie ''
t 4 opp due aaron.yaml --regie ''
t 4 opp due ../flow --regie ''
t 3 opp due --within ''
t 3 opp due --eml ''
t 2 opp due --s
t 2 opp validate ''
t 2 opp validate a
t 3 opp validate --config ''
t 3 opp render -o ''
t 3 opp render --voor ''
t 2 opp render --voor=o
t 3 opp new --config ''
t 2 opp schema ''
t 2 opp schema --
t 2 opp list -
t 3 opp list -w ''
t 2 opp frob --
t 4 opp sign aaron.yaml --as ''
t 3 opp log --format ''
t 3 opp diff --format ''
t 2 opp diff --format=j
t 5 opp note aaron.yaml pauze-oefenen --door lk
t 3 opp done aaron.yaml ''
t 3 opp note aaron.yaml ''
t 2 opp done a

# the rule names, as `opp validate --list-rules` has them
[ "$(_opp_rules)" = "$(opp validate --list-rules | awk '{ print $1 }')" ] || echo "_opp_rules differs"
# every value offered for --format and --to is a word of that --help
for co in validate:--format due:--format agenda:--format render:--to render:--voor report:--to log:--format diff:--format sign:--as; do
	for v in $(_opp_values "${co%%:*}" "${co#*:}" FMT); do
		opp "${co%%:*}" --help | grep -q -w -e "$v" || echo "${co%%:*} ${co#*:} $v is not in its --help"
	done
done
SH

if command -v zsh >/dev/null; then zsh -n "$top/completions/_opp"; fi
if command -v fish >/dev/null; then fish -n "$top/completions/opp.fish"; fi
