/*
 * test_utf8 — the one UTF-8 module (lib/base/utf8.c): decoding never
 * reads past the end or accepts overlongs, cuts fall on character
 * boundaries, widths follow Unicode, and names fold alike whatever their
 * case, accents or normal form.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/utf8.h"

static char *
fold(const char *s)
{
	struct opp_buf b = OPP_BUF_INIT;
	opp_utf8_fold(&b, s, strlen(s));
	return opp_buf_detach(&b, NULL);
}

static char *
fit(const char *s, size_t w, bool pad, bool tail)
{
	struct opp_buf b = OPP_BUF_INIT;
	(tail ? opp_utf8_fit_tail : opp_utf8_fit)(&b, s, w, pad);
	return opp_buf_detach(&b, NULL);
}

Test(utf8, decodes_and_refuses_bad_sequences)
{
	uint32_t cp;

	cr_assert_eq(opp_utf8_next("é", 2, &cp), 2);
	cr_assert_eq(cp, 0xE9);
	cr_assert_eq(opp_utf8_next("\xF0\x9F\x98\x80", 4, &cp), 4);
	cr_assert_eq(cp, 0x1F600);
	/* overlong "/", a surrogate, a lone continuation, a truncated one */
	cr_assert_eq(opp_utf8_next("\xC0\xAF", 2, &cp), 1);
	cr_assert_eq(cp, OPP_UTF8_BAD);
	cr_assert_eq(opp_utf8_next("\xED\xA0\x80", 3, &cp), 1);
	cr_assert_eq(cp, OPP_UTF8_BAD);
	cr_assert_eq(opp_utf8_next("\x80", 1, &cp), 1);
	cr_assert_eq(opp_utf8_next("\xE2\x82", 2, &cp), 1, "never reads past len");
	cr_assert(opp_utf8_valid("Zoë \xEF\xBF\xBD", 8, NULL), "a real U+FFFD is valid");
	{
		size_t bad = 0;
		cr_assert_not(opp_utf8_valid("ab\xFF", 3, &bad));
		cr_assert_eq(bad, 2);
	}
}

Test(utf8, boundaries_never_split_a_character)
{
	const char *s = "aé€😀"; /* 1 + 2 + 3 + 4 bytes */

	for (size_t n = 0; n <= strlen(s); n++) {
		size_t k = opp_utf8_boundary(s, n);
		cr_assert(k <= n);
		cr_assert(k == 0 || k == 1 || k == 3 || k == 6 || k == 10, "cut at %zu for %zu", k, n);
		cr_assert(n - k < 4);
	}
	cr_assert_eq(opp_utf8_boundary(s, 5), 3);
	cr_assert_eq(opp_utf8_boundary("ab\x80\x80\x80\x80", 6), 6, "invalid bytes cut anywhere");
	cr_assert_eq(opp_utf8_chars(s, strlen(s)), 4);
}

/* The encoder and the steps agree with the decoder, character for
 * character, over every length of sequence. */
Test(utf8, encodes_and_steps_as_it_decodes)
{
	const uint32_t cps[] = {'a', 0xE9, 0x07C0, 0x2028, 0xE000, 0xFFFD, 0x1F600, 0x10FFFF};
	const char *s = "a\xC3\xA9\xE2\x80\xA8\xF0\x9F\x98\x80z"; /* a é U+2028 😀 z */
	size_t len = strlen(s), i = 0, k = 0, starts[6];
	char b[4];

	for (size_t j = 0; j < sizeof(cps) / sizeof(*cps); j++) {
		size_t n = opp_utf8_encode(cps[j], b);
		uint32_t cp;
		cr_assert_eq(opp_utf8_next(b, n, &cp), n, "U+%04X", (unsigned)cps[j]);
		cr_assert_eq(cp, cps[j]);
	}
	cr_assert_eq(opp_utf8_encode(0x07C0, b), 2, "the stand-in for U+0085 is as long");
	cr_assert_eq(opp_utf8_encode(0x110000, b), 3);
	cr_assert(memcmp(b, "\xEF\xBF\xBD", 3) == 0, "past U+10FFFF: U+FFFD");
	while (i < len) {
		uint32_t cp;
		starts[k++] = i;
		cr_assert_eq(opp_utf8_step(s, len, i), i + opp_utf8_next(s + i, len - i, &cp));
		i = opp_utf8_step(s, len, i);
	}
	cr_assert_eq(k, 5);
	cr_assert_eq(i, len);
	while (k > 1) {
		cr_assert_eq(opp_utf8_step_back(s, i), starts[k - 1]);
		i = starts[--k];
	}
	cr_assert_eq(opp_utf8_step_back(s, i), 0);
	cr_assert_eq(opp_utf8_step(s, 2, 1), 2, "never past len, even within a sequence");
}

