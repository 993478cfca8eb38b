# Fitting into a width: names are cut by characters (UTF-8: ë, Ø, 王 take
# one or two columns, never half a character), a path keeps its end.
$OPP list -w 72 --as-of 2027-01-05 cases ../../../examples
$OPP list -w 50 --as-of 2027-01-05 cases
COLUMNS=64 $OPP list --as-of 2027-01-05 cases
