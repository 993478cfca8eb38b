#!/bin/sh
# bench/bigfile.sh GOALS NOTES — one case file with GOALS goals, NOTES
# progress notes each (with notes, measurable: a line from 0 to 20) and 9 arrangement
# items that each serve every goal: the worst case for id lookups and for
# the per-goal story, chart and tables of `opp render`. Written to
# standard output; benchmark tooling, not part of opp.
#
# The file is valid (`opp validate --as-of 2026-12-01` finds nothing; the
# benchmark times what a school's file costs, not the paths of errors):
# the OT invites the orthopedagoog and heard the pupil, needs and the
# integrated picture come before the goals, parents and school signed
# and the OPP was established before the items started, each item says
# its grondslag. The one finding left is doelen-max (at most 5 active
# goals): a file of thousands of goals cannot keep it, and the
# benchmark is about that size. Notes come every 6 days from
# 2026-09-16, so up to 12 of them are dated on or before 2026-12-01
# (bench/run.sh's --as-of); more would be in the future (datums).
set -eu
G=$1 N=$2
awk -v G="$G" -v N="$N" '
# day n after 2026-09-15, as a date (September to December)
function date(n) {
	if (n <= 15) return sprintf("2026-09-%02d", 15 + n)
	if (n <= 46) return sprintf("2026-10-%02d", n - 15)
	if (n <= 76) return sprintf("2026-11-%02d", n - 46)
	return sprintf("2026-12-%02d", n - 76)
}
BEGIN {
	print "opp: 1"
	print "leerling: {naam: Sam de Vries, school: De Klimop, groep: \"6\"}"
	print "regie: {opp: ib}"
	print "betrokkenen:"
	print "  - {id: ib, naam: Ilse Bakker, rol: intern-begeleider}"
	print "  - {id: lk, naam: Lotte Kok, rol: leerkracht}"
	print "  - {id: ouders, naam: Anna de Vries, rol: ouders}"
	print "  - {id: ortho, naam: Omar Smit, rol: orthopedagoog}"
	print "overleggen:"
	print "  - {datum: 2026-09-14, soort: ot, doel: Doelen stellen., genodigden: [ib, lk, ouders, ortho], aanwezig: [ib, lk, ouders, ortho], kindgesprek: {datum: 2026-09-10, door: lk}, verslag: Gesteld.}"
	print "  - {datum: 2027-03-09, soort: evaluatie, doel: Evalueren., genodigden: [ib, lk, ouders, ortho]}"
	print "behoeften:"
	print "  leerling: [Een vaste plek en vaste tijden in de pauze.]"
	print "integratief_beeld: Sam leert goed als de dag voorspelbaar is."
	print "doelen:"
	for (g = 1; g <= G; g++) {
		printf "  - id: d%d\n    doel: Doel nummer %d, in een zin die zo lang is als een echt doel.\n", g, g
		print "    termijn: 2027-03-05"
		if (N > 0) print "    beginwaarde: 0\n    streefwaarde: 20\n    eenheid: minuten\n    voortgang:"
		for (k = 0; k < N; k++)
			printf "      - {datum: %s, door: lk, waarde: %d, tekst: \"Notitie %d.\"}\n", date(1 + 6 * k), k + 1, k + 1
	}
	print "arrangement:"
	for (i = 1; i <= 9; i++) {
		printf "  - id: z%d\n    wat: Inzet %d\n    wie: lk\n    start: 2026-10-01\n    doelen: [", i, i
		for (g = 1; g <= G; g++) printf "%sd%d", (g > 1 ? ", " : ""), g
		print "]"
		print "    bekostiging: {door: school, grondslag: basisondersteuning, status: toegekend}"
	}
	print "ondertekening: {ouders: 2026-09-21, school: 2026-09-21}"
	print "uitstroomperspectief: {richting: vmbo-kader, onderbouwing: Leerresultaten op niveau.}"
	print "vastgesteld: 2026-09-21"
}'
