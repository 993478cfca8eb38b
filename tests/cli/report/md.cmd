# Markdown: every value escaped in its cell (a pipe, markup, a leading -).
$OPP report --as-of 2027-01-05 ../../../examples cases
