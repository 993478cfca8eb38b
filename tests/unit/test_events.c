/*
 * test_events — what happened between two versions of a plan
 * (lib/facts/events.c): every kind of event fires on its change and on
 * nothing else; layout, comments, quoting and key order give none; the
 * short forms name no free text and no person.
 */
#include <criterion/criterion.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "facts/events.h"
#include "facts/handelingsdeel.h"
#include "format/load.h"
#include "helpers.h"

static const char base[] =
        "betrokkenen:\n"
        "  - {id: lk, naam: Noor de Jong, rol: leerkracht}\n"
        "  - {id: ib, naam: Femke de Groot, rol: intern-begeleider}\n"
        "overleggen:\n"
        "  - {datum: 2026-10-06, soort: ot, doel: Begrijpen., genodigden: [lk], verslag: Gedaan.}\n"
        "  - {datum: 2027-03-09, soort: evaluatie, doel: Evalueren., genodigden: [lk]}\n"
        "doelen:\n"
        "  - {id: a, doel: Lezen., termijn: 2027-03-05}\n"
        "  - {id: b, doel: Rekenen., termijn: 2027-03-05, eenheid: sommen}\n"
        "arrangement:\n"
        "  - {id: z, doelen: [a], wat: Oefenen met de juf., wie: lk, start: 2026-10-12,\n"
        "     bekostiging: {door: school, grondslag: basisondersteuning, status: onbekend}}\n"
        "afspraken:\n"
        "  - {id: bellen, wie: ib, wat: Belt., uiterlijk: 2026-10-20, terugkoppeling: [lk]}\n";

/* The events from base to text (as of 2027-06-01), as "kind|tekst|kort"
 * lines. */
static char *
events(const char *from, const char *to)
{
	struct opp_doc *a = from ? load_yaml(from) : NULL, *b = load_yaml(to);
	struct opp_events l;
	struct opp_buf out = OPP_BUF_INIT;

	opp_events_init(&l);
	opp_events_diff(&l, a, b, opp_date_from_ymd(2027, 6, 1), NULL);
	for (size_t i = 0; i < l.n; i++)
		opp_buf_printf(&out, "%s|%s|%s%s\n", opp_event_kind_names[l.v[i].kind], l.v[i].tekst,
		               l.v[i].kort, l.v[i].handelingsdeel ? "|hd" : "");
	opp_events_release(&l);
	opp_doc_free(a);
	opp_doc_free(b);
	return opp_buf_detach(&out, NULL);
}

/* base with one substitution */
static char *
with(const char *old, const char *neu)
{
	const char *at = strstr(base, old);
	struct opp_buf b = OPP_BUF_INIT;

	cr_assert(at, "'%s' not in base", old);
	opp_buf_add(&b, base, (size_t)(at - base));
	opp_buf_puts(&b, neu);
	opp_buf_puts(&b, at + strlen(old));
	return opp_buf_detach(&b, NULL);
}

#define EXPECT_EVENTS(old, neu, want)                                                                        \
	do {                                                                                                 \
		char *y_ = with(old, neu), *got_ = events(base, y_);                                         \
		cr_expect_str_eq(got_, want, "%s → %s", old, neu);                                           \
		free(got_);                                                                                  \
		free(y_);                                                                                    \
	} while (0)

Test(events, nothing_between_a_version_and_itself)
{
	char *got = events(base, base);
	cr_expect_str_eq(got, "");
	free(got);
}

Test(events, layout_gives_none)
{
	static const char block[] =
	        "# comment\n"
	        "afspraken:\n"
	        "  - id: bellen\n"
	        "    terugkoppeling:\n"
	        "      - lk\n"
	        "    uiterlijk: \"2026-10-20\"\n"
	        "    wat: 'Belt.'\n"
	        "    wie: ib\n"
	        "arrangement:\n"
	        "  - id: z\n"
	        "    start: 2026-10-12\n"
	        "    wie: lk\n"
	        "    wat: >-\n"
	        "      Oefenen met\n"
	        "      de juf.\n"
	        "    doelen: [a]\n"
	        "    bekostiging: {status: onbekend, door: school, grondslag: basisondersteuning}\n"
	        "doelen:\n"
	        "  - {termijn: 2027-03-05, doel: Lezen., id: a}\n"
	        "  - {id: b, doel: Rekenen., termijn: 2027-03-05, eenheid: sommen}\n"
	        "overleggen:\n"
	        "  - {datum: 2026-10-06, soort: ot, doel: Begrijpen., genodigden: [lk], verslag: Gedaan.}\n"
	        "  - {datum: 2027-03-09, soort: evaluatie, doel: Evalueren., genodigden: [lk]}\n"
	        "betrokkenen:\n"
	        "  - {id: lk, naam: Noor de Jong, rol: leerkracht}\n"
	        "  - {id: ib, naam: Femke de Groot, rol: intern-begeleider}\n";
	char *got = events(base, block);
	cr_expect_str_eq(got, "");
	free(got);
}

