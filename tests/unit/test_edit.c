/*
 * test_edit — the editor (lib/format/edit.c): on every example and every
 * layout in tests/edit (and those again with CRLF line ends and a BOM),
 * every edit the commands make succeeds, reads back as the intended
 * document (opp_edit_apply checks it and refuses otherwise), and changes
 * one run of lines and nothing else. The exact lines are the golden
 * diffs of tests/cli/{sign,done,note}/layouts.
 */
#include <criterion/criterion.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "format/edit.h"
#include "format/load.h"
#include "helpers.h"

/* The lines of the old text an edit replaced and the lines it wrote:
 * everything before and after them is the same. */
static void
changed_lines(const char *a, size_t na, const char *b, size_t nb, size_t *removed, size_t *added)
{
	size_t pre = 0, suf = 0;

	while (pre < na && pre < nb && a[pre] == b[pre])
		pre++;
	while (pre > 0 && a[pre - 1] != '\n')
		pre--; /* back to a line start */
	while (suf < na - pre && suf < nb - pre && a[na - 1 - suf] == b[nb - 1 - suf])
		suf++;
	while (suf > 0 && a[na - suf] != '\n' && na - suf > pre)
		suf--;
	*removed = *added = 0;
	for (size_t i = pre; i < na - suf; i++)
		*removed += a[i] == '\n';
	for (size_t i = pre; i < nb - suf; i++)
		*added += b[i] == '\n';
}

static size_t edits;

static void
try_edit(const char *name, const char *text, size_t len, const struct opp_edit *e, size_t max_removed)
{
	struct opp_buf out = OPP_BUF_INIT, err = OPP_BUF_INIT;
	size_t removed, added;

	cr_assert(opp_edit_apply(&out, text, len, e, NULL, &err), "%s: edit %d on '%s' failed: %s", name,
	          e->kind, e->id ? e->id : e->partij, err.ptr);
	changed_lines(text, len, out.ptr, out.len, &removed, &added);
	cr_expect_leq(removed, max_removed, "%s: edit %d on '%s' replaced %zu lines", name, e->kind,
	              e->id ? e->id : e->partij, removed);
	cr_expect_geq(added, removed, "%s: an edit only adds", name);
	cr_expect_leq(added - removed, 6, "%s: edit %d added %zu lines", name, e->kind, added - removed);
	edits++;
	opp_buf_release(&out);
	opp_buf_release(&err);
}

static void
every_edit(const char *name, const char *text, size_t len)
{
	static const char *const parties[] = {"ouders", "school", "toegang", "leerling"};
	struct opp_diags d;
	struct opp_doc *doc;

	opp_diags_init(&d);
	doc = opp_doc_load(name, text, len, NULL, &d);
	cr_assert(doc, "%s does not load", name);
	for (size_t p = 0; p < 4; p++) {
		struct opp_edit e = {
		        .kind = OPP_EDIT_SIGN,
		        .partij = parties[p],
		        .digest = "sha256:1111111111111111111111111111111111111111111111111111111111111111",
		        .datum = opp_date_from_ymd(2026, 12, 1)};
		/* a date or a one-line flow value becomes a list: that line;
		 * a block signature map becomes a list: its two lines */
		try_edit(name, text, len, &e, 2);
	}
	for (size_t i = 0; i < doc->afspraken.n; i++) {
		struct opp_edit e = {.kind = OPP_EDIT_DONE,
		                     .id = doc->afspraken.v[i].id.s,
		                     .datum = opp_date_from_ymd(2026, 12, 1)};
		if (doc->afspraken.v[i].gedaan.s || !e.id)
			continue;
		try_edit(name, text, len, &e, 1);
	}
	for (size_t i = 0; i < doc->doelen.n; i++) {
		struct opp_edit e = {.kind = OPP_EDIT_NOTE,
		                     .id = doc->doelen.v[i].id.s,
		                     .datum = opp_date_from_ymd(2026, 12, 1),
		                     .door = doc->betrokkenen.n ? doc->betrokkenen.v[0].id.s : "x",
		                     .waarde = "2.5",
		                     .tekst = "Zegt \"ik kan het\" — met\ttab en\nregel."};
		if (!e.id)
			continue;
		try_edit(name, text, len, &e, 1);
	}
	opp_doc_free(doc);
	opp_diags_release(&d);
}

