/*
 * strmap — a table from strings to fixed-size values, in the order the
 * keys were first seen: for counting things by name (the caseload
 * report's patterns) without a second hand-written hash table.
 *
 * Keys are copied; values are zeroed when their key is added. Lookups
 * take amortised constant time (open addressing, FNV-1a). Pointers to
 * values stay valid only until the next opp_strmap_get().
 */
#ifndef OPP_STRMAP_H
#define OPP_STRMAP_H

#include <stddef.h>

struct opp_strmap {
	char **keys;       /* in insertion order */
	char *vals;        /* n values of vsize bytes, in the same order */
	size_t n;          /* entries */
	size_t kcap, vcap; /* allocated */
	size_t *slot;      /* open addressing: entry index + 1, 0 empty */
	size_t nslot;      /* a power of two, at least twice n */
	size_t vsize;
};

void opp_strmap_init(struct opp_strmap *m, size_t vsize);
void opp_strmap_release(struct opp_strmap *m);

/* The value of key, added (zeroed) when the key is new. */
void *opp_strmap_get(struct opp_strmap *m, const char *key);

/* Entry i (0 <= i < m->n, insertion order): its key and its value. */
const char *opp_strmap_key(const struct opp_strmap *m, size_t i);
void *opp_strmap_value(const struct opp_strmap *m, size_t i);

#endif