Test(events, goals)
{
	EXPECT_EVENTS(
	        "{id: a, doel: Lezen., termijn: 2027-03-05}", "{id: a, doel: Lezen., termijn: 2027-05-28}",
	        "doel-gewijzigd|doel 'a' gewijzigd: termijn 2027-03-05 → 2027-05-28|doel 'a' gewijzigd: "
	        "termijn 2027-03-05 → 2027-05-28|hd\n");
	EXPECT_EVENTS(
	        "{id: a, doel: Lezen., termijn: 2027-03-05}",
	        "{id: a, doel: Lezen met Zoë., termijn: 2027-03-05, criterium: Tien minuten.}",
	        "doel-gewijzigd|doel 'a' gewijzigd: doel nu \"Lezen met Zoë.\", criterium \"Tien minuten.\"|"
	        "doel 'a' gewijzigd: doel, criterium|hd\n");
	EXPECT_EVENTS("  - {id: b, doel: Rekenen., termijn: 2027-03-05, eenheid: sommen}\n",
	              "  - {id: b, doel: Rekenen., termijn: 2027-03-05, eenheid: sommen}\n"
	              "  - {id: c, doel: Schrijven., termijn: 2027-04-01}\n",
	              "doel-gesteld|doel 'c' gesteld: Schrijven. (termijn 2027-04-01)|doel 'c' gesteld|hd\n");
	EXPECT_EVENTS("  - {id: b, doel: Rekenen., termijn: 2027-03-05, eenheid: sommen}\n", "",
	              "doel-verwijderd|doel 'b' verwijderd|doel 'b' verwijderd|hd\n");
	EXPECT_EVENTS(
	        "  - {id: a, doel: Lezen., termijn: 2027-03-05}\n"
	        "  - {id: b, doel: Rekenen., termijn: 2027-03-05, eenheid: sommen}\n",
	        "  - {id: b, doel: Rekenen., termijn: 2027-03-05, eenheid: sommen}\n"
	        "  - {id: a, doel: Lezen., termijn: 2027-03-05}\n",
	        "doelen-volgorde|volgorde van de doelen gewijzigd|volgorde van de doelen gewijzigd|hd\n");
	EXPECT_EVENTS("{id: a, doel: Lezen., termijn: 2027-03-05}",
	              "{id: a, doel: Lezen., termijn: 2027-03-05, status: gestopt}",
	              "doel-gestopt|doel 'a' gestopt|doel 'a' gestopt\n");
}

Test(events, progress_notes)
{
	EXPECT_EVENTS(
	        "{id: b, doel: Rekenen., termijn: 2027-03-05, eenheid: sommen}",
	        "{id: b, doel: Rekenen., termijn: 2027-03-05, eenheid: sommen, voortgang: "
	        "[{datum: 2026-11-01, door: lk, waarde: 8, tekst: \"Goed\n bezig.\"}]}",
	        "voortgang|voortgang bij doel 'b' (2026-11-01, Noor de Jong): 8 sommen; \"Goed bezig.\"|"
	        "voortgang bij doel 'b' (2026-11-01, Noor de Jong): 8 sommen; \"Goed bezig.\"\n");
}

