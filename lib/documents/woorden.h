/*
 * woorden — the words of the trade that the case file's free text (and
 * the plan's own text) uses, each explained in one plain sentence: the
 * "Woorden in dit plan" list of the parents' document and the shorter
 * list of the pupil's (documents/render.c).
 *
 * The parents read the plan at B1 level (issue: "no jargon without
 * explanation"); professionals write the file in their words ("IB'er",
 * "psycho-educatie", "beschikking"). The school's document is read by
 * professionals and has no such list.
 *
 * One table (woorden.c): a term as shown, its other forms, the sentence
 * for parents, the sentence for the pupil (or none: not a word for the
 * pupil's list) and where the source documents use or define it. A term
 * is found with the project's matcher for words in free text
 * (format/names.h, opp_names_add_term): word by word, Unicode-aware,
 * case-folded, with its Dutch endings ("beschikkingen", "IB'ers").
 *
 * Owns: the table and the search over it.
 */
#ifndef OPP_WOORDEN_H
#define OPP_WOORDEN_H

#include <stdbool.h>
#include <stddef.h>

struct opp_woord {
	const char *term;   /* as the list shows it: "IB'er" */
	const char *vormen; /* other forms to find, separated by '|' ("IB"), or NULL */
	const char *uitleg; /* one plain sentence for parents */
	const char *jij;    /* one sentence for the pupil, or NULL: not in the pupil's list */
	const char *bron;   /* the source document that uses or defines it, or NULL */
};

/* The table, in alphabetical order (the order of the lists). */
extern const struct opp_woord opp_woorden[];
extern const size_t opp_woorden_n;

/* Mark in found[0 .. opp_woorden_n) the terms of the table that occur
 * in text (found[i] true; others are left as they are, so that several
 * texts can be searched into one array); return how many of found are
 * true. */
size_t opp_woorden_in(const char *text, bool *found);

#endif
