/*
 * test_render — the case document (documents/render.c) and the sink it
 * is written through (output/sink.c, md.c, html.c, text.c): the order of
 * the sections, values escaped for each format, free text contained
 * (md) or made safe (html), tables and their alignment, the totals per
 * funder rounded to the cent, and the sink's own promises: buffers
 * handed over when full, a failed write reported, field lists that close
 * themselves, links only to safe schemes, text tables fitted to a width.
 */
#include <stdio.h>
#include <stdlib.h>

#include "base/present.h"
#include "base/utf8.h"
#include "documents/render.h"
#include "helpers.h"
#include "output/sink.h"

#define CASE                                                                                                 \
	"opp: 1\n"                                                                                           \
	"leerling:\n"                                                                                        \
	"  naam: \"Sam | <de> Vries\"\n"                                                                     \
	"  school: De Linde\n"                                                                               \
	"regie:\n"                                                                                           \
	"  opp: ib\n"                                                                                        \
	"betrokkenen:\n"                                                                                     \
	"  - id: ib\n"                                                                                       \
	"    naam: Ilse Bakker\n"                                                                            \
	"    rol: intern-begeleider\n"                                                                       \
	"  - id: ouders\n"                                                                                   \
	"    naam: Ouders de Vries\n"                                                                        \
	"    rol: ouders\n"                                                                                  \
	"integratief_beeld: |\n"                                                                             \
	"  # Kop in de tekst\n"                                                                              \
	"  <script>alert(1)</script>\n"                                                                      \
	"  ```\n"                                                                                            \
	"  een fence die nooit sluit\n"                                                                      \
	"doelen:\n"                                                                                          \
	"  - id: lezen\n"                                                                                    \
	"    doel: Ik lees een boek\n"                                                                       \
	"    termijn: 2026-11-01\n"                                                                          \
	"arrangement:\n"                                                                                     \
	"  - id: rt\n"                                                                                       \
	"    doelen: [lezen]\n"                                                                              \
	"    wat: Remedial teaching\n"                                                                       \
	"    wie: ib\n"                                                                                      \
	"    bekostiging: {door: school, grondslag: basisondersteuning, status: toegekend, bedrag: "         \
	"1250.005}\n"                                                                                        \
	"  - id: ab\n"                                                                                       \
	"    doelen: [lezen]\n"                                                                              \
	"    wat: Ambulante begeleiding\n"                                                                   \
	"    wie: ib\n"                                                                                      \
	"    bekostiging: {door: swv, grondslag: arrangement-swv, status: aangevraagd}\n"                    \
	"  - id: extra\n"                                                                                    \
	"    doelen: [lezen]\n"                                                                              \
	"    wat: Extra\n"                                                                                   \
	"    wie: ib\n"                                                                                      \
	"    bekostiging: {door: school, grondslag: basisondersteuning, status: toegekend, bedrag: 0.004}\n"

static struct opp_config cfg;
static struct opp_doc *doc;

static void
setup(void)
{
	struct opp_diags d;

	opp_config_defaults(&cfg);
	opp_diags_init(&d);
	doc = opp_doc_load("t.yaml", CASE, strlen(CASE), &cfg, &d);
	cr_assert_not_null(doc);
	opp_diags_release(&d);
}

static void
teardown(void)
{
	opp_doc_free(doc);
	opp_config_release(&cfg);
}

static char *
render(const struct opp_writer *w)
{
	struct opp_render_opts o = {.today = day("2026-12-01"), .cfg = &cfg};
	struct opp_buf b = OPP_BUF_INIT;

	opp_render(&b, w, doc, &o);
	return opp_buf_detach(&b, NULL);
}

TestSuite(render, .init = setup, .fini = teardown);

Test(render, sections_in_step_order)
{
	static const char *const sections[] = {
	        "# Ontwikkelingsperspectiefplan (OPP)",
	        "## 1. Leerling en regie",
	        "## 2. Betrokkenen",
	        "## 3. Waarnemen (stap 1)",
	        "## 4. Overleggen",
	        "## 5. Ondersteuningsbehoeften",
	        "## 6. Integratief beeld (stap 5)",
	        "## 7. Doelen",
	        "## 8. Arrangement",
	        "## 9. Afspraken",
	        "## 10. Uitstroomperspectief",
	        "## 11. Evaluatie",
	        "## 12. Ondertekening",
	};
	char *md = render(&opp_writer_md);
	const char *p = md;

	for (size_t i = 0; i < sizeof(sections) / sizeof(*sections); i++) {
		const char *q = strstr(p, sections[i]);
		cr_assert_not_null(q, "'%s' after the one before", sections[i]);
		p = q;
	}
	cr_assert(strstr(md, "- **Stand op 1 december 2026:** stap "), "the header's first field");
	cr_assert(strstr(md, "- **Termijn:** 1 november 2026\n"));
	cr_assert(strstr(md, "- **Stand:** lopend, termijn verstreken\n"), "overdue as of today");
	free(md);
}

