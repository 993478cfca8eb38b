/*
 * test_yaml_hint — each common YAML mistake is recognised (not libyaml's
 * own words, "invalid YAML: ...") and reported where the mistake is, which
 * is often not where libyaml gave up. Through the loader, so libyaml's
 * wording (which the recognisers match) is pinned too: a libyaml that
 * words its errors otherwise fails here.
 */
#include <string.h>

#include "format/yaml.h"
#include "format/yaml_hint.h"
#include "helpers.h"

struct mistake {
	const char *name;
	const char *yaml;
	unsigned line, col; /* where the finding must be */
	const char *says;   /* a word of the message (messages are English here) */
};

static const struct mistake mistakes[] = {
        {"colon in a text", "a:\n  b: Sam let op: hij kijkt weg\n", 2, 16, "between quotes"},
        {"colon on a text's second line", "a:\n  b: Sam kijkt weg,\n    vooral bij rekenen: dan niet\n", 3,
         23, "from line 2"},
        {"tab indentation", "a:\n\tb: 1\n", 2, 1, "use spaces"},
        {"tab after spaces", "a:\n  b:\n  \t- 1\n", 3, 3, "use spaces"},
        {"tab in a block text", "a: |\n  x\n\ty\n", 3, 1, "use spaces"},
        {"key between levels", "a:\n  b:\n    - 1\n   c: 2\n", 4, 4, "expected column 3, like 'b' on line 2"},
        {"key deeper than a key with a value", "a:\n  b: x\n    c: 2\n", 3, 5, "deeper than 'b' on line 2"},
        {"key before the list item's keys", "a:\n  - id: x\n  naam: y\n", 3, 3,
         "expected column 5, like 'id'"},
        {"top-level key indented", "a: 1\n b: 2\n", 2, 2, "deeper than 'a' on line 1"},
        {"top-level key indented after a list", "a:\n  - x\n b: 2\n", 3, 2, "expected column 1, like 'a'"},
        {"unclosed double quote", "a:\n  b: \"Sam\n  c: x\n", 2, 6, "never closed"},
        {"unclosed single quote", "a:\n  b: 'Sam\n  c: x\n", 2, 6, "never closed"},
        {"unclosed bracket", "a:\n  b: [x, y\n  c: z\n", 2, 6, "never closed"},
        {"unclosed bracket at the end", "a: [x, y\n", 1, 4, "never closed"},
        {"unclosed brace", "a: {b: 1\n", 1, 4, "never closed"},
        {"no space after ':' before a key", "a:\n  b:2026-10-09\n  c: x\n", 2, 4, "no space after ':'"},
        {"no space after ':' last in its mapping", "a:\n  c: x\n  b:2026-10-09\nd: 1\n", 3, 4, "write 'b: '"},
        {"no space after ':' at the end", "a:\n  c: x\n  b:2026-10-09\n", 3, 4, "no space after ':'"},
        {"list item left of its list", "a:\n  - x\n - y\n", 3, 2, "line 2 in column 3"},
        {"list item right of its parent", "a:\n  b:\n    - x\n   - y\n", 4, 4, "line 3 in column 5"},
        {"list item at the top", "a:\n  b:\n    - x\n- y\n", 4, 1, "line 3 in column 5"},
        {"text where a key was expected", "a:\n  b: Sam kijkt weg\n  bij rekenen\n  c: 1\n", 3, 3,
         "needs | (write 'b: |'"},
        {"text at the top", "a: x\ndan niet\n", 2, 1, "needs | (write 'a: |'"},
        {"text inside a list", "a:\n  - x\n  y\n", 3, 3, "inside a list"},
        {"| text not indented", "a:\n  b: |\n  regel\n  c: 1\n", 3, 3, "| text of 'b' (line 2)"},
        {"| text less indented than its first line", "a:\n  b: |\n      een\n    twee\n", 4, 5,
         "| text of 'b'"},
        {"key without ':'", "a:\n  b\n  c: 1\n", 2, 4, "'b' has no ':'"},
        {"list on the key's line", "a:\n  b: - x\n", 2, 6, "line of its key"},
        {"text starting with @", "a:\n  b: @x\n", 2, 6, "cannot start with @"},
        {"text starting with `", "a:\n  b: `x`\n", 2, 6, "cannot start with `"},
        {"text starting with %", "a:\n  b: %50\n", 2, 6, "cannot start with %"},
        {"text starting with &", "a:\n  b: & zo\n", 2, 6, "cannot start with &"},
        {"text starting with *", "a:\n  b: *x*\n", 2, 6, "cannot start with *"},
        {"text starting with ?", "a:\n  b: ? x\n", 2, 6, "cannot start with ?"},
        {"text on the line of |", "a:\n  b: | x\n", 2, 6, "| after a key"},
        {"text after a closing double quote", "a:\n  b: \"Nee\" zegt Sam\n", 2, 12, "write \\\""},
        {"an apostrophe in single quotes", "a:\n  b: 'Sam's boek'\n", 2, 11, "write ''"},
        {"a backslash in double quotes", "a:\n  b: \"S:\\Zorg\"\n", 2, 9, "backslash"},
        {"a bracket too many", "a:\n  b: [x]]\n", 2, 9, "closes nothing"},
        {"CRLF line ends", "a:\r\n  b: x: y\r\n", 2, 7, "between quotes"},
        {"lone CR line ends", "a:\r  b:\r    - 1\r   c: 2\r", 4, 4, "expected column 3"},
        {"columns in characters", "a:\n  b: één: twee\n", 2, 9, "between quotes"},
};

