# fish completion for opp
#
# The subcommands come from `opp help`, each command's options from
# `opp CMD --help` and the output formats from `opp help --formats`, read
# at completion time, so they follow the opp being completed and cannot
# drift. Only the values of --within are listed here.
#
# Installed as $(datadir)/fish/vendor_completions.d/opp.fish; elsewhere,
# copy it to ~/.config/fish/completions/opp.fish.

# Run opp in the C locale (help texts are parsed, not read): the one typed
# when it is a path (./opp), else the one on PATH.
function __opp_run
    set -l tokens (commandline -opc)
    set -l exe opp
    if set -q tokens[1]; and string match -q -- '*/*' "$tokens[1]"; and test -x "$tokens[1]"
        set exe $tokens[1]
    end
    env LC_ALL=C LANGUAGE= $exe $argv </dev/null 2>/dev/null
end

# The subcommand on the line: the first word that is not an option.
function __opp_cmd
    set -l tokens (commandline -opc)
    set -e tokens[1]
    for t in $tokens
        if not string match -q -- '-*' "$t"
            echo $t
            return 0
        end
    end
    return 1
end

# The commands with their summaries, from `opp help`.
function __opp_commands
    __opp_run help | awk '
        /^[^ ]/ { l = /^commands:/; next }
        l && /^  [a-z]/ { n = $1; sub(/^ +[a-z]+ +/, ""); print n "\t" $0 }'
end

# The rule names of `opp validate` with their default severity (for
# `regels:` in .opp.yaml; no option takes a rule name yet).
function __opp_rules
    __opp_run validate --list-rules | awk 'NF { print $1 "\t" $2 }'
end

# A command's options from its --help, one a line:
# long TAB argument TAB short TAB description ("-": none).
function __opp_options
    __opp_run $argv[1] --help | awk '
        /^ +-/ {
            line = $0; sub(/^ +/, "", line); short = "-"
            if (line ~ /^-[A-Za-z0-9], /) { short = substr(line, 1, 2); line = substr(line, 5) }
            if (!match(line, /^--[a-z0-9][a-z0-9-]*/)) next
            long = substr(line, 1, RLENGTH); rest = substr(line, RLENGTH + 1); arg = "-"
            if (match(rest, /^ [A-Z][^ ]*/)) { arg = substr(rest, 2, RLENGTH - 1); rest = substr(rest, RLENGTH + 1) }
            sub(/^ +/, "", rest)
            print long "\t" arg "\t" short "\t" rest
        }'
end

# The subcommand's options as candidates with their descriptions.
function __opp_option_candidates
    set -l cmd (__opp_cmd); or return 1
    __opp_options $cmd | awk -F '\t' '{ print $1 "\t" $4; if ($3 != "-") print $3 "\t" $4 }'
end

# "LONG ARG" when the word before the cursor is an option of the
# subcommand that takes a value; false otherwise.
function __opp_value_of
    set -l tokens (commandline -opc)
    set -l prev $tokens[-1]
    string match -q -- '-*' "$prev"; or return 1
    set -l cmd (__opp_cmd); or return 1
    __opp_options $cmd | awk -F '\t' -v o="$prev" '
        ($1 == o || $3 == o) && $2 != "-" { print $1 " " $2; f = 1 }
        END { exit !f }'
end

# The ids of a list (betrokkenen by default: person ids; afspraken,
# doelen; regie: the ids holding it) in the case files on the line; a folder gives its *.yaml and
# *.yml, no file at all those of ".".
function __opp_ids
    set -l section betrokkenen
    set -q argv[1]; and set section $argv[1]
    set -l files
    set -l tokens (commandline -opc)
    set -e tokens[1]
    for t in $tokens
        if test -d "$t"
            set files $files (find $t -mindepth 1 -name '.*' -prune -o -type f \( -name '*.yaml' -o -name '*.yml' \) -print 2>/dev/null)
        else if test -f "$t"; and string match -q -r -- '\.ya?ml$' "$t"
            set files $files $t
        end
    end
    if not set -q files[1]
        set files *.yaml *.yml
    end
    set -q files[1]; or return 1
    set -l key id
    # regie: the ids that hold it (regie.opp, regie.gezinsplan), not every id
    test "$section" = regie; and set key '(opp|gezinsplan)'
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
        }' $files 2>/dev/null | sort -u
