$OPP due --help | head -1; $OPP help due | head -1
