# The coordinator's view: everything due in the cases this person holds
# regie over, whoever acts (lk's afspraken too); nothing for a case held
# by someone else (clean.yaml's regievoerder is not ib).
$OPP due --as-of 2026-12-01 --within 2w --regie ib --format tsv late.yaml | cut -f3,5
$OPP due --as-of 2026-12-01 --within 2w --regie wt --format tsv late.yaml ../../../examples/aaron.yaml | cut -f3,5
