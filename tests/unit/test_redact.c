/*
 * test_redact — the pseudonymised copy (lib/format/redact.c): no name of
 * the case left in any spelling (quotes, apostrophes, no-break spaces,
 * capitals, accents, decomposed letters, the Turkish dotless i), the
 * school's distinctive words, numbers with dots, spaces or inside words,
 * IBANs, postcodes and streets; ids made up but consistent, so the copy
 * gives the same findings; and no copy at all when a name did not load.
 */
#include <stdio.h>
#include <stdlib.h>

#include "base/utf8.h"
#include "format/redact.h"
#include "helpers.h"

#define HEAD(extra)                                                                                          \
	"opp: 1\n"                                                                                           \
	"leerling:\n"                                                                                        \
	"  naam: Zoë Öztürk\n"                                                                            \
	"  school: Basisschool De Wegwijzer\n"                                                               \
	"regie:\n"                                                                                           \
	"  opp: ib\n"                                                                                        \
	"betrokkenen:\n"                                                                                     \
	"  - id: ib\n"                                                                                       \
	"    naam: Aaron Yılmaz\n"                                                                          \
	"    rol: intern-begeleider\n"                                                                       \
	"  - id: lk\n"                                                                                       \
	"    naam: Sems de Boer\n"                                                                           \
	"    rol: leerkracht\n" extra

/* The copy of a case (caller frees), or NULL when refused (why says). */
static char *
redact(const char *yaml, struct opp_diags *why)
{
	struct opp_diags d;
	struct opp_doc *doc;
	struct opp_buf out = OPP_BUF_INIT;
	struct opp_redact_opts o = {false, 18};
	bool ok;

	opp_diags_init(&d);
	opp_diags_init(why);
	doc = opp_doc_load("t.yaml", yaml, strlen(yaml), NULL, &d);
	cr_assert_not_null(doc);
	ok = opp_redact(&out, doc, yaml, strlen(yaml), &o, why);
	opp_doc_free(doc);
	opp_diags_release(&d);
	if (!ok) {
		cr_assert_eq(out.len, 0, "a refused copy writes nothing");
		opp_buf_release(&out);
		return NULL;
	}
	return opp_buf_detach(&out, NULL);
}

/* The copy of a case that must be made (caller frees). */
static char *
copy_of(const char *yaml)
{
	struct opp_diags why;
	char *c = redact(yaml, &why);

	cr_assert_not_null(c, "refused: %s", why.n ? why.v[0].msg : "");
	opp_diags_release(&why);
	return c;
}

static char *
folded(const char *s)
{
	struct opp_buf b = OPP_BUF_INIT;
	opp_utf8_fold(&b, s, strlen(s));
	return opp_buf_detach(&b, NULL);
}

/* Whether the folded word w occurs in the folded text as a word. */
static bool
has_word(const char *text, const char *w)
{
	char *t = folded(text), *f = folded(w), *p = t;
	size_t n = strlen(f);
	bool found = false;

	while (!found && (p = strstr(p, f))) {
		bool before = p == t || !((p[-1] >= 'a' && p[-1] <= 'z') || (p[-1] >= '0' && p[-1] <= '9'));
		bool after = !((p[n] >= 'a' && p[n] <= 'z') || (p[n] >= '0' && p[n] <= '9'));
		found = before && after;
		p++;
	}
	free(t);
	free(f);
	return found;
}

static const char *const names[] = {"zoe", "ozturk", "aaron", "yilmaz", "sems", "boer", "wegwijzer"};

static void
no_names(const char *copy)
{
	for (size_t i = 0; i < sizeof(names) / sizeof(*names); i++)
		cr_expect_not(has_word(copy, names[i]), "'%s' is left in:\n%s", names[i], copy);
}

Test(redact, names_in_any_spelling)
{
	char *c = copy_of(HEAD("integratief_beeld: \"„Aaron” zegt: Aaron’s plan, Sems’ klas, Aaron… «Aaron» "
	                       "Zoë\\u00A0Öztürk, SEMS, ZOË ÖZTÜRK, öztürk, Yılmaz, YILMAZ, yilmaz, "
	                       "Zoe\\u0308 O\\u0308ztu\\u0308rk, Aarons fiets, Sems's boek, (Aaron) "
	                       "Aaron-Yılmaz, zoë.\"\n"));

	no_names(c);
	cr_expect(strstr(c, "Intern-begeleider 1’s plan"), "%s", c);
	cr_expect(strstr(c, "Intern-begeleider 1s fiets"), "%s", c);
	cr_expect(strstr(c, "„Intern-begeleider 1”"), "%s", c);
	free(c);
}

Test(redact, school_and_its_distinctive_words)
{
	char *c = copy_of(HEAD("integratief_beeld: Op De Wegwijzer, de wegwijzer en Wegwijzer; ook "
	                       "basisschool De Wegwijzer. Een wegwijzer-bord. Naar een andere basisschool?\n"
	                       "x-niet: 1\n"));

	no_names(c);
	/* "basisschool" is not distinctive: alone, it stays */
	cr_expect(strstr(c, "andere basisschool"), "%s", c);
	cr_expect(strstr(c, "ook School."), "%s", c);
	free(c);
}

