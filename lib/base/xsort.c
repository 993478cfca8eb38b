/*
 * xsort — external merge sort in bounded memory: see xsort.h.
 *
 * Records wait in one buffer (keys and values side by side) with an
 * index; when the buffer passes the budget, the index is sorted and the
 * records go to a run, a spool of [key length][key][value] records. Runs
 * are kept in the order they were written, each with a level: whenever
 * the last FANIN runs share a level they are merged into one run of the
 * next level, as a counter carries. So there are at most FANIN - 1 runs
 * per level, a handful of levels for any input, and every record is
 * rewritten once per level. Reading merges the runs and what is still
 * in memory through a small heap; ties go to the older source, which
 * keeps records with equal keys in the order they were put.
 */
#include "base/xsort.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/spool.h"

#define FANIN      16
#define MIN_BUDGET 4096

struct rec {
	size_t off;      /* into mem: the key, then the value */
	const char *key; /* mem.ptr + off, set while sorting (mem may move before) */
	uint32_t klen;   /* key bytes */
	uint32_t vlen;   /* value bytes */
};

struct run {
	struct opp_spool *sp;
	int level;
};

/* A source of the merge: a run, or the sorted records in memory. */
struct src {
	struct opp_spool *sp;  /* NULL: the records in memory */
	struct opp_buf rec;    /* the current record, as spooled */
	const char *key, *val; /* the current record's key and value */
	size_t klen, vlen;
	size_t next; /* memory: the index of the next record */
};

struct merge {
	struct src *s;
	size_t n;
	size_t *heap; /* indices into s, smallest current record on top */
	size_t nheap;
};

struct opp_xsort {
	size_t budget;
	struct opp_buf mem; /* records not yet in a run */
	struct rec *v;
	size_t n, cap;
	struct run *runs; /* oldest first */
	size_t nruns, caprun;
	size_t written; /* runs written so far */
	int err;
	bool reading;
	struct merge m; /* while reading */
};

static void
fail(struct opp_xsort *x, int err)
{
	if (!x->err)
		x->err = err ? err : EIO;
}

struct opp_xsort *
opp_xsort_new(size_t budget)
{
	struct opp_xsort *x = xcalloc(1, sizeof(*x));

	x->budget = budget < MIN_BUDGET ? MIN_BUDGET : budget;
	opp_buf_init(&x->mem);
	return x;
}

/* ---- sources and the heap --------------------------------------------- */

static int
cmp_bytes(const char *a, size_t alen, const char *b, size_t blen)
{
	int c = memcmp(a, b, alen < blen ? alen : blen);

	if (c)
		return c;
	return alen < blen ? -1 : alen > blen;
}

/* The memory records in order; equal keys keep the order they came in. */
static int
cmp_rec(const void *a, const void *b)
{
	const struct rec *x = a, *y = b;
	int c = cmp_bytes(x->key, x->klen, y->key, y->klen);

	if (c)
		return c;
	return x->off < y->off ? -1 : x->off > y->off;
}

static void
sort_mem(struct opp_xsort *x)
{
	for (size_t i = 0; i < x->n; i++)
		x->v[i].key = x->mem.ptr + x->v[i].off;
	if (x->n > 1)
		qsort(x->v, x->n, sizeof(*x->v), cmp_rec);
}

/* Step a source to its next record; false at its end. */
static bool
src_step(struct opp_xsort *x, struct src *s)
{
	uint32_t klen;

	if (!s->sp) {
		const struct rec *r;
		if (s->next >= x->n)
			return false;
		r = &x->v[s->next++];
		s->key = x->mem.ptr + r->off;
		s->klen = r->klen;
		s->val = s->key + r->klen;
		s->vlen = r->vlen;
		return true;
	}
	if (!opp_spool_get(s->sp, &s->rec)) {
		if (opp_spool_error(s->sp))
			fail(x, opp_spool_error(s->sp));
		return false;
	}
	if (s->rec.len < sizeof(klen)) {
		fail(x, EIO);
		return false;
	}
	memcpy(&klen, s->rec.ptr, sizeof(klen));
	if (klen > s->rec.len - sizeof(klen)) {
		fail(x, EIO);
		return false;
	}
	s->key = s->rec.ptr + sizeof(klen);
	s->klen = klen;
	s->val = s->key + klen;
	s->vlen = s->rec.len - sizeof(klen) - klen;
	return true;
}

