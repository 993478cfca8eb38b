# opp sign on a copy of every example: the exact lines it changes (a
# signed party gets a list: its old date and the new signature bound to
# the handelingsdeel); vroeg, before its first OT, is refused unchanged.
. ../../edit/layouts.sh
for f in ../../../examples/*.yaml; do
	edit "$f" sign @ --as ouders
	edit "$f" sign @ --as school --datum 2026-11-30
done
