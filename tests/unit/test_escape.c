/*
 * test_escape — the escaping of case-file text for HTML and Markdown
 * (lib/escape.c): markup never survives as markup, a value never breaks
 * a table, and free text keeps its meaning inside its container.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/escape.h"
#include "format/load.h"

typedef void escape_fn(struct opp_buf *, const char *);

/* fn applied to s, as a fresh string (caller frees). */
static char *
run(escape_fn *fn, const char *s)
{
	struct opp_buf b = OPP_BUF_INIT;

	fn(&b, s);
	return opp_buf_detach(&b, NULL);
}

static char *
block(const char *s, const char *prefix)
{
	struct opp_buf b = OPP_BUF_INIT;

	opp_md_block(&b, s, prefix);
	return opp_buf_detach(&b, NULL);
}

#define EXPECT(fn, in, want)                                                                                 \
	do {                                                                                                 \
		char *got_ = run(fn, in);                                                                    \
		cr_expect_str_eq(got_, want, "%s(\"%s\")", #fn, in);                                         \
		free(got_);                                                                                  \
	} while (0)

#define EXPECT_BLOCK(in, prefix, want)                                                                       \
	do {                                                                                                 \
		char *got_ = block(in, prefix);                                                              \
		cr_expect_str_eq(got_, want, "opp_md_block(\"%s\", \"%s\")", in, prefix);                    \
		free(got_);                                                                                  \
	} while (0)

/* ---- HTML ------------------------------------------------------------- */

Test(html, markup_becomes_text)
{
	EXPECT(opp_html_escape, "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;");
	EXPECT(opp_html_escape, "<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;");
}

Test(html, attribute_quotes_and_ampersand)
{
	/* Safe inside "..." and '...' attribute values alike. */
	EXPECT(opp_html_escape, "x\" onmouseover=\"a", "x&quot; onmouseover=&quot;a");
	EXPECT(opp_html_escape, "x' y", "x&#39; y");
	EXPECT(opp_html_escape, "Rots & Water &amp;", "Rots &amp; Water &amp;amp;");
}

Test(html, control_characters_dropped_whitespace_kept)
{
	EXPECT(opp_html_escape,
	       "a\x01"
	       "b\tc\nd\re\x7f",
	       "ab\tc\nd\re");
}

Test(html, utf8_and_null)
{
	EXPECT(opp_html_escape, "één € – ü", "één € – ü");
	EXPECT(opp_html_escape, NULL, "");
	EXPECT(opp_html_escape, "", "");
}

/* ---- Markdown: short values ------------------------------------------- */

Test(md_inline, pipes_cannot_split_a_cell)
{
	EXPECT(opp_md_escape_inline, "A | B", "A \\| B");
	EXPECT(opp_md_escape_inline, "A \\| B", "A \\\\\\| B");
}

Test(md_inline, every_active_character)
{
	EXPECT(opp_md_escape_inline, "*a* _b_ `c` [d](e) <f> #g &h ~i $j \\k",
	       "\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\#g \\&h \\~i \\$j \\\\k");
	EXPECT(opp_md_escape_inline, "<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>");
}

Test(md_inline, one_line_trimmed)
{
	EXPECT(opp_md_escape_inline, "  a\nb\r\nc\rd\te  ", "a b c d e");
	EXPECT(opp_md_escape_inline,
	       "a\x01"
	       "b\x7f",
	       "ab");
	EXPECT(opp_md_escape_inline, NULL, "");
}

Test(md_inline, plain_text_untouched)
{
	EXPECT(opp_md_escape_inline, "Monique en Ruud Bakker (ouders), IB'er: 8.25 uur!",
	       "Monique en Ruud Bakker (ouders), IB'er: 8.25 uur!");
	EXPECT(opp_md_escape_inline, "één – €", "één – €");
	/* Mid-line, a list marker means nothing: not escaped. */
	EXPECT(opp_md_escape_inline, "1. Leerling", "1. Leerling");
	EXPECT(opp_md_escape_inline, "- x", "- x");
}

Test(md_line, leading_block_markers)
{
	EXPECT(opp_md_escape_line, "1. x", "1\\. x");
	EXPECT(opp_md_escape_line, "2026) x", "2026\\) x");
	EXPECT(opp_md_escape_line, "- x", "\\- x");
	EXPECT(opp_md_escape_line, "+31 6", "\\+31 6");
	EXPECT(opp_md_escape_line, "=== x", "\\=== x");
	EXPECT(opp_md_escape_line, "# x", "\\# x");
	EXPECT(opp_md_escape_line, "> x", "\\> x");
	EXPECT(opp_md_escape_line, "  - x", "\\- x");
	EXPECT(opp_md_escape_line, "12 kinderen", "12 kinderen");
	EXPECT(opp_md_escape_line, "3.5 uur", "3.5 uur");
}

/* ---- Markdown: free text in a table cell ------------------------------ */

Test(md_cell, markdown_kept_pipes_escaped)
{
	EXPECT(opp_md_cell_text, "*nadruk* en `code`", "*nadruk* en `code`");
	EXPECT(opp_md_cell_text, "a | b", "a \\| b");
	/* Already escaped by the writer: left alone. */
	EXPECT(opp_md_cell_text, "a \\| b", "a \\| b");
	/* An escaped backslash before the pipe: the pipe still needs one. */
	EXPECT(opp_md_cell_text, "a \\\\| b", "a \\\\\\| b");
	EXPECT(opp_md_cell_text, "`a|b`", "`a\\|b`");
}

Test(md_cell, lines_joined)
{
	EXPECT(opp_md_cell_text, "  regel een  \n\n   regel twee\r\n- drie  ", "regel een regel twee - drie");
	EXPECT(opp_md_cell_text, "a\tb\x02", "a b");
	EXPECT(opp_md_cell_text, NULL, "");
}

/* ---- Markdown: free text as a block ----------------------------------- */

Test(md_block, every_line_prefixed)
{
	EXPECT_BLOCK("a\nb\n\nc\n", "  ", "  a\n  b\n\n  c\n");
	EXPECT_BLOCK("a\n\nb", "> ", "> a\n>\n> b\n");
}

Test(md_block, open_constructs_stay_inside)
{
	/* An unclosed fence or HTML block ends with the container, because
	 * every line of it carries the prefix. */
	EXPECT_BLOCK("```\nnooit gesloten", "  ", "  ```\n  nooit gesloten\n");
	EXPECT_BLOCK("<!-- open\n\n# kop", "> ", "> <!-- open\n>\n> # kop\n");
}

Test(md_block, indentation_kept)
{
	EXPECT_BLOCK("- a\n  - b\n", "  ", "  - a\n    - b\n");
	/* A tab is four columns before the prefix and after it. */
	EXPECT_BLOCK("\tcode\n  \tx", "  ", "      code\n      x\n");
}

Test(md_block, line_ends_and_trimming)
{
	EXPECT_BLOCK("a\r\nb\rc", "  ", "  a\n  b\n  c\n");
	EXPECT_BLOCK("\n \n    code\n\n\n", "  ", "      code\n");
	EXPECT_BLOCK("x", "", "x\n");
	EXPECT_BLOCK(" \n\t\n", "  ", "");
	EXPECT_BLOCK("", "  ", "");
}

/* ---- JSON and YAML ---------------------------------------------------- */

Test(escape, json_string)
{
	struct opp_buf b = OPP_BUF_INIT;

	opp_json_str(&b, "a\"b\\c\nd\te\x01 é");
	cr_assert_str_eq(b.ptr, "\"a\\\"b\\\\c\\nd\\te\\u0001 é\"");
	opp_buf_release(&b);
}

/* Whatever the text, a quoted YAML scalar reads back as that text. */
Test(escape, yaml_quoted_round_trip)
{
	static const char *const texts[] = {
	        "plain",
	        "",
	        "with \"quotes\" and \\backslash\\",
	        "two\nlines\n",
	        "tab\there",
	        "# not a comment",
	        "- not a list",
	        "key: not a map",
	        "ctrl \x01\x7f end",
	        "é ü 😀",
	        "next\xC2\x85line and\xE2\x80\xA8separators\xE2\x80\xA9",
	};
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		struct opp_buf b = OPP_BUF_INIT;
		struct opp_arena a;
		struct opp_diags d;
		struct opp_node *root;

		opp_buf_puts(&b, "v: ");
		opp_yaml_quoted(&b, texts[i]);
		opp_buf_putc(&b, '\n');
		opp_arena_init(&a);
		opp_diags_init(&d);
		root = opp_yaml_parse(&a, b.ptr, b.len, &d);
		cr_assert(root && root->kind == OPP_NODE_MAP, "%s", b.ptr);
		cr_assert_str_eq(root->kids->next->s, texts[i], "%s", b.ptr);
		opp_diags_release(&d);
		opp_arena_release(&a);
		opp_buf_release(&b);
	}
}

