$OPP agenda --no-config --datum 2027-03-10 ../../../examples/aaron.yaml
