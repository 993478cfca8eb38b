$OPP due --as-of 2026-12-01 --within 2w --who l.kok@school.example late.yaml