Test(events, support_and_funding)
{
	EXPECT_EVENTS(
	        "wat: Oefenen met de juf., wie: lk, start: 2026-10-12,",
	        "wat: Oefenen met de juf., wie: ib, start: 2026-10-19, eind: 2027-01-29, wachtlijst_tot: "
	        "2026-10-18,",
	        "inzet-gewijzigd|inzet 'z' gewijzigd: wie Noor de Jong → Femke de Groot, start 2026-10-12 → "
	        "2026-10-19|inzet 'z' gewijzigd: wie, start 2026-10-12 → 2026-10-19|hd\n"
	        "inzet-beeindigd|inzet 'z' eindigt op 2027-01-29|inzet 'z' eindigt op 2027-01-29|hd\n"
	        "inzet-wachtlijst|inzet 'z': wachtlijst tot 2026-10-18|inzet 'z': wachtlijst tot "
	        "2026-10-18\n");
	EXPECT_EVENTS(
	        "status: onbekend}", "status: aangevraagd, aangevraagd: 2026-10-07}",
	        "bekostiging-aangevraagd|bekostiging van inzet 'z' aangevraagd bij school op 2026-10-07|"
	        "bekostiging van inzet 'z' aangevraagd bij school op 2026-10-07\n");
	EXPECT_EVENTS(
	        "status: onbekend}", "status: toegekend, besluit: 2026-10-09}",
	        "bekostiging-toegekend|bekostiging van inzet 'z' toegekend door school (besluit 2026-10-09)|"
	        "bekostiging van inzet 'z' toegekend door school (besluit 2026-10-09)\n");
	EXPECT_EVENTS("status: onbekend}", "status: afgewezen}",
	              "bekostiging-afgewezen|bekostiging van inzet 'z' afgewezen door school|"
	              "bekostiging van inzet 'z' afgewezen door school\n");
	EXPECT_EVENTS(
	        "  - {id: z, doelen: [a], wat: Oefenen met de juf., wie: lk, start: 2026-10-12,\n"
	        "     bekostiging: {door: school, grondslag: basisondersteuning, status: onbekend}}\n",
	        "  - {id: y, doelen: [a, b], wat: Samen., wie: Buurtcentrum, start: 2026-11-02}\n",
	        "inzet-toegevoegd|inzet 'y' toegevoegd: Samen. (Buurtcentrum, vanaf 2026-11-02)|inzet 'y' "
	        "toegevoegd|hd\n"
	        "inzet-verwijderd|inzet 'z' verwijderd|inzet 'z' verwijderd|hd\n");
}

Test(events, meetings)
{
	EXPECT_EVENTS(
	        "{datum: 2027-03-09, soort: evaluatie, doel: Evalueren., genodigden: [lk]}",
	        "{datum: 2027-03-16, soort: evaluatie, doel: Evalueren., genodigden: [lk]}",
	        "overleg-verzet|evaluatie van 2027-03-09 verzet naar 2027-03-16|evaluatie van 2027-03-09 "
	        "verzet naar 2027-03-16\n");
	EXPECT_EVENTS(
	        "{datum: 2027-03-09, soort: evaluatie, doel: Evalueren., genodigden: [lk]}",
	        "{datum: 2027-03-09, soort: evaluatie, doel: Evalueren., genodigden: [lk], verslag: Ja., "
	        "uitkomsten: {a: behaald, b: niet-behaald}}",
	        "doel-behaald|doel 'a' behaald|doel 'a' behaald\n"
	        "overleg-gehouden|evaluatie van 2027-03-09 gehouden: a behaald, b niet behaald|evaluatie van "
	        "2027-03-09 gehouden: a behaald, b niet behaald\n");
	EXPECT_EVENTS(
	        "  - {datum: 2027-03-09, soort: evaluatie, doel: Evalueren., genodigden: [lk]}\n", "",
	        "overleg-geschrapt|evaluatie van 2027-03-09 geschrapt|evaluatie van 2027-03-09 geschrapt\n");
	EXPECT_EVENTS(
	        "  - {datum: 2027-03-09, soort: evaluatie, doel: Evalueren., genodigden: [lk]}\n",
	        "  - {datum: 2027-03-09, soort: evaluatie, doel: Evalueren., genodigden: [lk]}\n"
	        "  - {datum: 2027-06-01, soort: evaluatie, doel: Nog eens., genodigden: [lk]}\n",
	        "overleg-gepland|evaluatie gepland op 2027-06-01: Nog eens.|evaluatie gepland op 2027-06-01: "
	        "Nog eens.\n");
}

