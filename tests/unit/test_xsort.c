/*
 * test_xsort — the external merge sort: the same order as a stable sort
 * in memory, whether everything fits in memory, a few runs are written,
 * or so many that runs are merged into runs of higher levels; equal keys
 * keep their order; keys built from numbers and strings sort as tuples.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/xsort.h"

struct item {
	char key[16];
	size_t klen;
	unsigned seq;
};

static int
cmp_item(const void *a, const void *b)
{
	const struct item *x = a, *y = b;
	size_t n = x->klen < y->klen ? x->klen : y->klen;
	int c = memcmp(x->key, y->key, n);

	if (c)
		return c;
	if (x->klen != y->klen)
		return x->klen < y->klen ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* n records with keys of 1..8 random bytes from a small alphabet (many
 * equal keys, some prefixes of others) and their number as value, sorted
 * with the budget; compared with qsort on (key, number). */
static void
check(size_t n, size_t budget, size_t min_runs, size_t max_runs)
{
	struct item *v = calloc(n ? n : 1, sizeof(*v));
	struct opp_xsort *x = opp_xsort_new(budget);
	struct opp_buf k = OPP_BUF_INIT, val = OPP_BUF_INIT;
	size_t got = 0;
	unsigned seed = 12345;

	cr_assert(v);
	for (size_t i = 0; i < n; i++) {
		seed = seed * 1103515245u + 12345u;
		v[i].klen = 1 + (seed >> 16) % 8;
		for (size_t j = 0; j < v[i].klen; j++) {
			seed = seed * 1103515245u + 12345u;
			v[i].key[j] = (char)('a' + (seed >> 16) % 3);
		}
		v[i].seq = (unsigned)i;
		opp_xsort_put(x, v[i].key, v[i].klen, &v[i].seq, sizeof(v[i].seq));
	}
	qsort(v, n, sizeof(*v), cmp_item);
	while (opp_xsort_next(x, &k, &val)) {
		unsigned seq;
		cr_assert_lt(got, n, "more records out than in");
		cr_assert_eq(val.len, sizeof(seq));
		memcpy(&seq, val.ptr, sizeof(seq));
		cr_assert_eq(k.len, v[got].klen, "record %zu: key length", got);
		cr_assert(memcmp(k.ptr, v[got].key, k.len) == 0, "record %zu: key", got);
		cr_assert_eq(seq, v[got].seq, "record %zu: equal keys keep their order", got);
		got++;
	}
	cr_assert_eq(opp_xsort_error(x), 0);
	cr_assert_eq(got, n, "records out: %zu of %zu", got, n);
	cr_expect_geq(opp_xsort_runs(x), min_runs, "runs written: %zu", opp_xsort_runs(x));
	cr_expect_leq(opp_xsort_runs(x), max_runs, "runs written: %zu", opp_xsort_runs(x));
	/* Reading past the end stays at the end. */
	cr_assert_not(opp_xsort_next(x, &k, &val));
	opp_xsort_free(x);
	opp_buf_release(&k);
	opp_buf_release(&val);
	free(v);
}

Test(xsort, empty)
{
	check(0, 1 << 20, 0, 0);
}

Test(xsort, in_memory)
{
	check(1000, 1 << 20, 0, 0);
}

Test(xsort, a_few_runs)
{
	/* About 36 bytes a record with its index: 2,000 records in 4 KiB
	 * budgets are some 18 runs (one carry into level 1). */
	check(2000, 4096, 10, 40);
}

/* Enough runs for carries into level 2 (16 × 16 runs of level 0). */
Test(xsort, runs_of_runs)
{
	check(40000, 4096, 256, 1000);
}

Test(xsort, keys_sort_as_tuples)
{
	static const struct {
		const char *s;
		int64_t n;
	} in[] = {{"b", 1}, {"a", 5}, {"a", -3}, {"", 7}, {"ab", -9}, {"a", INT64_MIN}, {"a", INT64_MAX}};
	static const size_t want[] = {3, 5, 2, 1, 6, 4, 0}; /* "" < "a" < "ab" < "b"; numbers in order */
	struct opp_xsort *x = opp_xsort_new(0);
	struct opp_buf k = OPP_BUF_INIT, val = OPP_BUF_INIT;
	size_t i = 0;

	for (size_t j = 0; j < sizeof(in) / sizeof(*in); j++) {
		opp_buf_reset(&k);
		opp_xsort_key_str(&k, in[j].s);
		opp_xsort_key_int(&k, in[j].n);
		opp_xsort_put(x, k.ptr, k.len, &j, sizeof(j));
	}
	while (opp_xsort_next(x, &k, &val)) {
		size_t j;
		memcpy(&j, val.ptr, sizeof(j));
		cr_expect_eq(j, want[i], "place %zu: record %zu, want %zu", i, j, want[i]);
		i++;
	}
	cr_expect_eq(i, sizeof(want) / sizeof(*want));
	opp_xsort_free(x);
	opp_buf_release(&k);
	opp_buf_release(&val);
}

/* A sorter freed before or in the middle of reading leaves nothing. */
Test(xsort, freed_while_reading)
{
	struct opp_xsort *x = opp_xsort_new(4096);
	struct opp_buf k = OPP_BUF_INIT, val = OPP_BUF_INIT;

	for (int i = 0; i < 1000; i++) {
		char key[8];
		snprintf(key, sizeof(key), "%d", 999 - i);
		opp_xsort_put(x, key, strlen(key), "v", 1);
	}
	cr_assert(opp_xsort_next(x, &k, &val));
	cr_expect(k.len == 1 && k.ptr[0] == '0', "smallest first: %s", k.ptr);
	opp_xsort_free(x);
	opp_xsort_free(opp_xsort_new(100));
	opp_buf_release(&k);
	opp_buf_release(&val);
}
