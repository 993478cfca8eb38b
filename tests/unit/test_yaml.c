/*
 * test_yaml — the YAML layer (lib/format/yaml.c) on text that libyaml
 * alone gets wrong: U+2028, U+2029 and U+0085 are ordinary characters in
 * YAML 1.2 (libyaml, a YAML 1.1 parser, takes them as line breaks: every
 * later line number shifted, a value changed, a valid file refused);
 * files with CR-only line ends; and duplicate keys that are free text.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format/yaml.h"

struct parsed {
	struct opp_arena a;
	struct opp_diags d;
	struct opp_node *root;
};

static void
parse(struct parsed *p, const char *text)
{
	opp_arena_init(&p->a);
	opp_diags_init(&p->d);
	p->root = opp_yaml_parse(&p->a, text, strlen(text), &p->d);
}

static void
done(struct parsed *p)
{
	opp_diags_release(&p->d);
	opp_arena_release(&p->a);
}

/* The value node of key in a mapping, or NULL. */
static const struct opp_node *
get(const struct opp_node *map, const char *key)
{
	for (const struct opp_node *k = map ? map->kids : NULL; k && k->next; k = k->next->next)
		if (strcmp(k->s, key) == 0)
			return k->next;
	return NULL;
}

Test(yaml, unicode_line_breaks_are_characters)
{
	static const char *const chars[] = {"\xE2\x80\xA8", "\xE2\x80\xA9", "\xC2\x85"};

	for (size_t i = 0; i < 3; i++) {
		char text[256], want[32];
		struct parsed p;
		const struct opp_node *v;

		/* quoted, plain and block values, then a key on line 5 */
		snprintf(text, sizeof(text),
		         "a: \"een%stwee\"\nb: een%stwee\nc: 'x%sy'\nd: |\n  r%ss\ne: 1\n", chars[i],
		         chars[i], chars[i], chars[i]);
		parse(&p, text);
		cr_assert_not_null(p.root, "%zu: %s", i, p.d.n ? p.d.v[0].msg : "");
		snprintf(want, sizeof(want), "een%stwee", chars[i]);
		cr_expect_str_eq(get(p.root, "a")->s, want, "the character is kept");
		cr_expect_str_eq(get(p.root, "b")->s, want);
		v = get(p.root, "e");
		cr_assert_not_null(v);
		cr_expect_eq(v->pos.line, 6, "%zu: line %u", i, v->pos.line);
		cr_expect_eq(v->pos.col, 4);
		snprintf(want, sizeof(want), "r%ss\n", chars[i]);
		cr_expect_str_eq(get(p.root, "d")->s, want);
		done(&p);
	}
}

Test(yaml, unicode_line_break_does_not_start_a_key)
{
	/* "een<U+2028>b" is one value: libyaml alone took "b" for a key
	 * without a colon and refused the file. And ": " after it is what it
	 * is in any plain value: not allowed. */
	struct parsed p;

	parse(&p, "a: een\xE2\x80\xA8"
	          "b\nc: 1\n");
	cr_assert_not_null(p.root, "%s", p.d.n ? p.d.v[0].msg : "");
	cr_expect_eq(p.root->n, 4, "two keys");
	cr_expect_str_eq(get(p.root, "a")->s, "een\xE2\x80\xA8"
	                                      "b");
	cr_expect_eq(get(p.root, "c")->pos.line, 2);
	done(&p);

	parse(&p, "a: een\xE2\x80\xA8"
	          "b: 1\n");
	cr_assert_null(p.root);
	cr_expect_eq(p.d.v[0].pos.line, 1);
	done(&p);
}

Test(yaml, escapes_and_raw_breaks_together)
{
	/* Private-use characters written as escapes stay what they are next
	 * to raw U+2028 (whatever the loader does internally). */
	struct parsed p;

	parse(&p, "a: \"\\uE000 \\uE001 \\u07C0 \xE2\x80\xA8 \xC2\x85 \xEE\x80\x82\"\nb: 1\n");
	cr_assert_not_null(p.root, "%s", p.d.n ? p.d.v[0].msg : "");
	cr_expect_str_eq(get(p.root, "a")->s,
	                 "\xEE\x80\x80 \xEE\x80\x81 \xDF\x80 \xE2\x80\xA8 \xC2\x85 \xEE\x80\x82");
	cr_expect_eq(get(p.root, "b")->pos.line, 2);
	done(&p);
}

