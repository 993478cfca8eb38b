$OPP agenda --format pdf ../../../examples/aaron.yaml
