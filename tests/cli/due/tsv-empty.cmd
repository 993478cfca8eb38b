$OPP due --as-of 2026-12-01 --format tsv clean.yaml
