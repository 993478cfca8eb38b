# A date as the end of the window: 2026-12-08 is in, 2026-12-10 is not.
$OPP due --as-of 2026-12-01 --within 2026-12-08 --format tsv late.yaml | cut -f1-4