Test(edit, every_example_and_layout)
{
	static const char *const patterns[] = {"examples/*.yaml", "tests/edit/*.yaml",
	                                       "tests/git/plan/*.yaml"};
	size_t files = 0;

	for (size_t k = 0; k < sizeof(patterns) / sizeof(*patterns); k++) {
		glob_t g;
		if (glob(patterns[k], 0, NULL, &g) != 0)
			continue;
		for (size_t i = 0; i < g.gl_pathc; i++) {
			size_t len, n = 0;
			char *text = slurp(g.gl_pathv[i], &len), *crlf, *bom;
			char name[512];

			every_edit(g.gl_pathv[i], text, len);
			/* the same with CRLF line ends, and with a BOM */
			crlf = malloc(2 * len + 1);
			for (size_t j = 0; j < len; j++) {
				if (text[j] == '\n')
					crlf[n++] = '\r';
				crlf[n++] = text[j];
			}
			snprintf(name, sizeof(name), "%s (CRLF)", g.gl_pathv[i]);
			every_edit(name, crlf, n);
			bom = malloc(len + 4);
			memcpy(bom, "\xEF\xBB\xBF", 3);
			memcpy(bom + 3, text, len);
			snprintf(name, sizeof(name), "%s (BOM)", g.gl_pathv[i]);
			every_edit(name, bom, len + 3);
			free(crlf);
			free(bom);
			free(text);
			files++;
		}
		globfree(&g);
	}
	cr_assert_geq(files, 10);
	cr_assert_gt(edits, 200);
}

static bool
refused(const char *yaml, const struct opp_edit *e, const char *why)
{
	struct opp_buf out = OPP_BUF_INIT, err = OPP_BUF_INIT;
	bool ok = opp_edit_apply(&out, yaml, strlen(yaml), e, NULL, &err);

	cr_expect(!ok, "edit of %s was not refused", yaml);
	cr_expect(strstr(err.ptr, why), "reason '%s' is not '%s'", err.ptr, why);
	cr_expect_eq(out.len, 0);
	opp_buf_release(&out);
	opp_buf_release(&err);
	return !ok;
}

Test(edit, refusals)
{
	struct opp_edit done = {.kind = OPP_EDIT_DONE, .id = "a", .datum = opp_date_from_ymd(2026, 12, 1)};
	struct opp_edit note = {.kind = OPP_EDIT_NOTE,
	                        .id = "g",
	                        .datum = opp_date_from_ymd(2026, 12, 1),
	                        .door = "x",
	                        .tekst = "t"};
	struct opp_edit sign = {
	        .kind = OPP_EDIT_SIGN,
	        .partij = "ouders",
	        .digest = "sha256:1111111111111111111111111111111111111111111111111111111111111111",
	        .datum = opp_date_from_ymd(2026, 12, 1)};

	refused("afspraken: [\n", &done, "not valid YAML");
	refused("afspraken:\n  - id: b\n", &done, "no afspraak with id 'a'");
	refused("afspraken:\n  - id: a\n    gedaan: 2026-01-01\n", &done, "already has gedaan");
	refused("doelen:\n  - id: h\n", &note, "no doel with id 'g'");
	refused("doelen:\n  - id: g\n    voortgang: nee\n", &note, "is not a list");
	refused("ondertekening: [2026-01-01]\n", &sign, "not a mapping of parties");
	refused("- a\n", &sign, "not a mapping of keys");
}

