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
