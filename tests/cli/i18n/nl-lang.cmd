# LANG=nl_NL.UTF-8 alone speaks Dutch, also where that locale is not
# installed: opp then keeps C.UTF-8 and takes the language from LANG (or
# LC_MESSAGES, or LC_ALL).
LC_ALL= LANGUAGE= LANG=nl_NL.UTF-8 $OPP validate --as-of 2026-12-01 kapot.yaml; echo "rc $?"
LC_ALL= LANGUAGE= LANG= LC_MESSAGES=nl_BE.UTF-8 $OPP validate --as-of 2026-12-01 kapot.yaml 2>&1 | head -1
LC_ALL=nl_NL.UTF-8 LANGUAGE= LANG= $OPP validate --as-of 2026-12-01 kapot.yaml 2>&1 | head -1