Test(render, values_escaped_per_format)
{
	char *md = render(&opp_writer_md), *html = render(&opp_writer_html);

	cr_assert(strstr(md, "# Ontwikkelingsperspectiefplan (OPP) – Sam \\| \\<de\\> Vries\n"));
	cr_assert(strstr(html, "<title>Ontwikkelingsperspectiefplan (OPP) – Sam | &lt;de&gt; Vries</title>"));
	cr_assert_null(strstr(html, "<de>"));
	cr_assert(strstr(html, "<meta name=\"robots\" content=\"noindex\">"));
	cr_assert(strstr(html, "default-src 'none'"), "the page loads nothing");
	free(md);
	free(html);
}

Test(render, free_text_contained_and_safe)
{
	char *md = render(&opp_writer_md), *html = render(&opp_writer_html), *p;

	/* md: a block quote holds it, the open fence ends with it. */
	cr_assert(strstr(
	        md,
	        "> # Kop in de tekst\n> <script>alert(1)</script>\n> ```\n> een fence die nooit sluit\n"));
	p = strstr(md, "> een fence die nooit sluit\n");
	cr_assert(strstr(p, "\n## 7. Doelen"), "the next section is a heading again");
	/* html: cmark in safe mode, its heading below the document's h3 */
	cr_assert_null(strstr(html, "<script>"));
	cr_assert(strstr(html, "<div class=\"tekst\">\n<h4>Kop in de tekst</h4>"));
	free(md);
	free(html);
}

Test(render, tables_aligned_and_totals_to_the_cent)
{
	struct opp_funder_total t[OPP_FIN_COUNT + 1];
	char *md = render(&opp_writer_md), *html = render(&opp_writer_html);

	opp_render_totals(doc, t);
	cr_assert_eq(t[OPP_FIN_SCHOOL].items, 2);
	cr_assert_eq(t[OPP_FIN_SCHOOL].cents, 125001, "each bedrag rounded first: 1250.01 + 0.00");
	cr_assert_eq(t[OPP_FIN_SWV].items, 1);
	cr_assert_eq(t[OPP_FIN_SWV].without, 1);
	cr_assert_eq(t[OPP_FIN_COUNT].items, 3);
	cr_assert_eq(t[OPP_FIN_COUNT].without, 1);
	cr_assert(strstr(md, "| Nr | Inzet | Voor doel | Wie | Periode | Bekostiging | Status | Bedrag |\n"
	                     "|---:|---|---|---|---|---|---|---:|\n"));
	cr_assert(strstr(md, "| school | 2 | € 1.250,01 |\n"));
	cr_assert(strstr(md, "| samenwerkingsverband | 1 | niet opgegeven |\n"));
	cr_assert(strstr(md, "| Totaal | 3 | € 1.250,01 (+ 1 zonder bedrag) |\n"));
	cr_assert(strstr(html, "<table class=\"totalen\">\n<thead><tr><th scope=\"col\">Financier</th>"
	                       "<th scope=\"col\" class=\"r\">Onderdelen</th>"));
	cr_assert(strstr(html, "<td class=\"r\">€ 1.250,01</td>"));
	free(md);
	free(html);
}

Test(render, field_lists_close_themselves)
{
	char *html = render(&opp_writer_html);

	cr_assert(strstr(html, "</dd>\n</dl>\n<h2>1. Leerling en regie</h2>"));
	cr_assert_null(strstr(html, "<dl>\n</dl>"), "no empty field list");
	cr_assert(strstr(html, "</body>\n</html>\n"));
	free(html);
}

Test(render, plain_text_is_plain)
{
	char *text = render(&opp_writer_text);

	cr_assert(strstr(text, "2. Betrokkenen\n--------------\n"), "underlined as wide as the heading");
	cr_assert(strstr(text, "Naam: Sam | <de> Vries\n"), "values as they are");
	cr_assert_null(strstr(text, "**"));
	cr_assert_null(strstr(text, "<table"));
	free(text);
}

