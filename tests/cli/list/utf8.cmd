# Whole names and no truncation on a pipe; columns line up by display
# width, not bytes.
COLUMNS= $OPP list --as-of 2027-01-05 cases