end

# The values of the option before the cursor.
function __opp_values
    set -l cmd (__opp_cmd)
    set -l va (__opp_value_of)
    set -l la (string split ' ' -- "$va")
    # the formats of a format option ("CMD --OPTION NAME..." lines)
    set -l formats (__opp_run help --formats | awk -v c="$cmd" -v o="$la[1]" '$1 == c && $2 == o { for (i = 3; i <= NF; i++) print $i }')
    if set -q formats[1]
        printf '%s\n' $formats
        return 0
    end
    switch "$cmd $la[1]"
        case 'sign --as'
            printf '%s\n' ouders school toegang leerling
        case '* --who' 'note --door'
            __opp_ids
        case '* --regie'
            __opp_ids regie
        case '* --within'
            printf '%s\n' 7d 2w 1m
        case '* --config'
            __fish_complete_suffix .yaml
            __fish_complete_suffix .yml
        case '*'
            switch "$la[2]"
                case FILE 'OUT*' REF
                    __fish_complete_path (commandline -ct)
                case DIR
                    __fish_complete_directories (commandline -ct)
                case DATE
                    date +%Y-%m-%d
            end
    end
end

# Whether the word at the cursor is a PATH argument: $argv[1] is "case"
# (case files and folders) or "any" (any file: opp new).
function __opp_wants_file
    set -l cmd (__opp_cmd); or return 1
    set -l cur (commandline -ct)
    string match -q -- '-*' "$cur"; and return 1
    __opp_value_of >/dev/null; and return 1
    switch $cmd
        case help schema
            return 1
        case new
            test "$argv[1]" = any
        case '*'
            test "$argv[1]" = case
    end
end

# Whether the word at the cursor is the afspraak of `opp done` or the
# doel of `opp note`: a case file is already on the line ($argv[1] is the
# command).
function __opp_wants_id
    set -l cmd (__opp_cmd); or return 1
    test "$cmd" = "$argv[1]"; or return 1
    string match -q -- '-*' (commandline -ct); and return 1
    __opp_value_of >/dev/null; and return 1
    for t in (commandline -opc)
        string match -q -r -- '\.ya?ml$' "$t"; and return 0
    end
    return 1
end

# Whether the word at the cursor is an option of the subcommand.
function __opp_wants_option
    set -l cmd (__opp_cmd); or return 1
    test "$cmd" != help; or return 1
    set -l cur (commandline -ct)
    string match -q -- '-*' "$cur"; or return 1
    not __opp_value_of >/dev/null
end

# Whether the line is "opp help " (a command name is next).
function __opp_wants_help_topic
    set -l tokens (commandline -opc)
    test (count $tokens) -eq 2; and test "$tokens[2]" = help
end

complete -c opp -f
complete -c opp -n 'not __opp_cmd >/dev/null' -s h -l help -d 'show the commands'
complete -c opp -n 'not __opp_cmd >/dev/null' -s V -l version -d 'show the version'
complete -c opp -n 'not __opp_cmd >/dev/null' -a '(__opp_commands)'
complete -c opp -n 'not __opp_cmd >/dev/null' -a help -d "show the commands, or one command's options"
complete -c opp -n __opp_wants_help_topic -a '(__opp_commands)'
complete -c opp -n __opp_wants_option -a '(__opp_option_candidates)'
complete -c opp -n '__opp_value_of >/dev/null' -a '(__opp_values)'
complete -c opp -n '__opp_wants_id done' -a '(__opp_ids afspraken)'
complete -c opp -n '__opp_wants_id note' -a '(__opp_ids doelen)'
complete -c opp -n '__opp_wants_file case; and not __opp_wants_id done; and not __opp_wants_id note' -a '(__fish_complete_suffix .yaml; __fish_complete_suffix .yml)'
complete -c opp -n '__opp_wants_file any' -a '(__fish_complete_path (commandline -ct))'