Test(utf8, classes_come_from_unicode)
{
	cr_assert_eq(opp_utf8_class(0x0131), OPP_UC_LETTER); /* ı */
	cr_assert_eq(opp_utf8_class(0x2019), OPP_UC_PUNCT);  /* ’ */
	cr_assert_eq(opp_utf8_class(0x201E), OPP_UC_PUNCT);  /* „ */
	cr_assert_eq(opp_utf8_class(0x00AB), OPP_UC_PUNCT);  /* « */
	cr_assert_eq(opp_utf8_class(0x2026), OPP_UC_PUNCT);  /* … */
	cr_assert_eq(opp_utf8_class(0x00A0), OPP_UC_SPACE);  /* no-break space */
	cr_assert_eq(opp_utf8_class(0x202F), OPP_UC_SPACE);  /* narrow no-break space */
	cr_assert_eq(opp_utf8_class(0x0308), OPP_UC_MARK);
	cr_assert_eq(opp_utf8_class(0x202E), OPP_UC_FORMAT);
	cr_assert(opp_utf8_word('7') && opp_utf8_word(0x00EB) && !opp_utf8_word('-'));
	cr_assert(opp_utf8_unsafe(0x1B) && opp_utf8_unsafe(0x85) && opp_utf8_unsafe(0x202E) &&
	          opp_utf8_unsafe(0x2066));
	cr_assert(!opp_utf8_unsafe('\t') && !opp_utf8_unsafe('\n') && !opp_utf8_unsafe(0x00EB));
}

Test(utf8, widths)
{
	cr_assert_eq(opp_utf8_width("Zoë"), 3);
	cr_assert_eq(opp_utf8_width("Zoe\xCC\x88"), 3, "a combining mark takes no column");
	cr_assert_eq(opp_utf8_width("漢字"), 4);
	cr_assert_eq(opp_utf8_width("a\x1B[2Jb"), 5, "ESC takes no column");
	cr_assert_eq(opp_utf8_width(NULL), 0);
}

Test(utf8, fit_cuts_whole_characters_and_drops_controls)
{
	char *s;

	cr_assert_str_eq((s = fit("Özdemir", 4, false, false)), "Özd…");
	free(s);
	cr_assert_str_eq((s = fit("ab", 4, true, false)), "ab  ");
	free(s);
	cr_assert_str_eq((s = fit("漢字漢字", 5, false, false)), "漢字…");
	free(s);
	cr_assert_str_eq((s = fit("a\x1B"
	                          "b\xE2\x80\xAE"
	                          "c",
	                          10, false, false)),
	                 "abc");
	free(s);
	cr_assert_str_eq((s = fit("cases/aaron.yaml", 8, false, true)), "…on.yaml");
	free(s);
	cr_assert_str_eq((s = fit("abc", 0, false, false)), "");
	free(s);
}

Test(utf8, names_fold_alike)
{
	static const char *const same[][2] = {
	        {"ZOË ÖZTÜRK", "zoë öztürk"}, {"Zoe\xCC\x88", "Zoë"}, /* decomposed and composed */
	        {"öztürk", "OZTURK"},         {"Yılmaz", "YILMAZ"},   {"SEMS", "sems"}, {"Straße", "STRASSE"},
	};
	for (size_t i = 0; i < sizeof(same) / sizeof(*same); i++) {
		char *a = fold(same[i][0]), *b = fold(same[i][1]);
		cr_assert_str_eq(a, b, "%s and %s", same[i][0], same[i][1]);
		free(a);
		free(b);
	}
	{
		char *a = fold("Sem"), *b = fold("Sems");
		cr_assert_str_neq(a, b);
		free(a);
		free(b);
	}
	{
		char *a = fold("a\xFF");
		cr_assert_str_eq(a, "a\xFF", "invalid text folds to itself");
		free(a);
	}
}
