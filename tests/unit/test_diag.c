/*
 * test_diag — the findings list (adding, sorting, counting) and its four
 * formats (text with excerpt, json, github, sarif), reached through the
 * table of output formats (output/formats.h) as `opp validate` does:
 * positions, severities and rule names where each format puts them, the
 * comma convention of json and sarif, and escaping of hostile messages
 * and file names.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "format/diag.h"
#include "helpers.h"
#include "output/formats.h"

static struct opp_diags D;

static void
setup(void)
{
	opp_diags_init(&D);
}

static void
teardown(void)
{
	opp_diags_release(&D);
}

static struct opp_pos
at(uint32_t line, uint32_t col)
{
	return (struct opp_pos){.line = line, .col = col};
}

/* One file's findings in format name, as `opp validate` writes them. */
static char *
formatted(const char *name, const char *file, const char *src)
{
	const struct opp_format *f = opp_format_find(name, OPP_FOR_FINDINGS);
	struct opp_findings_state st = {.first = true, .src = src, .srclen = src ? strlen(src) : 0};
	struct opp_buf b = OPP_BUF_INIT;

	cr_assert_not_null(f, "%s is a findings format", name);
	cr_assert_not_null(f->findings);
	st.style.excerpt = src != NULL;
	f->findings(&b, file, &D, &st);
	return opp_buf_detach(&b, NULL);
}

TestSuite(diags, .init = setup, .fini = teardown);

Test(diags, add_sort_count)
{
	opp_diags_add(&D, OPP_RULE_REF, OPP_SEV_ERROR, at(9, 3), "third %s", "c");
	opp_diags_add(&D, OPP_RULE_SCHEMA, OPP_SEV_WARNING, at(2, 7), "second");
	opp_diags_add(&D, OPP_RULE_REGIE, OPP_SEV_ERROR, at(2, 1), "first");
	opp_diags_add(&D, OPP_RULE_VERSLAG, OPP_SEV_ERROR, at(2, 7), "second, added later");
	cr_assert_eq(D.n, 4);
	cr_assert_str_eq(D.v[0].msg, "third c", "printf-style");
	opp_diags_sort(&D);
	cr_assert_str_eq(D.v[0].msg, "first");
	cr_assert_str_eq(D.v[1].msg, "second");
	cr_assert_str_eq(D.v[2].msg, "second, added later", "equal positions keep their order");
	cr_assert_str_eq(D.v[3].msg, "third c");
	cr_assert_eq(opp_diags_count(&D, OPP_SEV_ERROR), 3);
	cr_assert_eq(opp_diags_count(&D, OPP_SEV_WARNING), 1);
	opp_diags_clear(&D);
	cr_assert_eq(D.n, 0);
	cr_assert_eq(opp_diags_count(&D, OPP_SEV_ERROR), 0);
}

Test(diags, text_with_excerpt_and_caret)
{
	char *s;

	opp_diags_add(&D, OPP_RULE_REF, OPP_SEV_ERROR, at(2, 7), "unknown id 'x'");
	s = formatted("text", "a.yaml", "opp: 1\nwie:  x\n");
	cr_assert_str_eq(s, "a.yaml:2:7: error: unknown id 'x' [ref]\n"
	                    "    2 | wie:  x\n"
	                    "      |       ^\n");
	free(s);
	/* Without the source (a pipe), only the line; a warning says so. */
	D.v[0].sev = OPP_SEV_WARNING;
	s = formatted("text", "a.yaml", NULL);
	cr_assert_str_eq(s, "a.yaml:2:7: warning: unknown id 'x' [ref]\n");
	free(s);
}

Test(diags, excerpt_counts_characters_not_bytes)
{
	char *s;

	opp_diags_add(&D, OPP_RULE_SCHEMA, OPP_SEV_ERROR, at(1, 4), "m");
	s = formatted("text", "é.yaml", "ééé x\n");
	cr_assert(strstr(s, "\n      |    ^\n"), "three characters before the caret: %s", s);
	free(s);
}

