# The coordinator's view: everything due in the cases this person holds
# regie over, whoever acts (lk's afspraken too). regie.opp: ib holds it
# in late.yaml. regie.gezinsplan: wt-post coordinates willem's
# gezinsplan (regie.opp is os-dijkstra's), so willem's items are listed,
# jgz-bouzid's afspraak among them; aaron.yaml, whose regie is
# ib-degroot's alone, has an afspraak due in those weeks too, and it is
# not listed.
$OPP due --as-of 2026-12-01 --within 2w --regie ib --format tsv late.yaml | cut -f3,5
$OPP due --as-of 2026-12-01 --within 4w --regie wt-post --format tsv ../../../examples/willem.yaml ../../../examples/aaron.yaml | cut -f3,5,8
$OPP due --as-of 2026-12-01 --within 4w --format tsv ../../../examples/aaron.yaml | cut -f3,5,8