/* Whether source i comes before source j: by key, ties to the older. */
static bool
before(const struct merge *m, size_t i, size_t j)
{
	int c = cmp_bytes(m->s[i].key, m->s[i].klen, m->s[j].key, m->s[j].klen);

	return c < 0 || (c == 0 && i < j);
}

static void
sift_down(struct merge *m, size_t k)
{
	for (;;) {
		size_t l = 2 * k + 1, r = l + 1, best = k, t;
		if (l < m->nheap && before(m, m->heap[l], m->heap[best]))
			best = l;
		if (r < m->nheap && before(m, m->heap[r], m->heap[best]))
			best = r;
		if (best == k)
			return;
		t = m->heap[k];
		m->heap[k] = m->heap[best];
		m->heap[best] = t;
		k = best;
	}
}

/* A merge over the runs first..first+n-1 and, with mem, the records in
 * memory (the newest source). */
static void
merge_begin(struct opp_xsort *x, struct merge *m, size_t first, size_t n, bool mem)
{
	m->n = n + mem;
	m->s = xcalloc(m->n ? m->n : 1, sizeof(*m->s));
	m->heap = xcalloc(m->n ? m->n : 1, sizeof(*m->heap));
	m->nheap = 0;
	for (size_t i = 0; i < m->n; i++) {
		struct src *s = &m->s[i];
		opp_buf_init(&s->rec);
		if (i < n) {
			s->sp = x->runs[first + i].sp;
			opp_spool_rewind(s->sp);
		}
		if (src_step(x, s))
			m->heap[m->nheap++] = i;
	}
	for (size_t k = m->nheap / 2; k-- > 0;)
		sift_down(m, k);
}

/* The source holding the smallest record, or NULL at the end. */
static struct src *
merge_top(struct merge *m)
{
	return m->nheap ? &m->s[m->heap[0]] : NULL;
}

/* Past the top record. */
static void
merge_pop(struct opp_xsort *x, struct merge *m)
{
	if (!src_step(x, &m->s[m->heap[0]]))
		m->heap[0] = m->heap[--m->nheap];
	sift_down(m, 0);
}

static void
merge_end(struct merge *m)
{
	for (size_t i = 0; i < m->n; i++)
		opp_buf_release(&m->s[i].rec);
	free(m->s);
	free(m->heap);
	memset(m, 0, sizeof(*m));
}

/* ---- runs --------------------------------------------------------------- */

static void
put_run(struct opp_spool *sp, const char *key, size_t klen, const char *val, size_t vlen, struct opp_buf *tmp)
{
	uint32_t k = (uint32_t)klen;

	opp_buf_reset(tmp);
	opp_buf_add(tmp, &k, sizeof(k));
	opp_buf_add(tmp, key, klen);
	opp_buf_add(tmp, val, vlen);
	opp_spool_put(sp, tmp->ptr, tmp->len);
}

static struct opp_spool *
new_spool(struct opp_xsort *x)
{
	struct opp_spool *sp = opp_spool_new();

	if (!sp)
		fail(x, errno);
	return sp;
}

static void
add_run(struct opp_xsort *x, struct opp_spool *sp, int level)
{
	xgrow(&x->runs, &x->caprun, x->nruns + 1, sizeof(*x->runs));
	x->runs[x->nruns++] = (struct run){sp, level};
	x->written++;
}

