$OPP validate --as-of 2026-12-01 rules-dates.yaml
# A birth date out of range is not echoed either.
sed 's/geboortedatum: 2027-01-05/geboortedatum: 1899-12-31/' rules-dates.yaml | $OPP validate --as-of 2026-12-01 --format json - | grep '"line": 9,'
