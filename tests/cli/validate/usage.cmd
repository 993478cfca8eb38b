$OPP validate --bogus; echo "rc $?"; $OPP validate --format xml base.yaml; echo "rc $?"; $OPP validate --as-of 2026-02-30 base.yaml; echo "rc $?"; $OPP nosuch; echo "rc $?"
