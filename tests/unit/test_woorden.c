/*
 * test_woorden — the words of the trade (lib/documents/woorden.c): a
 * term that occurs is listed once, one that does not is not, and its
 * inflected and uppercase forms count; the table is alphabetical and
 * every row has a sentence for parents.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "documents/woorden.h"

static size_t
at(const char *term)
{
	for (size_t i = 0; i < opp_woorden_n; i++)
		if (strcmp(opp_woorden[i].term, term) == 0)
			return i;
	cr_assert_fail("no term %s", term);
	return 0;
}

Test(woorden, a_term_that_occurs_is_found_once)
{
	bool *found = calloc(opp_woorden_n, sizeof(*found));

	cr_assert_eq(opp_woorden_in("De IB'er belt. Daarna belt de IB'er weer.", found), 1);
	cr_assert(found[at("IB'er")]);
	free(found);
}

Test(woorden, an_absent_term_is_not_found)
{
	bool *found = calloc(opp_woorden_n, sizeof(*found));

	cr_assert_eq(opp_woorden_in("Aaron gaat in de pauze naar buiten. Hij is vaak verzuimd.", found), 0);
	for (size_t i = 0; i < opp_woorden_n; i++)
		cr_assert_not(found[i], "%s", opp_woorden[i].term);
	cr_assert_eq(opp_woorden_in(NULL, found), 0);
	free(found);
}

Test(woorden, inflected_and_uppercase_forms)
{
	bool *found = calloc(opp_woorden_n, sizeof(*found));

	cr_assert_eq(opp_woorden_in("BESCHIKKINGEN, Poliklinische zorg, twee sociogrammen, de IB’ers, "
	                            "Jeugd-GGZ, ONGEOORLOOFD VERZUIM, Co-Teaching door AB",
	                            found),
	             8);
	cr_assert(found[at("beschikking")]);
	cr_assert(found[at("poliklinisch")]);
	cr_assert(found[at("sociogram")]);
	cr_assert(found[at("IB'er")]);
	cr_assert(found[at("GGZ")]);
	cr_assert(found[at("ongeoorloofd verzuim")]);
	cr_assert(found[at("co-teaching")]);
	cr_assert(found[at("ambulant begeleider")]); /* AB, another form */
	free(found);
}

Test(woorden, several_texts_into_one_list)
{
	bool *found = calloc(opp_woorden_n, sizeof(*found));

	opp_woorden_in("het OT", found);
	cr_assert_eq(opp_woorden_in("de psycho-educatie en het OT", found), 2);
	free(found);
}

Test(woorden, the_table_is_alphabetical_and_explained)
{
	for (size_t i = 0; i < opp_woorden_n; i++) {
		cr_assert(opp_woorden[i].uitleg && *opp_woorden[i].uitleg, "%s", opp_woorden[i].term);
		if (i)
			cr_assert_lt(strcasecmp(opp_woorden[i - 1].term, opp_woorden[i].term), 0, "%s",
			             opp_woorden[i].term);
	}
}
