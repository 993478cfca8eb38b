# One line per case; -w 0: whole names (also the default on a pipe).
$OPP list -w 0 --as-of 2027-01-05 ../../../examples
