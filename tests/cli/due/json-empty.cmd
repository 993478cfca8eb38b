# A machine format always answers, even when nothing is due.
$OPP due --as-of 2026-12-01 --format json clean.yaml
