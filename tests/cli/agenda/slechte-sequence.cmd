$OPP agenda --sequence -1 ../../../examples/aaron.yaml
