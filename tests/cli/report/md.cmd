# Markdown: every value escaped in its cell (a pipe, markup, a leading -).
# In Dutch, as a Dutch IB'er reads it (the report's words follow the
# language: en-*.cmd are the English report).
export LC_ALL=C.UTF-8 LANGUAGE=nl
$OPP report --as-of 2027-01-05 ../../../examples cases