Test(yaml, positions_in_a_file_with_cr_line_ends)
{
	struct parsed p;

	parse(&p, "a: 1\rb: x\rc: [\r");
	cr_assert_null(p.root);
	cr_assert_eq(p.d.n, 1);
	cr_expect_eq(p.d.v[0].pos.line, 3, "line %u", p.d.v[0].pos.line);
	done(&p);

	/* Invalid UTF-8 on line 3: the reader's offset, counted in CR lines. */
	parse(&p, "a: 1\rb: x\rc: \xFF\r");
	cr_assert_null(p.root);
	cr_expect_eq(p.d.v[0].pos.line, 3, "line %u", p.d.v[0].pos.line);
	cr_expect_eq(p.d.v[0].pos.col, 4);
	done(&p);

	parse(&p, "a: 1\rb: x\rc: 3\r");
	cr_assert_not_null(p.root);
	cr_expect_eq(get(p.root, "c")->pos.line, 3);
	done(&p);
}

Test(yaml, duplicate_of_free_text_is_not_repeated)
{
	/* A paragraph typed without | becomes a key; twice, it is a duplicate
	 * key: the message must not repeat it (CI logs, list, report). */
	struct parsed p;

	parse(&p, "opp: 1\nMoeder Monique zegt dat het thuis slecht gaat: 1\n"
	          "Moeder Monique zegt dat het thuis slecht gaat: 2\n");
	cr_assert_null(p.root);
	cr_assert_eq(p.d.n, 1);
	cr_expect_eq(p.d.v[0].pos.line, 3);
	cr_expect(!strstr(p.d.v[0].msg, "Monique"), "%s", p.d.v[0].msg);
	cr_expect(strstr(p.d.v[0].msg, "line 2"), "%s", p.d.v[0].msg);
	done(&p);

	/* A short key-shaped name is named. */
	parse(&p, "opp: 1\nnaam: a\nnaam: b\n");
	cr_assert_null(p.root);
	cr_expect(strstr(p.d.v[0].msg, "'naam'"), "%s", p.d.v[0].msg);
	done(&p);

	/* A long one is not (nor in the sorted path for big mappings). */
	{
		char text[8192];
		size_t k = (size_t)snprintf(text, sizeof(text), "opp: 1\n");
		for (int i = 0; i < 20; i++)
			k += (size_t)snprintf(text + k, sizeof(text) - k, "k%d: %d\n", i, i);
		snprintf(text + k, sizeof(text) - k,
		         "a_very_long_key_name_that_goes_on_and_on_forever_x: 1\n"
		         "a_very_long_key_name_that_goes_on_and_on_forever_x: 2\n");
		parse(&p, text);
		cr_assert_null(p.root);
		cr_expect(!strstr(p.d.v[0].msg, "forever"), "%s", p.d.v[0].msg);
		cr_expect_eq(p.d.v[0].pos.line, 23);
		done(&p);
	}
}

Test(yaml, key_shape)
{
	cr_expect(opp_yaml_key_shaped("naam"));
	cr_expect(opp_yaml_key_shaped("x-eigen_veld"));
	cr_expect(opp_yaml_key_shaped("Naam"));
	cr_expect(opp_yaml_key_shaped("doel-1"));
	cr_expect(!opp_yaml_key_shaped(""));
	cr_expect(!opp_yaml_key_shaped("Moeder Monique zegt"));
	cr_expect(!opp_yaml_key_shaped("naam\x1b[2J"));
	cr_expect(!opp_yaml_key_shaped("a\nb"));
	cr_expect(!opp_yaml_key_shaped("zoë"));
	cr_expect(!opp_yaml_key_shaped("a_very_long_key_name_that_goes_on_and_on_forever_x"));
}