Test(diags, json_objects_and_commas)
{
	const struct opp_format *f = opp_format_find("json", OPP_FOR_FINDINGS);
	struct opp_findings_state st = {.first = true};
	struct opp_buf b = OPP_BUF_INIT;

	opp_diags_add(&D, OPP_RULE_SCHEMA, OPP_SEV_WARNING, at(3, 5), "a \"quoted\"\nmessage");
	f->findings(&b, "x.yaml", &D, &st);
	cr_assert_not(st.first, "something was written");
	cr_assert_str_eq(b.ptr,
	                 "\n    {\"file\": \"x.yaml\", \"line\": 3, \"column\": 5, \"severity\": "
	                 "\"warning\", \"rule\": \"schema\", \"message\": \"a \\\"quoted\\\"\\nmessage\"}");
	/* A second file continues the array with a comma. */
	f->findings(&b, "y.yaml", &D, &st);
	cr_assert(strstr(b.ptr, "},\n    {\"file\": \"y.yaml\""));
	opp_buf_release(&b);
	/* No findings: nothing, and still first. */
	opp_diags_clear(&D);
	st.first = true;
	f->findings(&b, "z.yaml", &D, &st);
	cr_assert_eq(b.len, 0);
	cr_assert(st.first);
	opp_buf_release(&b);
}

Test(diags, github_annotations_escape_properties)
{
	static const char want[] = "::error file=map%2Ca%3Ab.yaml,line=12,col=1,title=ondertekening::100%25 "
	                           "kapot:%0Anu [ondertekening]\n";
	char *s;

	opp_diags_add(&D, OPP_RULE_ONDERTEKENING, OPP_SEV_ERROR, at(12, 1), "%s", "100% kapot:\nnu");

	s = formatted("github", "map,a:b.yaml", NULL);
	cr_assert(strcmp(s, want) == 0, "got: %s", s);
	free(s);
}

Test(diags, sarif_results)
{
	char *s;

	opp_diags_add(&D, OPP_RULE_VERSLAG, OPP_SEV_ERROR, at(0, 0), "no position");
	s = formatted("sarif", "a.yaml", NULL);
	cr_assert(strstr(s, "{\"ruleId\": \"verslag\", \"ruleIndex\": "));
	cr_assert(strstr(s, "\"level\": \"error\""));
	cr_assert(strstr(s, "\"uri\": \"a.yaml\""));
	cr_assert(strstr(s, "\"startLine\": 1, \"startColumn\": 1"), "SARIF regions start at 1");
	free(s);
}

/* ---- the table of formats ------------------------------------------------ */

Test(formats, kinds_decide_what_a_command_takes)
{
	struct opp_buf b = OPP_BUF_INIT;

	cr_assert_not_null(opp_format_find("github", OPP_FOR_FINDINGS));
	cr_assert_null(opp_format_find("github", OPP_FOR_DUE), "due has no annotations");
	cr_assert_not_null(opp_format_find("tsv", OPP_FOR_DUE));
	cr_assert_null(opp_format_find("xlsx", OPP_FOR_DOCUMENT), "agenda: no workbook");
	cr_assert_eq(opp_format_find("xlsx", OPP_FOR_DOCUMENT | OPP_FOR_WORKBOOK)->id, OPP_FORMAT_XLSX);
	cr_assert(opp_formats[OPP_FORMAT_XLSX].binary);
	cr_assert_null(opp_format_find(NULL, ~0u));
	cr_assert_null(opp_format_find("pdf", ~0u));
	for (int i = 0; i < OPP_FORMAT_COUNT; i++) {
		cr_assert_eq(opp_formats[i].id, i, "indexed by id");
		if (opp_formats[i].kind & OPP_FOR_DOCUMENT)
			cr_assert_not_null(opp_formats[i].sink, "%s: a document format has a writer",
			                   opp_formats[i].name);
		if (opp_formats[i].kind & OPP_FOR_FINDINGS)
			cr_assert_not_null(opp_formats[i].findings, "%s", opp_formats[i].name);
	}
	opp_format_names(&b, OPP_FOR_FINDINGS, NULL);
	cr_assert_str_eq(b.ptr, "text, json, github or sarif");
	opp_buf_reset(&b);
	opp_format_names(&b, OPP_FOR_DOCUMENT, NULL);
	cr_assert_str_eq(b.ptr, "md or html");
	opp_buf_reset(&b);
	opp_format_names(&b, OPP_FOR_HISTORY, NULL);
	cr_assert_str_eq(b.ptr, "text or json", "log and diff");
	opp_buf_reset(&b);
	opp_format_names(&b, OPP_FOR_DOCUMENT | OPP_FOR_WORKBOOK, " ");
	cr_assert_str_eq(b.ptr, "md html xlsx");
	opp_buf_release(&b);
}

