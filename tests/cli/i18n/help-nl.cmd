# The help of `opp due` and `opp validate`, and the command list, in Dutch.
export LC_ALL= LANG=C.UTF-8 LANGUAGE=nl
$OPP due --help; echo "rc $?"
$OPP validate --help; echo "rc $?"
$OPP help | sed -n '1p;/^  list /p'
