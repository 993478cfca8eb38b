$OPP validate --as-of 2027-03-10 rules-meetings.yaml
