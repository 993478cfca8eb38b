# HTML: every value escaped (<script> in an afspraak stays text).
# In Dutch, as a Dutch IB'er reads it (the report's words follow the
# language: en-*.cmd are the English report).
export LC_ALL=C.UTF-8 LANGUAGE=nl
$OPP report --to html --as-of 2027-01-05 cases
