"$OPP" diff --help