Test(events, afspraken_and_agreements)
{
	char *got;

	EXPECT_EVENTS("terugkoppeling: [lk]}", "terugkoppeling: [lk], gedaan: 2026-10-19}",
	              "afspraak-gedaan|afspraak 'bellen' gedaan op 2026-10-19|afspraak 'bellen' gedaan op "
	              "2026-10-19\n");
	EXPECT_EVENTS("afspraken:\n",
	              "ondertekening: {ouders: 2026-10-08}\nvastgesteld: 2026-10-09\nafspraken:\n",
	              "akkoord-gegeven|akkoord van ouders op 2026-10-08|akkoord van ouders op 2026-10-08\n"
	              "vastgesteld|OPP vastgesteld op 2026-10-09|OPP vastgesteld op 2026-10-09\n");
	/* a new plan: everything in it happened */
	got = events(NULL, base);
	cr_expect(strstr(got, "doel-gesteld|doel 'a' gesteld: Lezen."), "%s", got);
	cr_expect(strstr(got, "afspraak-gemaakt|afspraak 'bellen' gemaakt: Femke de Groot: Belt. (uiterlijk "
	                      "2026-10-20)"),
	          "%s", got);
	cr_expect(strstr(got, "overleg-gehouden|OT van 2026-10-06 gehouden"), "%s", got);
	free(got);
}

Test(events, lapse_of_a_bound_agreement)
{
	/* the digest of base's handelingsdeel, signed; then a term moves */
	static const char sig[] = "ondertekening:\n  ouders: {datum: 2026-10-08, handelingsdeel: "
	                          "\"sha256:%s\"}\n";
	struct opp_doc *doc = load_yaml(base);
	struct opp_buf a = OPP_BUF_INIT, b = OPP_BUF_INIT;
	char dg[OPP_DIGEST_SIZE], *moved, *got;

	opp_handelingsdeel_digest(doc, dg);
	opp_doc_free(doc);
	opp_buf_puts(&a, base);
	opp_buf_printf(&a, sig, dg + 7);
	moved = with("termijn: 2027-03-05}\n  - {id: b", "termijn: 2027-04-05}\n  - {id: b");
	opp_buf_puts(&b, moved);
	opp_buf_printf(&b, sig, dg + 7);
	got = events(a.ptr, b.ptr);
	cr_expect_str_eq(
	        got,
	        "doel-gewijzigd|doel 'a' gewijzigd: termijn 2027-03-05 → 2027-04-05|doel 'a' gewijzigd: "
	        "termijn 2027-03-05 → 2027-04-05|hd\n"
	        "akkoord-vervallen|akkoord van ouders van 2026-10-08 vervallen: het handelingsdeel is "
	        "gewijzigd|akkoord van ouders van 2026-10-08 vervallen: het handelingsdeel is gewijzigd\n");
	free(got);
	free(moved);
	opp_buf_release(&a);
	opp_buf_release(&b);
}

Test(events, short_forms_hold_no_free_text)
{
	/* every example against nothing: no short form of a handelingsdeel
	 * event holds a quote (free text) or a betrokkene's name */
	glob_t g;
	size_t checked = 0;

	cr_assert(glob("examples/*.yaml", 0, NULL, &g) == 0);
	for (size_t i = 0; i < g.gl_pathc; i++) {
		size_t n;
		char *buf = slurp(g.gl_pathv[i], &n);
		struct opp_doc *doc = load_yaml(buf);
		struct opp_events l;
		opp_events_init(&l);
		opp_events_diff(&l, NULL, doc, opp_date_from_ymd(2026, 12, 1), NULL);
		for (size_t k = 0; k < l.n; k++) {
			if (!l.v[k].handelingsdeel)
				continue;
			cr_expect(!strchr(l.v[k].kort, '"'), "%s: %s", g.gl_pathv[i], l.v[k].kort);
			for (size_t p = 0; p < doc->betrokkenen.n; p++)
				cr_expect(!strstr(l.v[k].kort, doc->betrokkenen.v[p].naam.s), "%s: %s",
				          g.gl_pathv[i], l.v[k].kort);
			checked++;
		}
		opp_events_release(&l);
		opp_doc_free(doc);
		free(buf);
	}
	globfree(&g);
	cr_expect_gt(checked, 10);
}