Test(formats, extension_of_an_output_name)
{
	unsigned doc = OPP_FOR_DOCUMENT | OPP_FOR_WORKBOOK;

	cr_assert_eq(opp_format_for_path("out/plan.htm", doc)->id, OPP_FORMAT_HTML);
	cr_assert_eq(opp_format_for_path("plan.markdown", doc)->id, OPP_FORMAT_MD);
	cr_assert_eq(opp_format_for_path("plan.xlsx", doc)->id, OPP_FORMAT_XLSX);
	cr_assert_null(opp_format_for_path("plan.xlsx", OPP_FOR_DOCUMENT));
	cr_assert_null(opp_format_for_path("plan.pdf", doc));
	cr_assert_null(opp_format_for_path("v1.0/plan", doc), "a dot in a folder is no extension");
	cr_assert_null(opp_format_for_path("plan.", doc));
	cr_assert_null(opp_format_for_path(NULL, doc));
}

/* ---- hostile file names and messages, formatted directly ----------------
 * One finding is one line in text and GitHub output, with no control or
 * bidi character; JSON and SARIF stay valid for file names that are not
 * UTF-8; SARIF uris are percent-encoded. */

static void
one(struct opp_diags *d, const char *msg)
{
	opp_diags_init(d);
	opp_diags_add(d, OPP_RULE_SCHEMA, OPP_SEV_ERROR, (struct opp_pos){3, 5}, "%s", msg);
}

static size_t
nlines(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += *s == '\n';
	return n;
}

static bool
has_unsafe(const char *s)
{
	return strchr(s, '\x1b') || strchr(s, '\r') || strstr(s, "\xE2\x80\xAE") || strstr(s, "\xC2\x9B");
}

Test(diag, text_is_one_clean_line_per_finding)
{
	struct opp_diag_style st = {false, false};
	struct opp_buf b = OPP_BUF_INIT;
	struct opp_diags d;

	one(&d, "unknown key 'a\x1b]8;;http://x\x1b\\\nt.yaml:9:9: error: forged' \xE2\x80\xAEsi\xC2\x9B");
	opp_diag_text(&b, "dir\n/t\x1b[2J.yaml", &d, NULL, 0, &st);
	cr_expect_eq(nlines(b.ptr), 1, "%s", b.ptr);
	cr_expect(!has_unsafe(b.ptr), "%s", b.ptr);
	cr_expect_str_eq(b.ptr, "dir /t[2J.yaml:3:5: error: unknown key 'a]8;;http://x\\ t.yaml:9:9: error: "
	                        "forged' si [schema]\n");
	opp_buf_release(&b);
	opp_diags_release(&d);
}

/* The text finding with its excerpt, for a finding at line:col of src. */
static void
expect_excerpt(const char *src, unsigned line, unsigned col, const char *want)
{
	struct opp_diag_style st = {true, false};
	struct opp_buf b = OPP_BUF_INIT;
	struct opp_diags d;

	one(&d, "m");
	d.v[0].pos = (struct opp_pos){line, col};
	opp_diag_text(&b, "t.yaml", &d, src, strlen(src), &st);
	cr_expect_str_eq(b.ptr, want);
	opp_buf_release(&b);
	opp_diags_release(&d);
}

Test(diag, excerpt_without_controls_caret_in_place)
{
	expect_excerpt("a: 1\nb: 2\n\x1b[2Jk\xE2\x80\xAE: x\n", 3, 7,
	               "t.yaml:3:7: error: m [schema]\n"
	               "    3 | [2Jk: x\n"
	               "      |     ^\n");
}

Test(diag, excerpt_of_a_file_with_cr_line_ends)
{
	expect_excerpt("a: 1\rb: [\rc: 3\r", 2, 4,
	               "t.yaml:2:4: error: m [schema]\n"
	               "    2 | b: [\n"
	               "      |    ^\n");
}

Test(diag, github_one_command_per_finding)
{
	struct opp_buf b = OPP_BUF_INIT;
	struct opp_diags d;

	one(&d, "key 'a\x1b[2J\n::error file=x::forged'");
	opp_diag_github(&b, "t\x1b.yaml", &d);
	cr_expect_eq(nlines(b.ptr), 1, "%s", b.ptr);
	cr_expect(!has_unsafe(b.ptr), "%s", b.ptr);
	cr_expect_str_eq(b.ptr, "::error file=t.yaml,line=3,col=5,title=schema::key 'a[2J%0A::error "
	                        "file=x::forged' [schema]\n");
	opp_buf_release(&b);
	opp_diags_release(&d);
}

Test(diag, json_of_a_name_that_is_not_utf8)
{
	struct opp_buf b = OPP_BUF_INIT;
	struct opp_diags d;
	bool first = true;

	one(&d, "m");
	opp_diag_json(&b, "caf\xe9.yaml", &d, &first);
	cr_expect(strstr(b.ptr, "\"file\": \"caf\\\\xE9.yaml\""), "%s", b.ptr);
	opp_buf_release(&b);
	opp_diags_release(&d);
}

