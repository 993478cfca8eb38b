# opp done on a copy of every example: the line it adds to an afspraak;
# one done already and vroeg (no afspraken) are refused, unchanged.
. ../../edit/layouts.sh
edit ../../../examples/aaron.yaml done @ psycho-educatie
edit ../../../examples/aaron.yaml done @ doelen-bespreken --datum 2026-11-30
edit ../../../examples/willem.yaml done @ consult-jgz
edit ../../../examples/vroeg.yaml done @ geen-afspraak
