$OPP agenda --no-config --as-of 2027-03-01 --overleg 1 ../../../examples/aaron.yaml | head -8
