# The evaluation form of bijlage 3 for the planned OT of vroeg.yaml, as
# HTML: every item of the annex, grouped by its phase, nothing answered.
$OPP agenda --no-config --as-of 2026-12-01 --evaluatieformulier --format html ../../../examples/vroeg.yaml
