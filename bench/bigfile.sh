#!/bin/sh
# bench/bigfile.sh GOALS NOTES — one case file with GOALS goals, NOTES
# progress notes each (with notes, measurable: a line from 0 to 20) and 9 arrangement
# items that each serve every goal: the worst case for id lookups and for
# the per-goal story, chart and tables of `opp render`. Written to
# standard output; benchmark tooling, not part of opp.
set -eu
G=$1 N=$2
awk -v G="$G" -v N="$N" 'BEGIN {
	print "opp: 1"
	print "leerling: {naam: Sam de Vries, school: De Klimop, groep: \"6\"}"
	print "regie: {opp: ib}"
	print "betrokkenen:"
	print "  - {id: ib, naam: Ilse Bakker, rol: intern-begeleider}"
	print "  - {id: lk, naam: Lotte Kok, rol: leerkracht}"
	print "  - {id: ouders, naam: Anna de Vries, rol: ouders}"
	print "overleggen:"
	print "  - {datum: 2026-09-14, soort: ot, doel: Doelen stellen., genodigden: [ib, lk, ouders], aanwezig: [ib, lk, ouders], verslag: Gesteld.}"
	print "  - {datum: 2027-03-09, soort: evaluatie, doel: Evalueren., genodigden: [ib, lk, ouders]}"
	print "doelen:"
	for (g = 1; g <= G; g++) {
		printf "  - id: d%d\n    doel: Doel nummer %d, in een zin die zo lang is als een echt doel.\n", g, g
		print "    termijn: 2027-03-05"
		if (N > 0) print "    beginwaarde: 0\n    streefwaarde: 20\n    eenheid: minuten\n    voortgang:"
		for (k = 0; k < N; k++)
			printf "      - {datum: 2026-%02d-%02d, door: lk, waarde: %d, tekst: \"Notitie %d.\"}\n", 10 + int(k / 4), 1 + (k % 4) * 7, k + 1, k + 1
	}
	print "arrangement:"
	for (i = 1; i <= 9; i++) {
		printf "  - id: z%d\n    wat: Inzet %d\n    wie: lk\n    start: 2026-10-01\n    doelen: [", i, i
		for (g = 1; g <= G; g++) printf "%sd%d", (g > 1 ? ", " : ""), g
		print "]"
		print "    bekostiging: {door: school, status: toegekend}"
	}
}'