Test(diag, sarif_uri_percent_encoded)
{
	struct opp_buf b = OPP_BUF_INIT;
	struct opp_diags d;
	bool first = true;

	one(&d, "m");
	opp_diag_sarif(&b, "map met spatie/Zoë #1%\xe9\".yaml", &d, &first);
	cr_expect(strstr(b.ptr, "\"uri\": \"map%20met%20spatie/Zo%C3%AB%20%231%25%E9%22.yaml\""), "%s",
	          b.ptr);
	opp_buf_release(&b);
	opp_diags_release(&d);
}

/* ---- root causes -------------------------------------------------------- */

static void
about(enum opp_about a, const char *subject, int rule, uint32_t line, const char *msg)
{
	opp_diags_add(&D, rule, OPP_SEV_ERROR, at(line, 1), "%s", msg);
	opp_diags_about(&D, a, subject);
}

/* The index, after sorting, of the finding at line. */
static size_t
on(uint32_t line)
{
	for (size_t i = 0; i < D.n; i++)
		if (D.v[i].pos.line == line)
			return i;
	cr_assert_fail("no finding at line %u", line);
	return 0;
}

Test(causes, misspelt_section_explains_what_needs_it, .init = setup, .fini = teardown)
{
	about(OPP_ABOUT_GOAL, "d1", OPP_RULE_REF, 3, "ref d1");
	about(OPP_ABOUT_GOAL, "d2", OPP_RULE_REF, 4, "ref d2");
	about(OPP_ABOUT_NEEDS, "doelen", OPP_RULE_VOLGORDE, 9, "no goals");
	about(OPP_ABOUT_NONE, NULL, OPP_RULE_VERSLAG, 5, "on its own");
	about(OPP_ABOUT_MISSPELT, "doelen", OPP_RULE_SCHEMA, 7, "doele");
	about(OPP_ABOUT_NEEDS, "behoeften", OPP_RULE_VOLGORDE, 8, "no behoeften: not the same section");
	opp_diags_sort(&D);
	cr_expect_eq(D.v[on(3)].cause, on(7));
	cr_expect_eq(D.v[on(4)].cause, on(7));
	cr_expect_eq(D.v[on(9)].cause, on(7));
	cr_expect_eq(D.v[on(5)].cause, OPP_NO_CAUSE);
	cr_expect_eq(D.v[on(8)].cause, OPP_NO_CAUSE);
	cr_expect_eq(D.v[on(7)].cause, OPP_NO_CAUSE);
	cr_expect_eq(D.v[on(7)].follows, 3);
}

Test(causes, misspelt_before_missing, .init = setup, .fini = teardown)
{
	about(OPP_ABOUT_MISSING, "betrokkenen", OPP_RULE_SCHEMA, 1, "missing");
	about(OPP_ABOUT_PERSON, "ib", OPP_RULE_REF, 4, "ref ib");
	about(OPP_ABOUT_PERSON, NULL, OPP_RULE_REF, 5, "a name");
	about(OPP_ABOUT_NONE, NULL, OPP_RULE_DEELNEMERS, 6, "no parents invited");
	about(OPP_ABOUT_MISSPELT, "betrokkenen", OPP_RULE_SCHEMA, 9, "betrokkene");
	opp_diags_sort(&D);
	for (uint32_t line = 1; line <= 6; line += line == 1 ? 3 : 1)
		cr_expect_eq(D.v[on(line)].cause, on(9), "line %u", line);
	cr_expect_eq(D.v[on(9)].follows, 4);
	/* Without the misspelling, the missing section is the cause. */
	opp_diags_clear(&D);
	about(OPP_ABOUT_MISSING, "betrokkenen", OPP_RULE_SCHEMA, 1, "missing");
	about(OPP_ABOUT_PERSON, "ib", OPP_RULE_REF, 4, "ref ib");
	about(OPP_ABOUT_NONE, NULL, OPP_RULE_DEELNEMERS, 6, "no parents invited");
	opp_diags_sort(&D);
	cr_expect_eq(D.v[on(4)].cause, on(1));
	cr_expect_eq(D.v[on(6)].cause, on(1));
}

/* A rule-wide row applies only when its section is absent: a deelnemers
 * finding with betrokkenen in place stands on its own. */
Test(causes, only_when_the_section_is_absent, .init = setup, .fini = teardown)
{
	about(OPP_ABOUT_NONE, NULL, OPP_RULE_DEELNEMERS, 6, "no parents invited");
	about(OPP_ABOUT_MISSPELT, "doelen", OPP_RULE_SCHEMA, 9, "doele");
	opp_diags_sort(&D);
	cr_expect_eq(D.v[on(6)].cause, OPP_NO_CAUSE);
	cr_expect_eq(D.v[on(9)].follows, 0);
}

