/*
 * test_emit — YAML out of a document (lib/format/emit.c): text that a
 * plain scalar would read as something else (a key, a comment, yes, null,
 * a number, a date) or not read back at all (leading and trailing
 * spaces, controls, Unicode line breaks) is double-quoted with the
 * escapes YAML reads; multi-line text is a literal block when one keeps
 * it exactly, quoted otherwise; non-ASCII text stays as written. And on
 * every example and layout, the copy loads back to the same model
 * (every value, opp_doc_walk), gives the same findings and is its own
 * copy.
 */
#include <criterion/criterion.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format/emit.h"
#include "format/yaml.h"
#include "helpers.h"

#define HEAD                                                                                                 \
	"opp: 1\n"                                                                                           \
	"leerling:\n"                                                                                        \
	"  naam: Sam\n"                                                                                      \
	"  school: De Linde\n"                                                                               \
	"regie:\n"                                                                                           \
	"  opp: ib\n"                                                                                        \
	"betrokkenen:\n"                                                                                     \
	"  - id: ib\n"                                                                                       \
	"    naam: Bea\n"                                                                                    \
	"    rol: intern-begeleider\n"

/* The document of text (caller frees), which must load. */
static struct opp_doc *
load(const char *name, const char *text, size_t len)
{
	struct opp_diags d;
	struct opp_doc *doc;

	opp_diags_init(&d);
	doc = opp_doc_load(name, text, len, NULL, &d);
	cr_assert_not_null(doc, "%s does not load: %s", name, d.n ? d.v[0].msg : "");
	opp_diags_release(&d);
	return doc;
}

/* The copy opp_emit_yaml writes of text (caller frees). */
static char *
emit(const char *name, const char *text, size_t len)
{
	struct opp_doc *doc = load(name, text, len);
	struct opp_arena tree;
	struct opp_diags d;
	struct opp_node *root;
	struct opp_buf out = OPP_BUF_INIT;

	opp_arena_init(&tree);
	opp_diags_init(&d);
	root = opp_yaml_parse(&tree, text, len, &d);
	cr_assert_not_null(root, "%s: no tree", name);
	opp_emit_yaml(&out, doc, root, NULL, NULL);
	opp_arena_release(&tree);
	opp_diags_release(&d);
	opp_doc_free(doc);
	return opp_buf_detach(&out, NULL);
}

/* One value of a model as a line: where it belongs and what it holds (its
 * text, its typed value), not where it was written. */
static void
walk_line(void *ctx, const struct opp_shape *sh, const struct opp_field *f, const struct opp_val *v,
          bool pair_key)
{
	opp_buf_printf(ctx, "%s.%s%s=%s|%d|%.17g\n", sh->name ? sh->name : "", f->key ? f->key : "",
	               pair_key ? "#" : "", v->s ? v->s : "\x01", (int)v->i, v->n);
}

/* Every value of the model of text, in order (caller frees). */
static char *
model_of(const char *name, const char *text, size_t len)
{
	struct opp_doc *doc = load(name, text, len);
	struct opp_buf b = OPP_BUF_INIT;

	opp_doc_walk(doc, walk_line, &b);
	opp_doc_free(doc);
	return opp_buf_detach(&b, NULL);
}

/* The findings of text as of 2026-12-01, as "rule severity" lines in
 * order of rule (positions move in a copy: comments and x- keys go). */
