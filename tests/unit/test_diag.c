/*
 * test_diag — the findings formats (lib/format/diag.c) whatever the file
 * name and the text they quote: one finding is one line in text and
 * GitHub output, with no control or bidi character; JSON and SARIF stay
 * valid for file names that are not UTF-8; SARIF uris are
 * percent-encoded.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "format/diag.h"

static void
one(struct opp_diags *d, const char *msg)
{
	opp_diags_init(d);
	opp_diags_add(d, OPP_RULE_SCHEMA, OPP_SEV_ERROR, (struct opp_pos){3, 5}, "%s", msg);
}

static size_t
lines(const char *s)
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
	cr_expect_eq(lines(b.ptr), 1, "%s", b.ptr);
	cr_expect(!has_unsafe(b.ptr), "%s", b.ptr);
	cr_expect_str_eq(b.ptr, "dir /t[2J.yaml:3:5: error: unknown key 'a]8;;http://x\\ t.yaml:9:9: error: "
	                        "forged' si [schema]\n");
	opp_buf_release(&b);
	opp_diags_release(&d);
}

Test(diag, excerpt_without_controls_caret_in_place)
{
	struct opp_diag_style st = {true, false};
	struct opp_buf b = OPP_BUF_INIT;
	const char *src = "a: 1\nb: 2\n\x1b[2Jk\xE2\x80\xAE: x\n";
	struct opp_diags d;

	one(&d, "m");
	d.v[0].pos = (struct opp_pos){3, 7};
	opp_diag_text(&b, "t.yaml", &d, src, strlen(src), &st);
	cr_expect_str_eq(b.ptr, "t.yaml:3:7: error: m [schema]\n"
	                        "    3 | [2Jk: x\n"
	                        "      |     ^\n");
	opp_buf_release(&b);
	opp_diags_release(&d);
}

Test(diag, excerpt_of_a_file_with_cr_line_ends)
{
	struct opp_diag_style st = {true, false};
	struct opp_buf b = OPP_BUF_INIT;
	const char *src = "a: 1\rb: [\rc: 3\r";
	struct opp_diags d;

	one(&d, "m");
	d.v[0].pos = (struct opp_pos){2, 4};
	opp_diag_text(&b, "t.yaml", &d, src, strlen(src), &st);
	cr_expect_str_eq(b.ptr, "t.yaml:2:4: error: m [schema]\n"
	                        "    2 | b: [\n"
	                        "      |    ^\n");
	opp_buf_release(&b);
	opp_diags_release(&d);
}

Test(diag, github_one_command_per_finding)
{
	struct opp_buf b = OPP_BUF_INIT;
	struct opp_diags d;

	one(&d, "key 'a\x1b[2J\n::error file=x::forged'");
	opp_diag_github(&b, "t\x1b.yaml", &d);
	cr_expect_eq(lines(b.ptr), 1, "%s", b.ptr);
	cr_expect(!has_unsafe(b.ptr), "%s", b.ptr);
	cr_expect_str_eq(b.ptr, "::error file=t.yaml,line=3,col=5,title=schema::key 'a[2J ::error "
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
