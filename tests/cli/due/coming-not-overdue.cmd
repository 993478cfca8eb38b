# Coming within the window but nothing late: listed, exit 0.
$OPP due --as-of 2026-12-01 --within 1m clean.yaml
