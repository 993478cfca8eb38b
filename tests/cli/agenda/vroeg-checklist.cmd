$OPP agenda --no-config --as-of 2026-12-01 --checklist ../../../examples/vroeg.yaml
