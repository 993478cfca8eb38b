cd "$TMP" && echo keep > existing.yaml && $OPP new existing.yaml; echo "rc $?"; cat existing.yaml; ls -a | grep -c opp-tmp
