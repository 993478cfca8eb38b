# zsh and fish (installed by make deps): the scripts parse, and fish
# proposes the same things as bash for the main cases.
top=$(cd ../../.. && pwd)
mkdir -p "$TMP/bin" && ln -s "$OPP" "$TMP/bin/opp"
zsh -n "$top/completions/_opp" && echo "zsh: parses"
fish -n "$top/completions/opp.fish" && echo "fish: parses"
cd "$top/examples" && PATH="$TMP/bin:$PATH" fish -c "source $top/completions/opp.fish
complete -C 'opp val'; complete -C 'opp validate --format '; complete -C 'opp render --to '; complete -C 'opp render --voor '
complete -C 'opp due vroeg.yaml --who '; complete -C 'opp due willem.yaml --regie '
complete -C 'opp sign aaron.yaml --as '; complete -C 'opp diff --format '; complete -C 'opp done aaron.yaml '; complete -C 'opp note willem.yaml '
complete -C 'opp note aaron.yaml pauze-oefenen --door lk'" | cut -f1
