# vol.yaml has every field of the format: observations, the home
# situation, phone numbers, email addresses, funding amounts and
# references, the gezinsplan, an x- key. Marked, each reader's document
# holds exactly the markers of the fields its table gives it: none
# outside, and every one inside.
/usr/bin/python3 markers.py --exact "$OPP" 2026-12-01 vol.yaml
