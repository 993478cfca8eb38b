# opp done on every layout: one line (or one flow entry) added.
. ../../edit/layouts.sh
for f in $(layouts); do
	edit "$f" done @ planbord-maken --datum 2026-10-09
	grep -q ouders-bellen "$f" && edit "$f" done @ ouders-bellen
done
