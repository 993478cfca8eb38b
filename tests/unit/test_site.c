/*
 * test_site — the pages of `opp serve` (documents/site.c): routing by
 * index only (never a path), 404 for anything else, the caseload with a
 * broken file shown as such and sorted by a plain link, the
 * freshness marker, a file that cannot be read on every page with its
 * reason, and the source view that findings and due items link to.
 */
#include <stdlib.h>

#include "documents/site.h"
#include "helpers.h"

#define CASE(naam, notes)                                                                                    \
	"opp: 1\nleerling: {naam: " naam ", school: De Linde, groep: \"6\"}\nregie: {opp: ib}\n"             \
	"betrokkenen:\n  - {id: ib, naam: Ilse Bakker, rol: intern-begeleider}\n"                            \
	"doelen:\n  - {id: lezen, doel: Ik lees, termijn: 2027-06-01, gesteld: 2026-10-01" notes "}\n"

static struct opp_config cfg;
static struct opp_diags d[3];
static struct opp_doc *doc[3];
static struct opp_site_case cases[3];
static struct opp_site site;

static const char *
no_arg(void *ctx, const char *name)
{
	(void)ctx;
	(void)name;
	return NULL;
}

static const char *
args(void *ctx, const char *name)
{
	const char *const *kv = ctx;
	for (; kv[0]; kv += 2)
		if (strcmp(kv[0], name) == 0)
			return kv[1];
	return NULL;
}

static void
setup(void)
{
	static const char *const text[3] = {
	        CASE("Sam", ", voortgang: [{datum: 2026-12-30, door: ib, tekst: goed}]"),
	        CASE("Noa", ""),
	        "opp: 1\nleerling: [kapot\n",
	};

	opp_config_defaults(&cfg);
	for (int i = 0; i < 3; i++) {
		doc[i] = check_yaml(text[i], "2027-01-05", &cfg, &d[i]);
		cases[i] = (struct opp_site_case){i == 0   ? "a/sam.yaml"
		                                  : i == 1 ? "a/noa.yaml"
		                                           : "a/kapot.yaml",
		                                  doc[i],
		                                  &d[i],
		                                  text[i],
		                                  strlen(text[i]),
		                                  doc[i] ? NULL : "a/kapot.yaml:2: invalid YAML",
		                                  &cfg};
	}
	site = (struct opp_site){.cases = cases, .n = 3, .today = day("2027-01-05")};
}

static void
teardown(void)
{
	for (int i = 0; i < 3; i++) {
		if (doc[i])
			opp_doc_free(doc[i]);
		opp_diags_release(&d[i]);
	}
	opp_config_release(&cfg);
}

TestSuite(site, .init = setup, .fini = teardown);

static int
page(const char *path, opp_site_arg_fn *arg, void *ctx, struct opp_buf *out)
{
	opp_buf_init(out);
	return opp_site_page(out, &site, path, arg, ctx);
}

Test(site, routes_by_index_only)
{
	static const char *const bad[] = {"/casus/3",    "/casus/-1",         "/casus/01",
	                                  "/casus/",     "/casus/0/",         "/casus/0/overleg/",
	                                  "/etc/passwd", "/casus/../0",       "/casus/9999999999",
	                                  "/caseload/x", "/casus/2/overleg/0"};
	struct opp_buf b;

	cr_assert_null(doc[2], "the broken case did not load");
	for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++) {
		cr_assert_eq(page(bad[i], no_arg, NULL, &b), 404, "%s", bad[i]);
		cr_assert_not_null(strstr(b.ptr, "<h1>Niet gevonden</h1>"), "%s", bad[i]);
		opp_buf_release(&b);
	}
	cr_assert_eq(page("/casus/1", no_arg, NULL, &b), 200);
	cr_assert_not_null(strstr(b.ptr, "Ontwikkelingsperspectiefplan (OPP) – Noa"),
	                   "the OPP inside the page");
	cr_assert_eq(strstr(b.ptr, "<!DOCTYPE html>"), b.ptr);
	cr_assert_null(strstr(b.ptr + 1, "<!DOCTYPE html>"), "one page, not two");
	cr_assert_null(strstr(b.ptr, "</html>\n</body>"), "the page ends once");
	opp_buf_release(&b);
	cr_assert_eq(page("/casus/2", no_arg, NULL, &b), 200, "a broken case has a page: its findings");
	cr_assert_not_null(strstr(b.ptr, "[syntax]"));
	opp_buf_release(&b);
}

