$OPP agenda --overleg 1 --datum 2027-03-09 ../../../examples/aaron.yaml