Test(edit, exact_text)
{
	/* what is written, byte for byte, for the common cases */
	static const struct {
		const char *in, *out;
		struct opp_edit e;
	} cases[] = {
	        {"afspraken:\n  - id: a\n    wat: x # c\n  - id: b\n",
	         "afspraken:\n  - id: a\n    wat: x # c\n    gedaan: 2026-12-01\n  - id: b\n",
	         {.kind = OPP_EDIT_DONE, .id = "a"}},
	        {"afspraken: [{id: a, wat: x}]",
	         "afspraken: [{id: a, wat: x, gedaan: 2026-12-01}]",
	         {.kind = OPP_EDIT_DONE, .id = "a"}},
	        {"afspraken:\n  - id: a\n    gedaan:\n",
	         "afspraken:\n  - id: a\n    gedaan: 2026-12-01\n",
	         {.kind = OPP_EDIT_DONE, .id = "a"}},
	        {"afspraken:\r\n  - id: a\r\n    wat: |\r\n      x\r\n\r\n",
	         "afspraken:\r\n  - id: a\r\n    wat: |\r\n      x\r\n    gedaan: 2026-12-01\r\n\r\n",
	         {.kind = OPP_EDIT_DONE, .id = "a"}},
	        {"afspraken:\n  - id: a",
	         "afspraken:\n  - id: a\n    gedaan: 2026-12-01\n",
	         {.kind = OPP_EDIT_DONE, .id = "a"}},
	        {"doelen:\n  - id: g\n",
	         "doelen:\n  - id: g\n    voortgang:\n      - {datum: 2026-12-01, door: x, tekst: \"t\"}\n",
	         {.kind = OPP_EDIT_NOTE, .id = "g", .door = "x", .tekst = "t"}},
	        {"doelen:\n  - id: g\n    voortgang: []\n",
	         "doelen:\n  - id: g\n    voortgang: [{datum: 2026-12-01, door: x, waarde: 3}]\n",
	         {.kind = OPP_EDIT_NOTE, .id = "g", .door = "x", .waarde = "3"}},
	        {"ondertekening:\n  ouders: 2026-10-08  # x\n",
	         "ondertekening:\n  ouders:  # x\n    - 2026-10-08\n    - datum: 2026-12-01\n"
	         "      handelingsdeel: "
	         "\"sha256:1111111111111111111111111111111111111111111111111111111111111111\"\n",
	         {.kind = OPP_EDIT_SIGN, .partij = "ouders"}},
	        {"\xEF\xBB\xBFopp: 1\n",
	         "\xEF\xBB\xBFopp: 1\nondertekening:\n  ouders:\n    datum: 2026-12-01\n    handelingsdeel: "
	         "\"sha256:1111111111111111111111111111111111111111111111111111111111111111\"\n",
	         {.kind = OPP_EDIT_SIGN, .partij = "ouders"}},
	        /* a block scalar on the last line, without a line break: its
	         * header strips, so its value stays without one */
	        {"afspraken:\n  - id: a\n    wat: |\n      x",
	         "afspraken:\n  - id: a\n    wat: |-\n      x\n    gedaan: 2026-12-01\n",
	         {.kind = OPP_EDIT_DONE, .id = "a"}},
	        {"afspraken:\n  - id: a\n    wat: >+2\n       x",
	         "afspraken:\n  - id: a\n    wat: >-2\n       x\n    gedaan: 2026-12-01\n",
	         {.kind = OPP_EDIT_DONE, .id = "a"}},
	        {"ondertekening: {}\n",
	         "ondertekening: {ouders: {datum: 2026-12-01, handelingsdeel: "
	         "\"sha256:1111111111111111111111111111111111111111111111111111111111111111\"}}\n",
	         {.kind = OPP_EDIT_SIGN, .partij = "ouders"}},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		struct opp_buf out = OPP_BUF_INIT, err = OPP_BUF_INIT;
		struct opp_edit e = cases[i].e;
		e.datum = opp_date_from_ymd(2026, 12, 1);
		e.digest = "sha256:1111111111111111111111111111111111111111111111111111111111111111";
		cr_expect(opp_edit_apply(&out, cases[i].in, strlen(cases[i].in), &e, NULL, &err),
		          "case %zu: %s", i, err.ptr);
		cr_expect_str_eq(out.ptr, cases[i].out, "case %zu", i);
		opp_buf_release(&out);
		opp_buf_release(&err);
	}
}

