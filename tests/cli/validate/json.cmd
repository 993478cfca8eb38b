$OPP validate --as-of 2026-12-01 --format json broken.yaml base.yaml
