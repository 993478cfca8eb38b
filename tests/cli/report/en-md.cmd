# The report under LANG=C is English throughout: its title, the as-of
# line, the section titles, the column headers, what it says of a row
# ("unreadable", what stalls) and the findings; the values from the
# files stay the files' words (md.cmd: the same report in Dutch).
$OPP report --as-of 2027-01-05 ../../../examples cases