Test(edit, columns_and_lines_as_the_parser_counts_them)
{
	/* A key on the line of a BOM: new text lines up with the parser's
	 * columns (the BOM is no column). U+2028 in a comment or a value,
	 * which libyaml 0.2.5 takes for a line break: the edit is refused
	 * with its reason, or (a reader that takes it for a character, as
	 * yaml.c now does) made, or refused as not YAML when the character
	 * leaves none; never a text that reads back otherwise (found by
	 * fuzz_edit). */
	static const char *const u2028[] = {
	        "# Kleinst mogelijke geldige O\xE2\x80\xA8PP: alleen de verplichte onderdelen.\n"
	        "opp: 1\nleerling:\n  naam: Sam\n  school: Densen\nafspraken:\n  - {id: a, wat: x}\n"
	        "doelen:\n  - id: g\n",
	        "opp: 1\xE2\x80\xA8"
	        "erling:\n  naam: Sam\nafspraken:\n  - id: a\n",
	};
	struct opp_edit sign = {
	        .kind = OPP_EDIT_SIGN,
	        .partij = "ouders",
	        .digest = "sha256:1111111111111111111111111111111111111111111111111111111111111111",
	        .datum = opp_date_from_ymd(2026, 12, 1)};
	struct opp_edit done = {.kind = OPP_EDIT_DONE, .id = "a", .datum = opp_date_from_ymd(2026, 12, 1)};

	every_edit("bom", "\xEF\xBB\xBFopp: 1\nafspraken:\n  - id: a\n", 31);
	for (size_t i = 0; i < sizeof(u2028) / sizeof(*u2028); i++)
		for (int k = 0; k < 2; k++) {
			struct opp_buf out = OPP_BUF_INIT, err = OPP_BUF_INIT;
			if (!opp_edit_apply(&out, u2028[i], strlen(u2028[i]), k ? &done : &sign, NULL, &err))
				cr_expect(strstr(err.ptr, "U+2028") || strstr(err.ptr, "not valid YAML"),
				          "case %zu: %s", i, err.ptr);
			opp_buf_release(&out);
			opp_buf_release(&err);
		}
}

Test(edit, unchanged_only_when_the_same_file_and_text)
{
	/* The last look before the rename (cmd/edit.c): what was read
	 * against what is on disk now. */
	static const char text[] = "opp: 1\nafspraken:\n  - id: a\n";
	struct stat then = {0}, now;

	then.st_dev = 8;
	then.st_ino = 1234;
	then.st_size = (off_t)strlen(text);
	then.st_mtim.tv_sec = 1800000000;
	then.st_mtim.tv_nsec = 500;
	now = then;
	cr_expect(opp_edit_unchanged(&then, text, strlen(text), &now, text, strlen(text)));
	/* an empty file stays empty */
	cr_expect(opp_edit_unchanged(&then, "", 0, &now, "", 0));

	/* gone, moved away or unreadable */
	cr_expect_not(opp_edit_unchanged(&then, text, strlen(text), NULL, text, strlen(text)));
	cr_expect_not(opp_edit_unchanged(&then, text, strlen(text), &now, NULL, 0));
	/* written within the clock's resolution: same size and time, other bytes */
	cr_expect_not(opp_edit_unchanged(&then, text, strlen(text), &now, "opp: 1\nafspraken:\n  - id: b\n",
	                                 strlen(text)));
	/* a line added or removed */
	cr_expect_not(opp_edit_unchanged(&then, text, strlen(text), &now, text, strlen(text) - 1));
	/* each part of the file's status on its own */
	now = then, now.st_dev = 9;
	cr_expect_not(opp_edit_unchanged(&then, text, strlen(text), &now, text, strlen(text)), "device");
	now = then, now.st_ino = 1235;
	cr_expect_not(opp_edit_unchanged(&then, text, strlen(text), &now, text, strlen(text)),
	              "another file put in its place with the same bytes");
	now = then, now.st_size = then.st_size + 1;
	cr_expect_not(opp_edit_unchanged(&then, text, strlen(text), &now, text, strlen(text)), "size");
	now = then, now.st_mtim.tv_sec++;
	cr_expect_not(opp_edit_unchanged(&then, text, strlen(text), &now, text, strlen(text)), "seconds");
	now = then, now.st_mtim.tv_nsec++;
	cr_expect_not(opp_edit_unchanged(&then, text, strlen(text), &now, text, strlen(text)), "nanoseconds");
}