/* Merge the last FANIN runs into one while they share a level. */
static void
carry(struct opp_xsort *x)
{
	struct opp_buf tmp = OPP_BUF_INIT;

	while (!x->err && x->nruns >= FANIN) {
		size_t first = x->nruns - FANIN;
		int level = x->runs[first].level;
		struct opp_spool *sp;
		struct merge m;
		struct src *s;

		for (size_t i = first; i < x->nruns; i++)
			if (x->runs[i].level != level)
				goto done;
		if (!(sp = new_spool(x)))
			break;
		merge_begin(x, &m, first, FANIN, false);
		for (; (s = merge_top(&m)); merge_pop(x, &m))
			put_run(sp, s->key, s->klen, s->val, s->vlen, &tmp);
		merge_end(&m);
		if (opp_spool_error(sp))
			fail(x, opp_spool_error(sp));
		for (size_t i = first; i < x->nruns; i++)
			opp_spool_free(x->runs[i].sp);
		x->nruns = first;
		add_run(x, sp, level + 1);
	}
done:
	opp_buf_release(&tmp);
}

/* The records in memory, sorted, into a new run of level 0. */
static void
spill(struct opp_xsort *x)
{
	struct opp_buf tmp = OPP_BUF_INIT;
	struct opp_spool *sp;

	if (x->err || !x->n || !(sp = new_spool(x)))
		return;
	sort_mem(x);
	for (size_t i = 0; i < x->n; i++) {
		const struct rec *r = &x->v[i];
		put_run(sp, x->mem.ptr + r->off, r->klen, x->mem.ptr + r->off + r->klen, r->vlen, &tmp);
	}
	opp_buf_release(&tmp);
	if (opp_spool_error(sp))
		fail(x, opp_spool_error(sp));
	add_run(x, sp, 0);
	x->n = 0;
	opp_buf_reset(&x->mem);
	carry(x);
}

/* ---- the interface ----------------------------------------------------- */

void
opp_xsort_put(struct opp_xsort *x, const void *key, size_t klen, const void *val, size_t vlen)
{
	if (x->err || x->reading)
		return;
	if (klen > UINT32_MAX || vlen > UINT32_MAX) {
		fail(x, EOVERFLOW);
		return;
	}
	xgrow(&x->v, &x->cap, x->n + 1, sizeof(*x->v));
	x->v[x->n++] = (struct rec){x->mem.len, NULL, (uint32_t)klen, (uint32_t)vlen};
	opp_buf_add(&x->mem, key, klen);
	opp_buf_add(&x->mem, val, vlen);
	if (x->mem.len + x->n * sizeof(*x->v) >= x->budget)
		spill(x);
}

bool
opp_xsort_next(struct opp_xsort *x, struct opp_buf *key, struct opp_buf *val)
{
	struct src *s;

	if (!x->reading) {
		x->reading = true;
		sort_mem(x);
		merge_begin(x, &x->m, 0, x->nruns, true);
	}
	if (x->err || !(s = merge_top(&x->m)))
		return false;
	opp_buf_reset(key);
	opp_buf_add(key, s->key, s->klen);
	opp_buf_reset(val);
	opp_buf_add(val, s->val, s->vlen);
	merge_pop(x, &x->m);
	return !x->err;
}

int
opp_xsort_error(const struct opp_xsort *x)
{
	return x->err;
}

size_t
opp_xsort_runs(const struct opp_xsort *x)
{
	return x->written;
}

void
opp_xsort_free(struct opp_xsort *x)
{
	if (!x)
		return;
	merge_end(&x->m);
	for (size_t i = 0; i < x->nruns; i++)
		opp_spool_free(x->runs[i].sp);
	free(x->runs);
	free(x->v);
	opp_buf_release(&x->mem);
	free(x);
}

void
opp_xsort_key_int(struct opp_buf *key, int64_t v)
{
	uint64_t u = (uint64_t)v ^ (UINT64_C(1) << 63);
	unsigned char b[8];

	for (int i = 7; i >= 0; i--, u >>= 8)
		b[i] = (unsigned char)(u & 0xFF);
	opp_buf_add(key, b, sizeof(b));
}

void
opp_xsort_key_str(struct opp_buf *key, const char *s)
{
	opp_buf_add(key, s ? s : "", (s ? strlen(s) : 0) + 1);
}
