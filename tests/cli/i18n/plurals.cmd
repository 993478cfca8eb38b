# A count meets its noun through ngettext: "0 hypotheses", "1 hypothesis",
# "1 day overdue", "2 days overdue", "1 meeting", in English and Dutch.
top=../../..
sed -n '1,/^waarneming:/p' ../validate/base.yaml > "$TMP/nul.yaml"
echo '  observaties: x' >> "$TMP/nul.yaml"
for l in C nl; do
	export LC_ALL=C.UTF-8 LANGUAGE=$l
	$OPP validate --as-of 2026-12-01 "$TMP/nul.yaml" ../validate/base.yaml 2>&1 | sed "s|$TMP/||" | grep hypothe
	# willem's afspraak voortgang-software is due on 2027-01-22
	for d in 2027-01-20 2027-01-21 2027-01-23 2027-01-24; do
		$OPP due --as-of $d --within 1w $top/examples/willem.yaml | grep 'willem.yaml:443' | sed 's/  20.*//; s/^ *//; s/ *$//'
	done
	$OPP agenda --as-of 2026-12-01 --overleg 5 $top/examples/vroeg.yaml 2>&1 | head -1
done
