/*
 * names — find people's names in free text and replace them: the one
 * matcher for names, used by redact (pseudonyms: "Leerkracht 1") and by
 * the invitation (the pupil by initials: "N.V."); and for words of the
 * trade, which the parents' document explains (documents/woorden.h).
 *
 * A name is matched word by word in the folded form of utf8.h (NFC, full
 * case folding, marks stripped, ı as i), with Unicode word boundaries: a
 * word is a run of letters, marks and digits, so quotes, apostrophes,
 * ellipses and no-break spaces end one. The whole name matches, and so
 * does each of its words that is a name of its own (two letters or more,
 * not a Dutch particle such as "van" or "de"); a word of two letters only
 * as written ("Bo", not "bo"), and a word of three letters or more also
 * with a genitive s ("Sems"; after a replacement that ends in a full stop
 * the s takes an apostrophe: "A.B.'s"). The longest match wins. docs/redact.md says
 * exactly what is and is not caught.
 *
 * struct opp_names owns everything it holds (copies of the names and
 * replacements); build it with opp_names_add(), then replace with
 * opp_names_replace() as often as needed; free with opp_names_free().
 */
#ifndef OPP_NAMES_H
#define OPP_NAMES_H

#include <stdbool.h>

#include "base/buf.h"

struct opp_names;

struct opp_names *opp_names_new(void);
void opp_names_free(struct opp_names *m);

/* Find naam (and its words, as above) and replace it with repl. For a
 * school (school true) the words every school name has ("basisschool",
 * "college", ...) are not names of their own. NULL naam: nothing. */
void opp_names_add(struct opp_names *m, const char *naam, const char *repl, bool school);

/* Find term, a word of the trade ("IB'er", "cognitieve gedragstherapie"),
 * with repl as its replacement: its words in order, folded as names are
 * but in any case whatever their length ("OT", "ot"), its last word also
 * with a Dutch ending (-e, -en, -n, -s: "beschikkingen", "poliklinische",
 * "IB'ers"); never one of its words alone ("verzuim" is not "ongeoorloofd
 * verzuim"). NULL term: nothing. */
void opp_names_add_term(struct opp_names *m, const char *term, const char *repl);

/* Append text to out with every name found replaced. */
void opp_names_replace(struct opp_names *m, struct opp_buf *out, const char *text);

/* Call found(ctx, repl) for each name or term found in text, in the
 * order of the text, with the replacement it was added with. */
void opp_names_find(struct opp_names *m, const char *text, void (*found)(void *ctx, const char *repl),
                    void *ctx);

#endif
