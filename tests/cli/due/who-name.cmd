$OPP due --as-of 2026-12-01 --within 2w --who "wim tol" late.yaml
