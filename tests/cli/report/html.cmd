# HTML: every value escaped (<script> in an afspraak stays text).
$OPP report --to html --as-of 2027-01-05 cases