Test(causes, first_use_of_an_unknown_id, .init = setup, .fini = teardown)
{
	about(OPP_ABOUT_PERSON, "ib", OPP_RULE_REF, 30, "third use");
	about(OPP_ABOUT_PERSON, "ib", OPP_RULE_REF, 10, "first use");
	about(OPP_ABOUT_PERSON, "lk", OPP_RULE_REF, 15, "another id");
	about(OPP_ABOUT_GOAL, "ib", OPP_RULE_REF, 16, "a goal of the same name");
	about(OPP_ABOUT_PERSON, "ib", OPP_RULE_REF, 20, "second use");
	about(OPP_ABOUT_PERSON, NULL, OPP_RULE_REF, 21, "a name");
	about(OPP_ABOUT_PERSON, NULL, OPP_RULE_REF, 22, "another name: names are never one id");
	opp_diags_sort(&D);
	cr_expect_eq(D.v[on(20)].cause, on(10));
	cr_expect_eq(D.v[on(30)].cause, on(10));
	cr_expect_eq(D.v[on(10)].follows, 2);
	for (uint32_t line = 15; line <= 22; line++)
		if (line == 15 || line == 16 || line == 21 || line == 22)
			cr_expect_eq(D.v[on(line)].cause, OPP_NO_CAUSE, "line %u", line);
}

/* Many references cost n log n: 50,000 uses of 50 ids link at once. */
Test(causes, many_references, .init = setup, .fini = teardown, .timeout = 10)
{
	char id[8];

	for (uint32_t i = 0; i < 50000; i++) {
		snprintf(id, sizeof(id), "p%u", i % 50);
		about(OPP_ABOUT_PERSON, id, OPP_RULE_REF, i + 1, "ref");
	}
	opp_diags_sort(&D);
	cr_expect_eq(D.v[0].follows, 999);
	cr_expect_eq(D.v[49999].cause, 49);
}

/* Text: the root cause first, its consequences as one line (in full with
 * `all`), then the rest; JSON keeps all, in order, with "related". */
Test(causes, text_and_json, .init = setup, .fini = teardown)
{
	char *t;

	about(OPP_ABOUT_NONE, NULL, OPP_RULE_VERSLAG, 2, "own");
	about(OPP_ABOUT_GOAL, "d1", OPP_RULE_REF, 3, "ref d1");
	about(OPP_ABOUT_GOAL, "d1", OPP_RULE_REF, 4, "ref d1 again");
	opp_diags_sort(&D);
	t = formatted("text", "f.yaml", NULL);
	cr_expect_str_eq(t, "f.yaml:3:1: error: ref d1 [ref]\n"
	                    "  and 1 finding that follows from it (in full with -v)\n"
	                    "f.yaml:2:1: error: own [verslag]\n");
	free(t);
	{
		struct opp_buf b = OPP_BUF_INIT;
		struct opp_diag_style st = {.all = true};
		opp_diag_text(&b, "f.yaml", &D, NULL, 0, &st);
		cr_expect_str_eq(b.ptr, "f.yaml:3:1: error: ref d1 [ref]\n"
		                        "  and 1 finding that follows from it:\n"
		                        "f.yaml:4:1: error: ref d1 again [ref]\n"
		                        "f.yaml:2:1: error: own [verslag]\n");
		opp_buf_release(&b);
	}
	t = formatted("json", "f.yaml", NULL);
	cr_expect(
	        strstr(t, "\"ref d1 again\", \"related\": {\"line\": 3, \"column\": 1, \"rule\": \"ref\"}}"),
	        "%s", t);
	cr_expect_eq(strstr(t, "\"own\", \"related\""), NULL);
	free(t);
}

/* An entry of a list that could not be read is not counted: it explains
 * the count that comes out too low, for that list only. */
Test(causes, broken_entry_explains_the_count, .init = setup, .fini = teardown)
{
	about(OPP_ABOUT_NEEDS, "waarneming.hypothesen", OPP_RULE_HYPOTHESEN, 5, "1 hypothesis");
	about(OPP_ABOUT_BROKEN, "waarneming.hypothesen", OPP_RULE_SCHEMA, 7, "': ' in a text");
	about(OPP_ABOUT_BROKEN, "waarneming.aanleiding", OPP_RULE_SCHEMA, 3, "another list");
	opp_diags_sort(&D);
	cr_expect_eq(D.v[on(5)].cause, on(7));
	cr_expect_eq(D.v[on(3)].follows, 0);
}
