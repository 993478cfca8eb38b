"$OPP" done --help
