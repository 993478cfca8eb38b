$OPP render --help