Test(site, caseload_shows_broken_first_and_freshness)
{
	struct opp_buf b;
	const char *sam, *noa, *kapot;

	cr_assert_eq(page("/caseload", no_arg, NULL, &b), 200);
	kapot = strstr(b.ptr, "a/kapot.yaml");
	sam = strstr(b.ptr, ">Sam<");
	noa = strstr(b.ptr, ">Noa<");
	cr_assert(kapot && sam && noa, "%s", b.ptr);
	cr_assert_lt(kapot, sam, "a broken file first by default");
	cr_assert_not_null(strstr(b.ptr, "<strong>onleesbaar</strong>"), "never shown as at a step");
	cr_assert_not_null(strstr(sam, "30 december 2026 (6 dagen geleden)"), "Sam's note 6 days ago: fresh");
	cr_assert_not_null(strstr(noa, "<em>"), "Noa has no note since the goal was set: grey");
	/* Counts in words, singular and plural (P_). */
	cr_assert_not_null(strstr(b.ptr, "<p>3 casussen, waarvan 1 onleesbaar;"), "%s", b.ptr);
	cr_assert_not_null(strstr(kapot, ">1 fout</td>"), "one error, singular");
	cr_assert_not_null(strstr(noa, "2 fouten, 0 waarschuwingen"), "Noa's two errors, plural");
	opp_buf_release(&b);
	{
		const char *kv[] = {"sort", "leerling", "dir", "af", NULL};
		cr_assert_eq(page("/caseload", args, kv, &b), 200);
		sam = strstr(b.ptr, ">Sam<");
		noa = strstr(b.ptr, ">Noa<");
		cr_assert_lt(sam, noa, "leerling descending: Sam before Noa");
		cr_assert_not_null(strstr(b.ptr, "href=\"/caseload?sort=leerling&amp;dir=op\""),
		                   "the active column's link turns the order round");
		opp_buf_release(&b);
	}
}

Test(site, vandaag_for_an_unknown_person)
{
	const char *kv[] = {"wie", "nobody", NULL};
	struct opp_buf b;

	cr_assert_eq(page("/vandaag", args, kv, &b), 200);
	cr_assert_not_null(strstr(b.ptr, "Niemand in deze casussen heeft het id"));
	cr_assert_not_null(strstr(b.ptr, "href=\"/vandaag?wie=ib\""), "the people to choose from");
	opp_buf_release(&b);
}

/* The Casus page: each finding under the part of the plan it is about,
 * with file:line:col and its source line; the top says so. Noa's goals
 * (line 7) come before behoeften and integratief_beeld: each finding is
 * about the part that is missing, and stands there, not under the
 * goals where its position is. */
Test(site, casus_findings_beside_their_part)
{
	struct opp_buf b;
	const char *top, *behoeften, *beeld, *doelen, *at, *src;

	cr_assert_eq(d[1].n, 2, "Noa's two findings");
	cr_assert_eq(page("/casus/1", no_arg, NULL, &b), 200);
	top = strstr(b.ptr, "<h2>Meldingen (2)</h2>");
	behoeften = strstr(b.ptr, "<h2>5. Ondersteuningsbehoeften en factoren (stap 4)</h2>");
	beeld = strstr(b.ptr, "<h2>6. Integratief beeld (stap 5)</h2>");
	doelen = strstr(b.ptr, "<h2>7. Doelen en de inzet per doel (stap 5 en 6)</h2>");
	cr_assert(top && behoeften && beeld && doelen, "%s", b.ptr);
	cr_assert_not_null(strstr(top, "Elke melding staat in het plan, bij het deel waar ze over gaat."));
	at = strstr(b.ptr,
	            "<a href=\"/casus/1/bron#regel-7\">a/noa.yaml:7:3</a>: there are goals but no behoeften");
	cr_assert(at && at > behoeften && at < beeld, "under part 5, not at the top: %s", b.ptr);
	src = strstr(at, "<pre><code>  - {id: lezen, doel: Ik lees");
	cr_assert(src && src < beeld, "the source line under it");
	at = strstr(b.ptr, ">a/noa.yaml:7:3</a>: there are goals but no integratief_beeld");
	cr_assert(at && at > beeld && at < doelen, "under part 6");
	opp_buf_release(&b);
	/* A file that did not load has no parts: its findings at the top. */
	cr_assert_eq(page("/casus/2", no_arg, NULL, &b), 200);
	at = strstr(b.ptr, ">a/kapot.yaml:");
	cr_assert(at && at > strstr(b.ptr, "<h2>Meldingen"), "%s", b.ptr);
	cr_assert_null(strstr(b.ptr, "bij het deel waar"));
	opp_buf_release(&b);
}

/* A finding placed by its line: under the part whose key comes last on
 * or before it (the key's own line included). */
