"$OPP" note --help
