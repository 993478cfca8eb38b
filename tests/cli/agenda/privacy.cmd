# The invitation's privacy (spec: Readers, invitation): for a case full
# of marker values, the .ics and the mail hold exactly what their reader
# may see: the doel (the pupil by initials, never the name), in the mail
# and only with toestemming the preparation, never the home situation,
# phone numbers, funding or the birth date; the .ics never the
# preparation, even with toestemming.
/usr/bin/python3 privacy.py "$OPP" privacy.yaml "$TMP"
