$OPP report --help