/* ---- the sink itself ----------------------------------------------------- */

struct chunks {
	size_t n, biggest, total, fail_after;
	struct opp_buf all;
};

static bool
collect(void *ctx, const char *data, size_t len)
{
	struct chunks *c = ctx;

	c->n++;
	c->total += len;
	if (len > c->biggest)
		c->biggest = len;
	opp_buf_add(&c->all, data, len);
	return !c->fail_after || c->n < c->fail_after;
}

static void
long_table(struct opp_sink *s, size_t rows)
{
	static const struct opp_sink_col cols[] = {{"a", OPP_ALIGN_LEFT, 0, false},
	                                           {"b", OPP_ALIGN_RIGHT, 0, false}};

	opp_sink_begin(s, &(struct opp_sink_page){.title = "t", .lang = "nl"});
	opp_sink_table_begin(s, &(struct opp_sink_table){NULL, 2, cols});
	for (size_t i = 0; i < rows; i++) {
		opp_sink_row_begin(s);
		opp_sink_cell(s, "een waarde die de rij wat langer maakt");
		opp_sink_cell(s, "12345");
		opp_sink_row_end(s);
	}
	opp_sink_table_end(s);
	opp_sink_end(s);
}

Test(sink, hands_over_full_buffers)
{
	struct chunks c = {.all = OPP_BUF_INIT};
	struct opp_buf whole = OPP_BUF_INIT;
	struct opp_sink *s = opp_sink_new(&opp_writer_html, collect, &c);

	long_table(s, 20000);
	cr_assert(opp_sink_close(s));
	cr_assert_gt(c.n, 10, "a long document comes in pieces (%zu)", c.n);
	cr_assert_lt(c.biggest, 65536 + 512, "no piece much over 64 KiB (%zu)", c.biggest);
	s = opp_sink_to_buf(&opp_writer_html, &whole);
	long_table(s, 20000);
	cr_assert(opp_sink_close(s));
	cr_assert_eq(whole.len, c.all.len);
	cr_assert(memcmp(whole.ptr, c.all.ptr, whole.len) == 0, "the pieces make the whole");
	opp_buf_release(&whole);
	opp_buf_release(&c.all);
}

Test(sink, a_failed_write_is_reported)
{
	struct chunks c = {.all = OPP_BUF_INIT, .fail_after = 2};
	struct opp_sink *s = opp_sink_new(&opp_writer_md, collect, &c);

	long_table(s, 20000);
	cr_assert_not(opp_sink_close(s));
	cr_assert_eq(c.n, 2, "nothing handed over after the failure");
	opp_buf_release(&c.all);
}

static char *
small(const struct opp_writer *w, void (*fn)(struct opp_sink *))
{
	struct opp_buf b = OPP_BUF_INIT;
	struct opp_sink *s = opp_sink_to_buf(w, &b);

	opp_sink_begin(s, &(struct opp_sink_page){.title = "t", .lang = "nl", .width = 30});
	fn(s);
	opp_sink_end(s);
	cr_assert(opp_sink_close(s));
	return opp_buf_detach(&b, NULL);
}

static void
lists(struct opp_sink *s)
{
	opp_sink_list_begin(s, false);
	opp_sink_item(s, "1. geen nieuwe lijst");
	opp_sink_list_end(s);
	opp_sink_field(s, "Veld", "waarde");
	opp_sink_list_begin(s, true);
	opp_sink_item(s, "eerste");
	opp_sink_item(s, "tweede");
	opp_sink_list_end(s);
	opp_sink_list_begin(s, false);
	opp_sink_item(s, "na velden");
	opp_sink_list_end(s);
}

Test(sink, markdown_lists_never_merge)
{
	char *md = small(&opp_writer_md, lists);

	cr_assert_str_eq(md, "- 1\\. geen nieuwe lijst\n"
	                     "\n"
	                     "- **Veld:** waarde\n"
	                     "\n"
	                     "1. eerste\n"
	                     "2. tweede\n"
	                     "\n"
	                     "* na velden\n");
	free(md);
}