Test(site, casus_finding_by_its_line)
{
	static const char text[] = "opp: 1\nleerling: {naam: Bo}\nregie: {opp: ib}\nbetrokkenen:\n"
	                           "  - {id: ib, naam: Ilse Bakker, rol: intern-begeleider}\n"
	                           "afspraken:\n  - {wat: bellen, wie: xx, wanneer: 2026-12-01}\n";
	struct opp_diags dd;
	struct opp_doc *bo = check_yaml(text, "2027-01-05", &cfg, &dd);
	struct opp_site_case one = {"b/bo.yaml", bo, &dd, text, strlen(text), NULL, &cfg};
	struct opp_site s1 = {.cases = &one, .n = 1, .today = day("2027-01-05")};
	struct opp_buf b = OPP_BUF_INIT;
	const char *afspraken, *at;
	size_t at7 = 0;

	cr_assert_not_null(bo);
	for (size_t i = 0; i < dd.n; i++)
		at7 += dd.v[i].pos.line == 7;
	cr_assert_gt(at7, 0, "a finding on line 7, the afspraak");
	cr_assert_eq(opp_site_page(&b, &s1, "/casus/0", no_arg, NULL), 200);
	afspraken = strstr(b.ptr, "<h2>9. Afspraken (stap 6)</h2>");
	at = strstr(b.ptr, "<a href=\"/casus/0/bron#regel-7\">b/bo.yaml:7:");
	cr_assert(afspraken && at && at > afspraken && at < strstr(afspraken, "<h2>10."), "%s", b.ptr);
	opp_buf_release(&b);
	opp_doc_free(bo);
	opp_diags_release(&dd);
}

/* A file that could not be read (a FIFO, a symlink that points nowhere:
 * cmd/serve.c gives the reason) has no text and no findings: the
 * caseload shows it as onleesbaar with its reason, Vandaag says that
 * what it holds is missing, and its Casus page gives the reason. */
Test(site, unreadable_file_on_every_page)
{
	struct opp_site_case two[2] = {
	        cases[0],
	        {"a/weg.yaml", NULL, NULL, NULL, 0, "it is a symlink to a file that does not exist", &cfg}};
	struct opp_site s2 = {.cases = two, .n = 2, .today = day("2027-01-05")};
	struct opp_buf b = OPP_BUF_INIT;
	const char *at;

	cr_assert_eq(opp_site_page(&b, &s2, "/caseload", no_arg, NULL), 200);
	at = strstr(b.ptr, "a/weg.yaml");
	cr_assert(at && strstr(at, "<strong>onleesbaar</strong>"), "%s", b.ptr);
	cr_assert_not_null(strstr(b.ptr, "<p>2 casussen, waarvan 1 onleesbaar"));
	opp_buf_reset(&b);
	cr_assert_eq(opp_site_page(&b, &s2, "/vandaag", no_arg, NULL), 200);
	cr_assert_not_null(strstr(b.ptr, "1 bestand is onleesbaar; wat erin staat, ontbreekt hieronder:"),
	                   "%s", b.ptr);
	cr_assert_not_null(strstr(b.ptr,
	                          "<a href=\"/casus/1\">a/weg.yaml</a>: it is a symlink to a file that "
	                          "does not exist"),
	                   "%s", b.ptr);
	opp_buf_reset(&b);
	cr_assert_eq(opp_site_page(&b, &s2, "/vandaag", no_arg, NULL), 200);
	opp_buf_reset(&b);
	cr_assert_eq(opp_site_page(&b, &s2, "/casus/1", no_arg, NULL), 200);
	cr_assert_not_null(
	        strstr(b.ptr, "<h2>Meldingen (1)</h2>\n<p>it is a symlink to a file that does not exist</p>"),
	        "%s", b.ptr);
	cr_assert_null(strstr(b.ptr, "/casus/1/bron"), "no source to show, no link to it");
	opp_buf_reset(&b);
	cr_assert_eq(opp_site_page(&b, &s2, "/casus/1/bron", no_arg, NULL), 200);
	cr_assert_not_null(strstr(b.ptr, "<p>it is a symlink to a file that does not exist</p>"));
	cr_assert_null(strstr(b.ptr, "<tr id="));
	opp_buf_release(&b);
	/* Every case readable: Vandaag says nothing of it. */
	s2.n = 1;
	cr_assert_eq(opp_site_page(&b, &s2, "/vandaag", no_arg, NULL), 200);
	cr_assert_null(strstr(b.ptr, "onleesbaar"));
	opp_buf_release(&b);
}

/* The source view: one row per line, each with the anchor the links
 * point at and its number, the text escaped by the html writer (a tag
 * in the file is text on the page), bytes that are no UTF-8 replaced,
 * control characters dropped, no script; only under /casus/N/bron. */
