# Dutch through LANGUAGE under a UTF-8 locale (run.sh sets LC_ALL=C and
# LANGUAGE=, so both are overridden here). No OPP_LOCALEDIR: run in
# place, opp finds the catalogue of its build folder by itself.
LC_ALL= LANG=C.UTF-8 LANGUAGE=nl $OPP validate --as-of 2026-12-01 kapot.yaml; echo "rc $?"
LC_ALL= LANG=C.UTF-8 LANGUAGE=nl $OPP due --format xml kapot.yaml; echo "rc $?"
LC_ALL= LANG=C.UTF-8 LANGUAGE=nl $OPP nosuch; echo "rc $?"
