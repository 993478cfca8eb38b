$OPP agenda --no-config --as-of 2026-12-01 --evaluatieformulier --checklist ../../../examples/vroeg.yaml