Test(site, source_view_with_line_anchors)
{
	static const char text[] = "opp: 1\nleerling: {naam: \"<script>alert(1)</script>\"}\n"
	                           "# \xff\x01 & 'x'\r\n\n\tlaatste";
	struct opp_diags dd;
	struct opp_doc *x = check_yaml(text, "2027-01-05", &cfg, &dd);
	struct opp_site_case one = {"c/x.yaml", x, &dd, text, strlen(text), NULL, &cfg};
	struct opp_site s1 = {.cases = &one, .n = 1, .today = day("2027-01-05")};
	struct opp_buf b = OPP_BUF_INIT;
	static const char *const bad[] = {"/casus/0/bron/", "/casus/0/bron/1", "/casus/1/bron",
	                                  "/casus/0/bronx"};

	cr_assert_eq(opp_site_page(&b, &s1, "/casus/0/bron", no_arg, NULL), 200);
	cr_assert_not_null(strstr(b.ptr, "<h1>Bron: c/x.yaml</h1>"));
	cr_assert_not_null(strstr(b.ptr, "<a href=\"/casus/0\">terug naar de casus</a>"));
	cr_assert_not_null(strstr(b.ptr, "<tr id=\"regel-1\"><td class=\"r\">1</td><td>opp: 1</td></tr>"),
	                   "%s", b.ptr);
	cr_assert_not_null(strstr(b.ptr, "<tr id=\"regel-2\"><td class=\"r\">2</td><td>leerling: {naam: "
	                                 "&quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;}</td></tr>"),
	                   "%s", b.ptr);
	cr_assert_not_null(strstr(b.ptr, "<td># \xef\xbf\xbd &amp; &#39;x&#39;</td>"),
	                   "U+FFFD, no \\x01, no \\r");
	cr_assert_not_null(strstr(b.ptr, "<tr id=\"regel-4\"><td class=\"r\">4</td><td></td></tr>"));
	cr_assert_not_null(strstr(b.ptr, "<tr id=\"regel-5\"><td class=\"r\">5</td><td>\tlaatste</td></tr>"));
	cr_assert_null(strstr(b.ptr, "regel-6"), "five lines, five rows");
	cr_assert_null(strstr(b.ptr, "<script"), "the file's tag is text, not a script");
	opp_buf_reset(&b);
	for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++) {
		cr_assert_eq(opp_site_page(&b, &s1, bad[i], no_arg, NULL), 404, "%s", bad[i]);
		opp_buf_reset(&b);
	}
	/* The Casus page links to it. */
	cr_assert_eq(opp_site_page(&b, &s1, "/casus/0", no_arg, NULL), 200);
	cr_assert_not_null(strstr(b.ptr, "<a href=\"/casus/0/bron\">de bron, met regelnummers</a>"));
	opp_buf_release(&b);
	if (x)
		opp_doc_free(x);
	opp_diags_release(&dd);
}

/* Vandaag: each due item links to its case and to its line in the
 * source view (the afspraak on line 7), never a line number as text. */
Test(site, vandaag_links_the_line)
{
	static const char text[] =
	        "opp: 1\nleerling: {naam: Bo}\nregie: {opp: ib}\nbetrokkenen:\n"
	        "  - {id: ib, naam: Ilse Bakker, rol: intern-begeleider}\n"
	        "afspraken:\n  - {id: bellen, wat: Belt de ouders, wie: ib, uiterlijk: 2026-12-01}\n";
	struct opp_diags dd;
	struct opp_doc *bo = check_yaml(text, "2027-01-05", &cfg, &dd);
	struct opp_site_case two[2] = {cases[0], {"b/bo.yaml", bo, &dd, text, strlen(text), NULL, &cfg}};
	struct opp_site s2 = {.cases = two, .n = 2, .today = day("2027-01-05")};
	const char *kv[] = {"wie", "ib", NULL};
	struct opp_buf b = OPP_BUF_INIT;
	const char *at;

	cr_assert_not_null(bo);
	cr_assert_eq(opp_site_page(&b, &s2, "/vandaag", args, kv), 200);
	at = strstr(b.ptr, "Belt de ouders");
	cr_assert(at && strstr(at,
	                       "<a href=\"/casus/1\">Bo</a> (<a href=\"/casus/1/bron#regel-7\">regel 7</a>)"),
	          "%s", b.ptr);
	cr_assert_null(strstr(b.ptr, "(regel "), "no line as plain text");
	opp_buf_release(&b);
	opp_doc_free(bo);
	opp_diags_release(&dd);
}