Test(yaml_hint, each_mistake_where_it_is)
{
	for (size_t i = 0; i < sizeof(mistakes) / sizeof(*mistakes); i++) {
		const struct mistake *m = &mistakes[i];
		struct opp_arena arena;
		struct opp_diags d;

		opp_arena_init(&arena);
		opp_diags_init(&d);
		cr_expect_null(opp_yaml_parse(&arena, m->yaml, strlen(m->yaml), &d), "%s: parsed", m->name);
		cr_assert_eq(d.n, 1, "%s: %zu findings", m->name, d.n);
		cr_expect_eq(d.v[0].rule, OPP_RULE_SYNTAX, "%s", m->name);
		cr_expect(d.v[0].pos.line == m->line && d.v[0].pos.col == m->col,
		          "%s: at %u:%u, not %u:%u (%s)", m->name, d.v[0].pos.line, d.v[0].pos.col, m->line,
		          m->col, d.v[0].msg);
		cr_expect(strstr(d.v[0].msg, m->says) != NULL, "%s: says \"%s\"", m->name, d.v[0].msg);
		cr_expect(strstr(d.v[0].msg, "invalid YAML") == NULL, "%s: libyaml's words: %s", m->name,
		          d.v[0].msg);
		opp_diags_release(&d);
		opp_arena_release(&arena);
	}
}

/* What is not one of these mistakes keeps libyaml's words, and the hint
 * never quotes the text of a value (it may name a pupil). */
Test(yaml_hint, otherwise_libyaml_and_no_values)
{
	const char *odd = "a: [x, \"y\" z]\n";
	struct opp_yaml_error e = {
	        "did not find expected ',' or ']'", "while parsing a flow sequence", {1, 12}, {1, 4}};
	struct opp_buf msg = OPP_BUF_INIT;
	struct opp_pos pos;

	/* The bracket closes on its line: not an unclosed bracket. */
	cr_expect_not(opp_yaml_hint(odd, strlen(odd), &e, &pos, &msg));
	e = (struct opp_yaml_error){"some new problem", NULL, {1, 1}, {0, 0}};
	cr_expect_not(opp_yaml_hint(odd, strlen(odd), &e, &pos, &msg));
	cr_expect_eq(msg.len, 0);
	for (size_t i = 0; i < sizeof(mistakes) / sizeof(*mistakes); i++) {
		struct opp_arena arena;
		struct opp_diags d;
		const char *yaml = mistakes[i].yaml;

		opp_arena_init(&arena);
		opp_diags_init(&d);
		opp_yaml_parse(&arena, yaml, strlen(yaml), &d);
		for (const char *w = strstr(yaml, "Sam"); w; w = NULL)
			cr_expect(strstr(d.v[0].msg, "Sam") == NULL, "%s quotes the value: %s",
			          mistakes[i].name, d.v[0].msg);
		opp_diags_release(&d);
		opp_arena_release(&arena);
	}
	opp_buf_release(&msg);
}

Test(yaml_hint, glued)
{
	cr_expect_eq(opp_yaml_glued("naam:Sam", 8), 4);
	cr_expect_eq(opp_yaml_glued("ouders_geinformeerd:2026-10-09", 30), 19);
	cr_expect_eq(opp_yaml_glued("naam: Sam", 9), 0);
	cr_expect_eq(opp_yaml_glued("naam:", 5), 0);
	cr_expect_eq(opp_yaml_glued("zie https://x.nl", 16), 0);
	cr_expect_eq(opp_yaml_glued("https://x.nl", 12), 0);
	cr_expect_eq(opp_yaml_glued("a::b", 4), 0);
	cr_expect_eq(opp_yaml_glued("-a:b", 4), 0);
}
