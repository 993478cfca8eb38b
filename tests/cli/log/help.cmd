OPP="$OPP"; "$OPP" log --help