static void
links(struct opp_sink *s)
{
	opp_sink_para_begin(s);
	opp_sink_link(s, "https://example.org/a?b=1", "site");
	opp_sink_punct(s, " ");
	opp_sink_link(s, "javascript:alert(1)", "klik");
	opp_sink_punct(s, " ");
	opp_sink_emph(s, "nadruk");
	opp_sink_punct(s, " ");
	opp_sink_time(s, "2026-12-01", "1 december");
	opp_sink_para_end(s);
}

Test(sink, inline_content)
{
	char *md = small(&opp_writer_md, links), *html = small(&opp_writer_html, links),
	     *text = small(&opp_writer_text, links);

	cr_assert_str_eq(md, "[site](https://example.org/a?b=1) klik *nadruk* 1 december\n");
	cr_assert(strstr(html, "<p><a href=\"https://example.org/a?b=1\">site</a> klik <em>nadruk</em> "
	                       "<time datetime=\"2026-12-01\">1 december</time></p>\n"));
	cr_assert_null(strstr(html, "javascript"), "no unsafe link target");
	cr_assert_str_eq(text, "site <https://example.org/a?b=1> klik nadruk 1 december\n");
	free(md);
	free(html);
	free(text);
}

static void
fitted(struct opp_sink *s)
{
	static const struct opp_sink_col cols[] = {
	        {"bestand", OPP_ALIGN_LEFT, 8, true},
	        {"naam", OPP_ALIGN_LEFT, 4, false},
	        {"n", OPP_ALIGN_RIGHT, 0, false},
	};

	opp_sink_table_begin(s, &(struct opp_sink_table){NULL, 3, cols});
	opp_sink_row_begin(s);
	opp_sink_cell(s, "map/sub/aaron.yaml");
	opp_sink_cell(s, "Aaron Bakker");
	opp_sink_cell(s, "7");
	opp_sink_row_end(s);
	opp_sink_row_begin(s);
	opp_sink_cell(s, "b.yaml");
	opp_sink_cell_span(s, "fout: dit bestand laadt niet, een lange reden");
	opp_sink_row_end(s);
	opp_sink_table_end(s);
}

Test(sink, text_tables_fit_the_width)
{
	char *text = small(&opp_writer_text, fitted);

	/* 30 columns from 35: the widest shrinkable column (the path, 18)
	 * gives up five and keeps its end, the count stays right-aligned,
	 * the error takes the 15 columns left after the path, no line ends
	 * in a blank. */
	cr_assert_str_eq(text,
	                 "bestand        naam          n\n"
	                 "…b/aaron.yaml  Aaron Bakker  7\n"
	                 "b.yaml         fout: dit best…\n",
	                 "got:\n%s", text);
	for (char *line = text; *line; line = strchr(line, '\n') + 1)
		cr_assert_leq(opp_utf8_chars(line, (size_t)(strchr(line, '\n') - line)), 30);
	free(text);
}

static void
wide_and_narrow(struct opp_sink *s)
{
	static const struct opp_sink_col four[] = {
	        {"Naam", OPP_ALIGN_LEFT, 0, false},
	        {"Rol \"x\"", OPP_ALIGN_LEFT, 0, false},
	        {"Wat", OPP_ALIGN_LEFT, 0, false},
	        {"Bedrag", OPP_ALIGN_RIGHT, 0, false},
	};

	opp_sink_table_begin(s, &(struct opp_sink_table){"inzet", 4, four});
	opp_sink_row_begin(s);
	opp_sink_cell(s, "Ilse");
	opp_sink_cell(s, "ouder");
	opp_sink_cell(s, NULL);
	opp_sink_cell(s, "€ 5,00");
	opp_sink_row_end(s);
	opp_sink_table_end(s);
	opp_sink_table_begin(s, &(struct opp_sink_table){NULL, 2, four});
	opp_sink_row_begin(s);
	opp_sink_cell(s, "Ilse");
	opp_sink_cell(s, "ouder");
	opp_sink_row_end(s);
	opp_sink_table_end(s);
}

/* Pages that fit (tests/browser checks them in a browser): every table
 * in a box of its own that scrolls, never the page; a table of four or
 * more columns a card per row on a phone, each cell labelled with its
 * column's name (escaped); a narrower one stays a table. */
