# bash completion for opp                                  -*- shell-script -*-
#
# The subcommands come from `opp help`, each command's options from
# `opp CMD --help` and the output formats from `opp help --formats`, read
# at completion time (like bash-completion's _longopt), so they follow the
# opp being completed and cannot drift. Only the values of --within are
# listed here; tests/cli/completion checks what is offered.
#
# Installed as $(datadir)/bash-completion/completions/opp, bash-completion
# loads it on demand; without that package, `source` this file from
# ~/.bashrc. It needs nothing from bash-completion itself.

# The opp being completed: what was typed (./opp), else the one on PATH.
_opp_exe()
{
	local exe=${COMP_WORDS[0]:-opp}
	exe=${exe/#\~/$HOME}
	type -P -- "$exe" >/dev/null 2>&1 || [[ -x $exe && ! -d $exe ]] || exe=opp
	printf '%s\n' "$exe"
}

# Run opp in the C locale: help texts are parsed, not read.
_opp_run()
{
	LC_ALL=C LANGUAGE= "$(_opp_exe)" "$@" </dev/null 2>/dev/null
}

# The commands, one a line: the indented lines under "commands:".
_opp_commands()
{
	_opp_run help | awk '/^[^ ]/ { l = /^commands:/; next } l && /^  [a-z]/ { print $1 }'
}

# The rule names of `opp validate` (for `regels:` in .opp.yaml and for
# scripts; no option takes a rule name yet).
_opp_rules()
{
	_opp_run validate --list-rules | awk 'NF { print $1 }'
}

# A command's options from its --help, one a line: "--long ARG -s", with
# "-" for no argument or no short form.
_opp_options()
{
	_opp_run "$1" --help | awk '
	/^ +-/ {
		line = $0; sub(/^ +/, "", line); short = "-"
		if (line ~ /^-[A-Za-z0-9], /) { short = substr(line, 1, 2); line = substr(line, 5) }
		if (!match(line, /^--[a-z0-9][a-z0-9-]*/)) next
		long = substr(line, 1, RLENGTH); rest = substr(line, RLENGTH + 1); arg = "-"
		if (match(rest, /^ [A-Z][^ ]*/)) arg = substr(rest, 2, RLENGTH - 1)
		print long, arg, short
	}'
}

# The ids of a list (betrokkenen by default: person ids; afspraken,
# doelen; regie: the ids holding it) in the case files named on the line; a folder gives its *.yaml
# and *.yml, no file at all those of ".".
_opp_ids()
{
	local section=${1:-betrokkenen} i w f files=()
	for ((i = 2; i < ${#COMP_WORDS[@]}; i++)); do
		((i == COMP_CWORD)) && continue
		w=${COMP_WORDS[i]/#\~/$HOME}
		if [[ -d $w ]]; then
			while IFS= read -r -d '' f; do
				files+=("$f")
			done < <(find "$w" -mindepth 1 -name '.*' -prune -o -type f \
				\( -name '*.yaml' -o -name '*.yml' \) -print0 2>/dev/null)
		elif [[ -f $w && ($w == *.yaml || $w == *.yml) ]]; then
			files+=("$w")
		fi
	done
	if ((${#files[@]} == 0)); then
		for f in ./*.yaml ./*.yml; do
			[[ -f $f ]] && files+=("$f")
		done
	fi
	((${#files[@]})) || return 0
	local key=id
	# regie: the ids that hold it (regie.opp, regie.gezinsplan), not every id
	[[ $section == regie ]] && key='(opp|gezinsplan)'
	# Block style ("- id: x", or "id: x" on a later line of the item) and
	# flow style ("- {id: x, ...}"), up to the next top-level key.
	awk -v section="$section:" -v key="$key" '
	FNR == 1 { b = 0 }
	/^[^ \t#-]/ { b = 0 }
	index($0, section) == 1 { b = 1; $0 = substr($0, length(section) + 1) }
	!b { next }
	{
		line = $0
		if (match(line, "^[ \t]*(-[ \t]+)?" key ":[ \t]*[\"\047]?[a-z0-9-]+")) {
			s = substr(line, RSTART, RLENGTH); sub("^.*" key ":[ \t]*[\"\047]?", "", s); print s
		}
		while (match(line, "[{,][ \t]*" key ":[ \t]*[\"\047]?[a-z0-9-]+")) {
			s = substr(line, RSTART, RLENGTH); line = substr(line, RSTART + RLENGTH)
			sub("^.*" key ":[ \t]*[\"\047]?", "", s); print s
		}
	}' "${files[@]}" 2>/dev/null | sort -u
}

# The formats option $2 of command $1 takes, one a line, from
# `opp help --formats` ("CMD --OPTION NAME..." lines); false for an option
# that takes no format.
_opp_formats()
{
	_opp_run help --formats | awk -v c="$1" -v o="$2" '
	$1 == c && $2 == o { for (i = 3; i <= NF; i++) print $i; f = 1 }
	END { exit !f }'
}

# The values of option $2 (argument name $3 in --help) of command $1, one
# a line; nothing when any value goes (N, a name).
_opp_values()
{
	_opp_formats "$1" "$2" && return 0
	case $1:$2 in
	sign:--as) printf '%s\n' ouders school toegang leerling ;;
	*:--who | note:--door) _opp_ids ;;
	*:--regie) _opp_ids regie ;;
	*:--within) printf '%s\n' 7d 2w 1m ;;
	*)
		case $3 in
		DATE) date +%Y-%m-%d ;;
		esac
		;;
	esac
}

# Add to COMPREPLY: case files (*.yaml, *.yml) and folders ($1 = case),
# or any file and folder ($1 = any).
_opp_files()
{
	compopt -o filenames 2>/dev/null
	if [[ $1 == any ]]; then
		mapfile -t -O ${#COMPREPLY[@]} COMPREPLY < <(compgen -f -- "$cur")
	else
		mapfile -t -O ${#COMPREPLY[@]} COMPREPLY < <(compgen -d -- "$cur"
			compgen -f -X '!*.yaml' -- "$cur"; compgen -f -X '!*.yml' -- "$cur")
	fi
}

_opp()
{
	local cur=${COMP_WORDS[COMP_CWORD]} prev= eq= cmd= i opts line long arg short
	local IFS=$' \t\n'
	COMPREPLY=()
	((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
	# --opt=value: "=" is in COMP_WORDBREAKS, so the line comes as
	# "--opt" "=" "value"; without it as one word "--opt=value".
	if [[ $cur == = && $prev == --* ]]; then
		cur=
	elif [[ $prev == = ]] && ((COMP_CWORD > 1)) && [[ ${COMP_WORDS[COMP_CWORD - 2]} == --* ]]; then
		prev=${COMP_WORDS[COMP_CWORD - 2]}
	elif [[ $cur == --*=* ]]; then
		prev=${cur%%=*} eq=$prev= cur=${cur#*=}
	fi

	# The command: the first word that is not an option (opp's own options
	# take no argument).
	for ((i = 1; i < COMP_CWORD; i++)); do
		[[ ${COMP_WORDS[i]} == -* ]] && continue
		cmd=${COMP_WORDS[i]}
		break
	done
	if [[ -z $cmd ]]; then
		if [[ $cur == -* ]]; then
			COMPREPLY=($(compgen -W '--help --version' -- "$cur"))
		else
			COMPREPLY=($(compgen -W "$(_opp_commands) help" -- "$cur"))
		fi
		return 0
	fi
	if [[ $cmd == help ]]; then
		((i == COMP_CWORD - 1)) && COMPREPLY=($(compgen -W "$(_opp_commands)" -- "$cur"))
		return 0
	fi

	opts=$(_opp_options "$cmd")
	[[ -n $opts ]] || return 0 # not an opp command

	# The value of an option that takes one.
	if [[ $prev == -* && $prev != -- ]]; then
		while read -r long arg short; do
			[[ $prev == "$long" || $prev == "$short" ]] || continue
			[[ $arg == - ]] && break
			case $arg in
			FILE | OUT* | REF)
				if [[ $long == --config ]]; then _opp_files case; else _opp_files any; fi
				;;
			DIR)
				compopt -o filenames 2>/dev/null
				COMPREPLY=($(compgen -d -- "$cur"))
				;;
			*)
				COMPREPLY=($(compgen -W "$(_opp_values "$cmd" "$long" "$arg")" -- "$cur"))
				;;
			esac
			[[ -n $eq ]] && COMPREPLY=("${COMPREPLY[@]/#/$eq}")
			return 0
		done <<<"$opts"
	fi

	if [[ $cur == -* ]]; then
		COMPREPLY=($(compgen -W "$(while read -r long arg short; do echo "$long"; done <<<"$opts")" -- "$cur"))
		return 0
	fi
	case $cmd in
	schema) ;;
	new) _opp_files any ;;
	done | note)
		# FILE, then the afspraak (done) or the doel (note) in it
		for ((i = 2; i < COMP_CWORD; i++)); do
			[[ ${COMP_WORDS[i]} == *.yaml || ${COMP_WORDS[i]} == *.yml ]] || continue
			if [[ $cmd == done ]]; then line=afspraken; else line=doelen; fi
			COMPREPLY=($(compgen -W "$(_opp_ids $line)" -- "$cur"))
			return 0
		done
		_opp_files case
		;;
	*) _opp_files case ;;
	esac
	return 0
}

complete -F _opp opp
