$OPP agenda --no-config --as-of 2027-03-01 ../../../examples/aaron.yaml
