/*
 * suggest — "did you mean": the closest of a list of names to a typo,
 * by edit distance, within a limit that grows with the word's length.
 */
#ifndef OPP_SUGGEST_H
#define OPP_SUGGEST_H

#include <stddef.h>

/* The closest of names[0..n) to s, or NULL when none is close enough.
 * names may end early with a NULL entry. */
const char *opp_suggest(const char *s, const char *const *names, size_t n);

#endif
