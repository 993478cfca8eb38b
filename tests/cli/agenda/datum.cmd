$OPP agenda --no-config --as-of 2027-03-01 --datum 2027-03-09 ../../../examples/aaron.yaml | head -3