Test(redact, numbers_addresses_and_what_stays)
{
	char *c =
	        copy_of(HEAD("integratief_beeld: \"BSN 1234.56.782, bsn123456782, 123456782; tel "
	                     "06.12.34.56.78, 06-12345678, +31 (0)6 12 34 56 78, +31\\u00A06\\u00A012345678; "
	                     "IBAN NL91ABNA0417164300 en NL91 ABNA 0417 1643 00; Dorpsstraat 12a, "
	                     "6711 AB Ede; Lange Laan 3-5, 6711AB. Blijft: 2026-12-01, 01-12-2026, "
	                     "schooljaar 2025-2026, groep 6 (2025-2026), 3 keer per week, om 14:30, € 1250, "
	                     "12,5 uur.\"\n"));
	static const char *const gone[] = {"1234.56.782", "123456782", "06.12.34.56.78", "12345678",
	                                   "34 56 78",    "NL91",      "0417",           "Dorpsstraat 12a",
	                                   "6711",        "Laan 3-5"};
	static const char *const kept[] = {"2026-12-01", "01-12-2026", "2025-2026", "groep 6 (2025-2026)",
	                                   "3 keer",     "14:30",      "1250",      "12,5 uur",
	                                   " Ede"};

	for (size_t i = 0; i < sizeof(gone) / sizeof(*gone); i++)
		cr_expect_null(strstr(c, gone[i]), "'%s' left in:\n%s", gone[i], c);
	for (size_t i = 0; i < sizeof(kept) / sizeof(*kept); i++)
		cr_expect_not_null(strstr(c, kept[i]), "'%s' lost in:\n%s", kept[i], c);
	cr_expect(strstr(c, "[iban]") && strstr(c, "[postcode]") && strstr(c, "[adres]") &&
	                  strstr(c, "[nummer]"),
	          "%s", c);
	free(c);
}

Test(redact, mail_addresses)
{
	char *c = copy_of(
	        HEAD("integratief_beeld: \"Mail a.yilmaz+ot@school.example. Of zoe_o@x.example!\"\n"));

	cr_expect_null(strstr(c, "@school"), "%s", c);
	cr_expect(strstr(c, "[e-mail]. Of [e-mail]!"), "%s", c);
	free(c);
}

/* Every id is made up, and every reference follows its id: a goal named
 * after the pupil, an afspraak after the teacher. */
Test(redact, ids_made_up_consistently)
{
	char *c = copy_of(
	        HEAD("behoeften: {leerling: [rust]}\n"
	             "integratief_beeld: beeld\n"
	             "doelen:\n"
	             "  - {id: zoe-lezen, doel: lezen, termijn: 2027-06-01}\n"
	             "arrangement:\n"
	             "  - {id: aaron-rt, doelen: [zoe-lezen], wat: rt, wie: lk, start: 2026-11-01,\n"
	             "     bekostiging: {door: school, grondslag: basisondersteuning, status: toegekend}}\n"
	             "afspraken:\n"
	             "  - {id: sems-belt, wie: lk, wat: belt, uiterlijk: 2026-12-20, terugkoppeling: "
	             "[ib]}\n"));

	no_names(c);
	cr_expect(strstr(c, "id: doel-1"), "%s", c);
	cr_expect(strstr(c, "- doel-1"), "%s", c);
	cr_expect(strstr(c, "id: inzet-1"), "%s", c);
	cr_expect(strstr(c, "id: afspraak-1"), "%s", c);
	cr_expect(strstr(c, "wie: leerkracht-1"), "%s", c);
	free(c);
}

/* How many findings of each rule a text gives as of a day. */
static void
findings(const char *yaml, const char *as_of, size_t count[OPP_RULE_COUNT])
{
	struct opp_diags d;
	struct opp_doc *doc = check_yaml(yaml, as_of, NULL, &d);

	memset(count, 0, sizeof(size_t) * OPP_RULE_COUNT);
	for (size_t i = 0; i < d.n; i++)
		count[d.v[i].rule]++;
	opp_doc_free(doc);
	opp_diags_release(&d);
}

static void
same_findings(const char *yaml)
{
	size_t a[OPP_RULE_COUNT], b[OPP_RULE_COUNT];
	char *c = copy_of(yaml);

	findings(yaml, "2026-12-01", a);
	findings(c, "2026-12-01", b);
	for (int i = 0; i < OPP_RULE_COUNT; i++)
		cr_expect_eq(a[i], b[i], "rule %s: %zu in the original, %zu in the copy:\n%s",
		             opp_rules[i].name, a[i], b[i], c);
	free(c);
}

/* Duplicate and unknown ids stay what they were: the copy gains no
 * `ref` finding and loses none. */
