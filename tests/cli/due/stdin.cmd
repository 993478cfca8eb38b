$OPP due --as-of 2026-12-01 - < mixed/a.yaml
