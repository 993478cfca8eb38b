# Dutch through LANGUAGE under a UTF-8 locale (run.sh sets LC_ALL=C and
# LANGUAGE=, so both are overridden here). OPP_LOCALEDIR comes from
# `make check`; run on its own, the catalogue of the build tree is used.
export OPP_LOCALEDIR="${OPP_LOCALEDIR:-$(cd ../../.. && pwd)/build/locale}"
LC_ALL= LANG=C.UTF-8 LANGUAGE=nl $OPP validate --as-of 2026-12-01 kapot.yaml; echo "rc $?"
LC_ALL= LANG=C.UTF-8 LANGUAGE=nl $OPP due --format xml kapot.yaml; echo "rc $?"
LC_ALL= LANG=C.UTF-8 LANGUAGE=nl $OPP nosuch; echo "rc $?"
