$OPP validate --as-of 2026-12-01 - < broken.yaml
