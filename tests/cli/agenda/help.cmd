$OPP agenda --help
