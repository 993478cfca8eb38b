"$OPP" sign --help