static int
cmp_line(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *
findings_of(const char *text, size_t len)
{
	struct opp_diags d;
	struct opp_doc *doc;
	struct opp_buf b = OPP_BUF_INIT;
	char **lines;

	opp_diags_init(&d);
	doc = opp_validate("t.yaml", text, len, NULL, day("2026-12-01"), &d);
	lines = calloc(d.n + 1, sizeof(*lines));
	for (size_t i = 0; i < d.n; i++) {
		struct opp_buf l = OPP_BUF_INIT;
		opp_buf_printf(&l, "%s %d", opp_rules[d.v[i].rule].name, (int)d.v[i].sev);
		lines[i] = opp_buf_detach(&l, NULL);
	}
	qsort(lines, d.n, sizeof(*lines), cmp_line);
	for (size_t i = 0; i < d.n; i++) {
		opp_buf_printf(&b, "%s\n", lines[i]);
		free(lines[i]);
	}
	free(lines);
	opp_doc_free(doc);
	opp_diags_release(&d);
	if (!b.ptr)
		opp_buf_puts(&b, "");
	return opp_buf_detach(&b, NULL);
}

/* ---- tricky values ------------------------------------------------------ */

/* Each as written in a source (YAML), what it loads as, and how the
 * copy writes it as a list item of waarneming.hypothesen. */
static const struct {
	const char *src, *value, *emitted;
} texts[] = {
        /* what a plain scalar would lose or read as something else */
        {"\" voor\"", " voor", "\" voor\""},
        {"\"achter \"", "achter ", "\"achter \""},
        {"\"sleutel: waarde\"", "sleutel: waarde", "\"sleutel: waarde\""},
        {"\"a #geen commentaar\"", "a #geen commentaar", "\"a #geen commentaar\""},
        {"\"#begin\"", "#begin", "\"#begin\""},
        {"\"yes\"", "yes", "\"yes\""},
        {"\"no\"", "no", "\"no\""},
        {"\"null\"", "null", "\"null\""},
        {"\"~\"", "~", "\"~\""},
        {"\"123\"", "123", "\"123\""},
        {"\"1.5e3\"", "1.5e3", "\"1.5e3\""},
        {"\"0x1F\"", "0x1F", "\"0x1F\""},
        {"\"2026-12-01\"", "2026-12-01", "\"2026-12-01\""},
        {"\"- lijst\"", "- lijst", "\"- lijst\""},
        {"\"[a, b]\"", "[a, b]", "\"[a, b]\""},
        {"\"{a: b}\"", "{a: b}", "\"{a: b}\""},
        {"\"&anker *alias !tag\"", "&anker *alias !tag", "\"&anker *alias !tag\""},
        {"\"|\"", "|", "\"|\""},
        {"\"'enkel'\"", "'enkel'", "\"'enkel'\""},
        {"'zegt \"ja\"'", "zegt \"ja\"", "\"zegt \\\"ja\\\"\""},
        {"'a\\b'", "a\\b", "\"a\\\\b\""},
        /* non-ASCII: as written */
        {"Zoë Öztürk — ‘goed’ 😀", "Zoë Öztürk — ‘goed’ 😀", "\"Zoë Öztürk — ‘goed’ 😀\""},
        /* controls and what YAML would read as a line end: escaped */
        {"\"a\\tb\"", "a\tb", "\"a\\tb\""},
        {"\"a\\rb\"", "a\rb", "\"a\\rb\""},
        {"\"a\\x01b\"",
         "a\x01"
         "b",
         "\"a\\u0001b\""},
        {"\"a\\x7Fb\"",
         "a\x7F"
         "b",
         "\"a\\u007fb\""},
        {"\"a\\u0085b\"",
         "a\xC2\x85"
         "b",
         "\"a\\Nb\""},
        {"\"a\\u2028b\"",
         "a\xE2\x80\xA8"
         "b",
         "\"a\\Lb\""},
        {"\"a\\u2029b\"",
         "a\xE2\x80\xA9"
         "b",
         "\"a\\Pb\""},
        {"\"a\\u202Eb\"",
         "a\xE2\x80\xAE"
         "b",
         "\"a\\u202eb\""},
        /* multi-line: a literal block when it keeps the text exactly */
        {"\"een\\ntwee\\n\"", "een\ntwee\n", "|\n        een\n        twee"},
        {"\"een\\ntwee\"", "een\ntwee", "|-\n        een\n        twee"},
        {"\"\\neen\\n\\ntwee\"", "\neen\n\ntwee", "|-\n\n        een\n\n        twee"},
        {"\"  ingesprongen\\nregel\"", "  ingesprongen\nregel", "\"  ingesprongen\\nregel\""},
        {"\"spatie \\nachter\"", "spatie \nachter", "\"spatie \\nachter\""},
        {"\"tab\\t\\nregel\"", "tab\t\nregel", "\"tab\\t\\nregel\""},
        {"\"twee regels\\neinde\\n\\n\"", "twee regels\neinde\n\n", "\"twee regels\\neinde\\n\\n\""},
        {"\"crlf\\r\\nregel\"", "crlf\r\nregel", "\"crlf\\r\\nregel\""},
        {"\"regel\\u2028regel\\nx\"", "regel\xE2\x80\xA8regel\nx", "\"regel\\Lregel\\nx\""},
};

#define NTEXTS (sizeof(texts) / sizeof(*texts))

Test(emit, tricky_text_is_quoted_or_a_block_and_reads_back)
{
	struct opp_buf src = OPP_BUF_INIT, want = OPP_BUF_INIT;
	struct opp_doc *doc, *back;
	char *copy;

	opp_buf_puts(&src, HEAD "waarneming:\n  hypothesen:\n");
	for (size_t i = 0; i < NTEXTS; i++)
		opp_buf_printf(&src, "    - %s\n", texts[i].src);
	doc = load("t.yaml", src.ptr, src.len);
	cr_assert_eq(doc->waarneming.hypothesen.n, NTEXTS);
	for (size_t i = 0; i < NTEXTS; i++)
		cr_assert_str_eq(doc->waarneming.hypothesen.v[i].s, texts[i].value, "the test's source %zu",
		                 i);

	copy = emit("t.yaml", src.ptr, src.len);
	for (size_t i = 0; i < NTEXTS; i++) {
		opp_buf_reset(&want);
		opp_buf_printf(&want, "\n    - %s\n", texts[i].emitted);
		cr_expect(strstr(copy, want.ptr), "%s is written as %s in:\n%s", texts[i].src,
		          texts[i].emitted, copy);
	}
	back = load("copy.yaml", copy, strlen(copy));
	cr_assert_eq(back->waarneming.hypothesen.n, NTEXTS);
	for (size_t i = 0; i < NTEXTS; i++)
		cr_expect_str_eq(back->waarneming.hypothesen.v[i].s, texts[i].value, "%s reads back",
		                 texts[i].src);
	opp_doc_free(back);
	opp_doc_free(doc);
	free(copy);
	opp_buf_release(&src);
	opp_buf_release(&want);
}

/* The same text as a mapping's value: the block is indented under its
 * key, plain-looking text and a time of day are quoted, a date, an id
 * and a code are plain; comments and x- keys are not copied. */
Test(emit, values_of_a_mapping)
{
	const char *src = "# commentaar\n" HEAD "  - id: lk\n    naam: \"ja\"\n    rol: leerkracht\n"
	                  "    x-eigen: weg\n"
	                  "waarneming:\n  observaties: \"Regel een.\\nRegel twee: met dubbele punt.\\n\"\n"
	                  "  ouders_geinformeerd: 2026-11-02 # gebeld\n"
	                  "overleggen:\n  - datum: 2026-11-03\n    tijd: \"09:30\"\n    soort: ot\n"
	                  "    status: gepland\n    genodigden: [ib, lk]\n";
	char *copy = emit("t.yaml", src, strlen(src));
	char *a = model_of("t.yaml", src, strlen(src)), *b = model_of("copy.yaml", copy, strlen(copy));

	cr_expect(strstr(copy, "\n  observaties: |\n    Regel een.\n    Regel twee: met dubbele punt.\n"),
	          "%s", copy);
	cr_expect(strstr(copy, "\n    naam: \"ja\"\n"), "%s", copy);
	cr_expect(strstr(copy, "\n  ouders_geinformeerd: 2026-11-02\n"), "%s", copy);
	cr_expect(strstr(copy, "tijd: \"09:30\"\n"), "%s", copy);
	cr_expect(strstr(copy, "\n    soort: ot\n"), "%s", copy);
	cr_expect(strstr(copy, "\n  opp: ib\n"), "%s", copy);
	cr_expect(strstr(copy, "\n      - ib\n      - lk\n"), "%s", copy);
	cr_expect(!strstr(copy, "#") && !strstr(copy, "x-eigen") && !strstr(copy, "weg"), "%s", copy);
	cr_expect_str_eq(b, a);
	free(a);
	free(b);
	free(copy);
}

/* ---- every example ------------------------------------------------------ */

Test(emit, every_example_reads_back_as_itself)
{
	static const char *const patterns[] = {"examples/*.yaml", "tests/edit/*.yaml",
	                                       "tests/git/plan/*.yaml"};
	size_t files = 0;

	for (size_t k = 0; k < sizeof(patterns) / sizeof(*patterns); k++) {
		glob_t g;
		if (glob(patterns[k], 0, NULL, &g) != 0)
			continue;
		for (size_t i = 0; i < g.gl_pathc; i++) {
			const char *name = g.gl_pathv[i];
			size_t len;
			char *text = slurp(name, &len);
			char *copy = emit(name, text, len), *again;
			char *m0 = model_of(name, text, len), *m1 = model_of(name, copy, strlen(copy));
			char *f0 = findings_of(text, len), *f1 = findings_of(copy, strlen(copy));

			cr_expect_str_eq(m1, m0, "%s: the copy's model differs", name);
			cr_expect_str_eq(f1, f0, "%s: the copy's findings differ", name);
			again = emit(name, copy, strlen(copy));
			cr_expect_str_eq(again, copy, "%s: the copy of the copy differs", name);
			free(again);
			free(m0);
			free(m1);
			free(f0);
			free(f1);
			free(copy);
			free(text);
			files++;
		}
		globfree(&g);
	}
	cr_assert_geq(files, 10);
}
