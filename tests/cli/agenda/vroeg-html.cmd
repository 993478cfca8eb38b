$OPP agenda --no-config --as-of 2026-12-01 --format html ../../../examples/vroeg.yaml
