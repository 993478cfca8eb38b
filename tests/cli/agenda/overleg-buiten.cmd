$OPP agenda --no-config --overleg 3 ../../../examples/aaron.yaml