Test(sink, html_tables_fit_a_phone)
{
	char *html = small(&opp_writer_html, wide_and_narrow);

	cr_assert(strstr(html, "<div class=\"tabel\">\n<table class=\"inzet kaart\">\n<thead><tr>"), "%s",
	          html);
	cr_assert(strstr(
	        html,
	        "<tr><td data-label=\"Naam\">Ilse</td><td data-label=\"Rol &quot;x&quot;\">ouder</td>"
	        "<td data-label=\"Wat\"></td><td data-label=\"Bedrag\" class=\"r\">€ 5,00</td></tr>\n"));
	cr_assert(strstr(html, "</tbody>\n</table>\n</div>\n<div class=\"tabel\">\n<table>\n<thead>"),
	          "two columns: no cards");
	cr_assert(strstr(html, "<tr><td>Ilse</td><td>ouder</td></tr>"));
	/* the style sheet that makes them so, and lets figures scale */
	cr_assert(strstr(html, ".tabel{overflow-x:auto;max-width:100%}"));
	cr_assert(strstr(html, "@media screen and (max-width:40em){"));
	cr_assert(strstr(html, "content:attr(data-label)"));
	cr_assert(strstr(html, "img,svg,video,canvas{max-width:100%;height:auto}"));
	cr_assert(strstr(html, "@media print{.tabel{overflow:visible;max-height:none}}"));
	free(html);
}

/* ---- charts and numbers -------------------------------------------------- */

static void
write_chart(const struct opp_writer *w, struct opp_buf *out, const char *title)
{
	static const struct opp_chart_point pts[] = {{100, 2}, {110, 5}};
	struct opp_chart c = {"g-1", title, "uitleg", true, {{90, 0}, {130, 10}}, pts, 2, NULL, 0, 120};
	struct opp_sink *s = opp_sink_to_buf(w, out);

	opp_sink_begin(s, &(struct opp_sink_page){.title = "t"});
	opp_sink_para(s, "voor");
	opp_sink_chart(s, &c);
	opp_sink_para(s, "na");
	opp_sink_end(s);
	cr_assert(opp_sink_close(s));
}

Test(sink, a_chart_is_drawn_in_html_only)
{
	struct opp_buf md = OPP_BUF_INIT, text = OPP_BUF_INIT, html = OPP_BUF_INIT;

	write_chart(&opp_writer_md, &md, "Voortgang");
	write_chart(&opp_writer_text, &text, "Voortgang");
	write_chart(&opp_writer_html, &html, "Voortgang <&> \"x\"");
	cr_assert_str_eq(md.ptr, "voor\n\nna\n", "md: the document's table carries the numbers");
	cr_assert_null(strstr(text.ptr, "svg"));
	cr_assert_not_null(
	        strstr(html.ptr, "<figure class=\"grafiek\">\n<svg xmlns=\"http://www.w3.org/2000/svg\""));
	cr_assert_not_null(
	        strstr(html.ptr, "<title id=\"g-1-titel\">Voortgang &lt;&amp;&gt; &quot;x&quot;</title>"),
	        "the title escaped: %s", html.ptr);
	cr_assert_eq(strstr(html.ptr, "class=\"meting\"") != NULL, true);
	cr_assert_null(strstr(html.ptr, "<script"));
	opp_buf_release(&md);
	opp_buf_release(&text);
	opp_buf_release(&html);
}

Test(sink, an_empty_chart_is_an_empty_frame)
{
	/* No line, no points, no marks: a frame and no division by zero. */
	struct opp_chart c = {"g", "t", "d", false, {{0, 0}, {0, 0}}, NULL, 0, NULL, 0, -1};
	struct opp_buf b = OPP_BUF_INIT;

	opp_svg_chart(&b, &c);
	cr_assert_null(strstr(b.ptr, "nan"), "%s", b.ptr);
	cr_assert_null(strstr(b.ptr, "inf"), "%s", b.ptr);
	cr_assert_not_null(strstr(b.ptr, "<rect"));
	opp_buf_release(&b);
}

Test(render, numbers_in_dutch)
{
	static const struct {
		double v;
		const char *want;
	} cases[] = {{12, "12"},    {8.5, "8,5"},    {1.0 / 3, "0,33"}, {-2, "-2"},
	             {-0.001, "0"}, {0.005, "0,01"}, {1234.5, "1234,5"}};

	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		struct opp_buf b = OPP_BUF_INIT;
		opp_present_number(&b, cases[i].v);
		cr_assert_str_eq(b.ptr, cases[i].want, "%g", cases[i].v);
		opp_buf_release(&b);
	}
}
