$OPP agenda --no-config --as-of 2027-01-01 ../../../examples/vroeg.yaml
