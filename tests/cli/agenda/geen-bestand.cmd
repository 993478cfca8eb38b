$OPP agenda --as-of 2026-12-01
