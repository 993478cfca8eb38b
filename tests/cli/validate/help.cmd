$OPP validate --help | head -3; $OPP help validate | head -1; $OPP --version | sed 's/[0-9.]*$/V/'
