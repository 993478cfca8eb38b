# opp note on every layout: one note appended in the style of its
# neighbours.
. ../../edit/layouts.sh
for f in $(layouts); do
	edit "$f" note @ planbord --door lk-jong --waarde 3 --tekst 'Kijkt zelf: "goed zo".'
	grep -q 'id: rustig' "$f" && edit "$f" note @ rustig --door ib-bakker --tekst 'Twee keer gelukt.' --datum 2026-11-20
done
