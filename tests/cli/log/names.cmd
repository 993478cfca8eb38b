# File names with spaces, quotes and a leading dash are plain arguments
# to git (no shell), also after a rename into such a name.
top=$(cd ../../.. && pwd); . "$top/tests/git/fixture.sh"
fx_history "$TMP/cases" "--sam 'de' \"vries\".yaml"
cd "$TMP/cases" && "$OPP" log -- "--sam 'de' \"vries\".yaml" | grep -c '^20'
"$OPP" log "./--sam 'de' \"vries\".yaml" | sed -n 's/^  bestand hernoemd: //p'
