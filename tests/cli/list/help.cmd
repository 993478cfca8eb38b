$OPP list --help
