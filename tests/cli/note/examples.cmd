# opp note on a copy of every example: the lines it adds (a measured
# note and a text-only one, by the teacher), in each file's own style;
# vroeg has no goals yet and is refused, unchanged.
. ../../edit/layouts.sh
edit ../../../examples/aaron.yaml note @ pauze-oefenen --door lk-jansen --waarde 12 --tekst 'Twee keer alleen naar het klimrek.'
edit ../../../examples/aaron.yaml note @ pauze-oefenen --door lk-jansen --tekst 'Rustige week.' --datum 2026-11-30
edit ../../../examples/willem.yaml note @ meedoen-zonder-buikpijn --door lk-bos --tekst 'Deed mee met gym.'
edit ../../../examples/vroeg.yaml note @ geen-doel --door mentor-kok --tekst 'Niets.'