/* ---- what a person reads: no control or bidi character ---------------- */

/* Escape sequences (OSC 8 links, clearing the screen), a line break that
 * would forge a line of its own, C1 controls and bidi overrides that
 * make text read in another order: none reaches a reader. */
Test(human, line_drops_controls_and_bidi)
{
	EXPECT(opp_text_line, "a\x1b]8;;http://x\x1b\\b", "a]8;;http://x\\b");
	EXPECT(opp_text_line, "clear\x1b[2J!", "clear[2J!");
	EXPECT(opp_text_line, "key\nt.yaml:1:1: error: forged", "key t.yaml:1:1: error: forged");
	EXPECT(opp_text_line, "a\r\nb\tc\vd\fe", "a  b c d e");
	EXPECT(opp_text_line, "next\xC2\x85line\xE2\x80\xA8sep\xE2\x80\xA9par", "next line sep par");
	EXPECT(opp_text_line,
	       "c1 \xC2\x9B"
	       "31m",
	       "c1 31m");
	EXPECT(opp_text_line,
	       "ab\xE2\x80\xAE"
	       "cd\xE2\x81\xA6"
	       "ef\xE2\x81\xA9",
	       "abcdef");
	EXPECT(opp_text_line, "\xE2\x80\xAA\xE2\x80\xAB\xE2\x80\xAC\xE2\x80\xAD\xE2\x81\xA7\xE2\x81\xA8x",
	       "x");
	EXPECT(opp_text_line, "één – € 😀 \xE2\x80\x8F", "één – € 😀 \xE2\x80\x8F");
	/* A byte that is not UTF-8 (a file name) cannot be a C1 control in
	 * an 8-bit terminal: U+FFFD. */
	EXPECT(opp_text_line,
	       "bad\x9b"
	       "x\xff",
	       "bad\xEF\xBF\xBDx\xEF\xBF\xBD");
	EXPECT(opp_text_line, NULL, "");
}