Test(redact, duplicate_and_unknown_ids_keep_their_findings)
{
	same_findings(HEAD(
	        "  - id: lk\n"
	        "    naam: Bas Kok\n"
	        "    rol: leerkracht\n"
	        "behoeften: {leerling: [rust]}\n"
	        "integratief_beeld: beeld\n"
	        "doelen:\n"
	        "  - {id: d1, doel: lezen, termijn: 2027-06-01}\n"
	        "  - {id: d1, doel: rekenen, termijn: 2027-06-01}\n"
	        "arrangement:\n"
	        "  - {id: a1, doelen: [d1, d9], wat: rt, wie: lk, start: 2026-11-01,\n"
	        "     bekostiging: {door: school, grondslag: basisondersteuning, status: toegekend}}\n"
	        "afspraken:\n"
	        "  - {id: x, wie: lk, wat: belt, uiterlijk: 2026-12-20, terugkoppeling: [ib, femke]}\n"
	        "  - {id: y, wie: nobody, wat: mailt, uiterlijk: 2026-12-20, terugkoppeling: [femke]}\n"));
}

/* The pupil signs from 18 on the first start: a birth date reduced to
 * the year keeps that side of the birthday. */
Test(redact, birth_date_keeps_the_age_that_matters)
{
	const char *t =
	        HEAD("  - id: ouders\n    naam: Ouders\n    rol: ouders\n"
	             "behoeften: {leerling: [rust]}\n"
	             "integratief_beeld: beeld\n"
	             "doelen:\n"
	             "  - {id: d1, doel: lezen, termijn: 2027-06-01}\n"
	             "arrangement:\n"
	             "  - {id: a1, doelen: [d1], wat: rt, wie: lk, start: 2026-03-01,\n"
	             "     bekostiging: {door: school, grondslag: basisondersteuning, status: toegekend}}\n"
	             "ondertekening: {ouders: 2026-02-01, school: 2026-02-01}\n");
	char buf[2048];

	/* 18 on 2026-02-20, before the start; 18 only on 2026-03-10, after
	 * it (reduced to 2008-01-01 she would be 18 on the start). */
	for (int k = 0; k < 2; k++) {
		const char *geb = k ? "2008-03-10" : "2008-02-20";
		snprintf(buf, sizeof(buf), "%.*s  geboortedatum: %s\n%s", (int)(strstr(t, "  school:") - t),
		         t, geb, strstr(t, "  school:"));
		same_findings(buf);
	}
}

/* A name that did not load (a typo in the key, a list, only punctuation)
 * would switch scrubbing off: no copy, a finding at the person. */
Test(redact, refused_without_usable_names)
{
	static const char *const cases[] = {
	        "opp: 1\nleerling:\n  name: Zoë\n  school: X\nregie: {opp: a}\n"
	        "betrokkenen:\n  - {id: a, naam: Bas Kok, rol: ouders}\n",
	        "opp: 1\nleerling:\n  naam: [Zoë, Öztürk]\n  school: X\nregie: {opp: a}\n"
	        "betrokkenen:\n  - {id: a, naam: Bas Kok, rol: ouders}\n",
	        "opp: 1\nleerling:\n  naam: Zoë\n  school: X\nregie: {opp: a}\n"
	        "betrokkenen:\n  - {id: a, nam: Bas Kok, rol: ouders}\n",
	        "opp: 1\nleerling:\n  naam: Zoë\n  school: X\nregie: {opp: a}\n"
	        "betrokkenen:\n  - {id: a, naam: \"...\", rol: ouders}\n",
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		struct opp_diags why;
		char *c = redact(cases[i], &why);
		cr_expect_null(c, "case %zu redacted:\n%s", i, c ? c : "");
		cr_expect_geq(why.n, 1, "case %zu: no reason", i);
		free(c);
		opp_diags_release(&why);
	}
}

/* Values the loader refused and keys it did not know are written as
 * stand-ins that it refuses the same way: the copy is YAML and has the
 * same findings (found by make fuzz-variants: an agreement map without
 * its datum was once written at the wrong indentation). */
Test(redact, stand_ins_keep_the_findings)
{
	same_findings(HEAD("  - id: ouders\n    naam: Ouders\n    rol: ouders\n"
	                   "signalen: [verzuim, Femke de Vries, [x]]\n"
	                   "behoeften: {leerling: [rust], ouders: Femke}\n"
	                   "integratief_beeld: [geen, tekst]\n"
	                   "Moeder zegt dat het slecht gaat: ja\n"
	                   "doelen:\n"
	                   "  - {id: d1, doel: lezen, termijn: 2027-02-30, typo: x}\n"
	                   "  - Femke\n"
	                   "overleggen:\n"
	                   "  - {datum: 2026-11-01, soort: ot, doel: d, genodigden: [ib, Femke], duur: 0,\n"
	                   "     tijd: '25:00', uitkomsten: {d1: fout, Femke: behaald, d2: [x]}}\n"
	                   "ondertekening:\n"
	                   "  ouders:\n"
	                   "    x: 2026-10-05\n"
	                   "  school:\n"
	                   "    - 2026-11-20\n"
	                   "    - {datum: nooit, handelingsdeel: sha256:0}\n"
	                   "    - {datum: 2026-11-21, handelingsdeel: fout}\n"
	                   "    - [2026-11-22]\n"
	                   "  leerling: {datum: 2026-11-23}\n"));
}
