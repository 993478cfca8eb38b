/*
 * test_names — the matcher for names in free text (lib/format/names.c),
 * shared by redact and the invitation: a name in any case, accent and
 * normal form, whole or word by word, particles left alone, two letters
 * only as written, the genitive s, the longest match first.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "format/names.h"

static char *
replaced(struct opp_names *m, const char *text)
{
	struct opp_buf b = OPP_BUF_INIT;

	opp_names_replace(m, &b, text);
	return opp_buf_detach(&b, NULL);
}

#define EXPECT(m, in, want)                                                                                  \
	do {                                                                                                 \
		char *got_ = replaced(m, in);                                                                \
		cr_assert_str_eq(got_, want, "for '%s'", in);                                                \
		free(got_);                                                                                  \
	} while (0)

Test(names, the_pupil_by_initials)
{
	struct opp_names *m = opp_names_new();

	opp_names_add(m, "Zoë van 't Hof", "Z.v.t.H.", false);
	EXPECT(m, "Zoë van 't Hof komt te laat", "Z.v.t.H. komt te laat");
	EXPECT(m, "ZOË en zoe en Zoe\xcc\x88 (decomposed)", "Z.v.t.H. en Z.v.t.H. en Z.v.t.H. (decomposed)");
	EXPECT(m, "de familie Hof", "de familie Z.v.t.H.");
	EXPECT(m, "van de school", "van de school");   /* particles are no names */
	EXPECT(m, "Hofs moeder", "Z.v.t.H.'s moeder"); /* a genitive after initials */
	EXPECT(m, "„Zoë”, (Zoë) en Zoë…", "„Z.v.t.H.”, (Z.v.t.H.) en Z.v.t.H.…");
	EXPECT(m, "Zoëtje", "Zoëtje"); /* a name inside another word stays */
	opp_names_free(m);
}

Test(names, pseudonyms_longest_first_and_two_letters_as_written)
{
	struct opp_names *m = opp_names_new();

	opp_names_add(m, "Bo Yılmaz", "Leerling", false);
	opp_names_add(m, "Sems de Boer", "Leerkracht 1", false);
	opp_names_add(m, "Basisschool De Wegwijzer", "School", true);
	EXPECT(m, "Bo en bo", "Leerling en bo");
	EXPECT(m, "YILMAZ, yilmaz", "Leerling, Leerling");
	EXPECT(m, "Sems de Boer zegt", "Leerkracht 1 zegt");
	EXPECT(m, "Sems' boek en Sems boek", "Leerkracht 1' boek en Leerkracht 1 boek");
	EXPECT(m, "Semss", "Leerkracht 1s"); /* the genitive stays, no apostrophe after a word */
	EXPECT(m, "op de wegwijzer, een basisschool", "op de School, een basisschool");
	opp_names_free(m);
}

Test(names, nothing_added_nothing_replaced)
{
	struct opp_names *m = opp_names_new();

	opp_names_add(m, NULL, "X", false);
	EXPECT(m, "Noor en haar ouders", "Noor en haar ouders");
	EXPECT(m, "", "");
	opp_names_free(m);
}

/* collects what opp_names_find reports, joined by '|' */
static void
collect(void *ctx, const char *repl)
{
	struct opp_buf *b = ctx;

	if (b->len)
		opp_buf_putc(b, '|');
	opp_buf_puts(b, repl);
}

#define FOUND(m, in, want)                                                                                   \
	do {                                                                                                 \
		struct opp_buf b_ = OPP_BUF_INIT;                                                            \
		opp_names_find(m, in, collect, &b_);                                                         \
		cr_assert_str_eq(b_.ptr, want, "for '%s'", in);                                              \
		opp_buf_release(&b_);                                                                        \
	} while (0)

Test(names, terms_whole_any_case_with_their_endings)
{
	struct opp_names *m = opp_names_new();

	opp_names_add_term(m, "IB'er", "ib");
	opp_names_add_term(m, "OT", "ot");
	opp_names_add_term(m, "ongeoorloofd verzuim", "verzuim");
	opp_names_add_term(m, "beschikking", "beschikking");
	opp_names_add_term(m, "poliklinisch", "poli");
	FOUND(m, "De IB'er en de IB’ers, ib'er", "ib|ib|ib");
	FOUND(m, "in het OT, in het ot, OT's", "ot|ot|ot");
	FOUND(m, "ONGEOORLOOFD VERZUIM en Ongeoorloofd  verzuim", "verzuim|verzuim");
	FOUND(m, "verzuim, ongeoorloofd", ""); /* never one of its words alone */
	FOUND(m, "twee beschikkingen", "beschikking");
	FOUND(m, "Poliklinische hulp", "poli");
	FOUND(m, "beschikkingsaanvraag, otter, piboter", ""); /* inside another word: no */
	/* as a replacement too, the ending kept */
	EXPECT(m, "twee beschikkingen", "twee beschikkingen");
	opp_names_free(m);
}