Test(human, lines_keep_line_breaks)
{
	EXPECT(opp_text_lines, "a\nb\tc\r\nd\re", "a\nb\tc\nd\ne");
	EXPECT(opp_text_lines, "x\x1b[31my\xE2\x80\xAEz\x07", "x[31myz");
	EXPECT(opp_text_lines, "p\xE2\x80\xA8q\xC2\x85r", "p\nq\nr");
}

/* ---- TSV: a cell never becomes a formula -------------------------------- */

Test(tsv, formula_starts_are_quoted)
{
	EXPECT(opp_tsv_cell, "=HYPERLINK(\"http://x\",\"klik\")", "'=HYPERLINK(\"http://x\",\"klik\")");
	EXPECT(opp_tsv_cell, "+31 6 12345678", "'+31 6 12345678");
	EXPECT(opp_tsv_cell, "-2+3", "'-2+3");
	EXPECT(opp_tsv_cell, "@SUM(A1)", "'@SUM(A1)");
	EXPECT(opp_tsv_cell, "\x1b=1+1", "'=1+1");
	EXPECT(opp_tsv_cell, "Sam = 1", "Sam = 1");
	EXPECT(opp_tsv_cell, "a\tb\nc", "a b c");
	EXPECT(opp_tsv_cell, "", "");
	EXPECT(opp_tsv_cell, NULL, "");
}

/* ---- the other writers drop C1 and bidi controls too ------------------- */

Test(human, markup_writers_drop_bidi_and_c1)
{
	EXPECT(opp_html_escape,
	       "a\xE2\x80\xAE"
	       "b\xC2\x9B"
	       "c",
	       "abc");
	EXPECT(opp_md_escape_inline,
	       "a\xE2\x81\xA6"
	       "b\xC2\x80"
	       "c",
	       "abc");
	EXPECT(opp_md_cell_text,
	       "a\xE2\x80\xAD"
	       "b",
	       "ab");
	EXPECT_BLOCK("a\xE2\x80\xAE"
	             "b\n",
	             "  ", "  ab\n");
}

/* ---- JSON of text that is not UTF-8 (file names) ----------------------- */

Test(escape, json_string_of_invalid_utf8_is_valid_json)
{
	struct opp_buf b = OPP_BUF_INIT;

	opp_json_str(&b, "caf\xe9.yaml \xC2\x85\xE2\x80\xAE");
	cr_assert_str_eq(b.ptr, "\"caf\\\\xE9.yaml \\u0085\\u202e\"");
	opp_buf_release(&b);
}

/* Values that YAML cannot hold as raw characters (C1 controls, U+FFFE)
 * are written as escapes, so a copy reads back. */
Test(escape, yaml_quoted_non_printable_round_trip)
{
	static const char *const texts[] = {
	        "c1 \xC2\x80 \xC2\x9F end",
	        "nonchar \xEF\xBF\xBE \xEF\xBF\xBF",
	        "bom \xEF\xBB\xBF inside",
	        "bidi \xE2\x80\xAE kept",
	};
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		struct opp_buf b = OPP_BUF_INIT;
		struct opp_arena a;
		struct opp_diags d;
		struct opp_node *root;

		opp_buf_puts(&b, "v: ");
		opp_yaml_quoted(&b, texts[i]);
		opp_buf_putc(&b, '\n');
		opp_arena_init(&a);
		opp_diags_init(&d);
		root = opp_yaml_parse(&a, b.ptr, b.len, &d);
		cr_assert(root && root->kind == OPP_NODE_MAP, "%s: %s", b.ptr, d.n ? d.v[0].msg : "");
		cr_assert_str_eq(root->kids->next->s, texts[i], "%s", b.ptr);
		opp_diags_release(&d);
		opp_arena_release(&a);
		opp_buf_release(&b);
	}
}
