/*
 * alloc — malloc wrappers that abort on failure, and a bump arena.
 */
#include "base/alloc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"

static void
oom(size_t n)
{
	/* The one place the library may end the process: there is no sane
	 * way to go on without memory, and every caller would do the same. */
	fprintf(stderr, _("opp: out of memory (%zu bytes)\n"), n);
	abort();
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom(n);
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		oom(n * size);
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		oom(n);
	return q;
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

void
xgrow(void *v, size_t *cap, size_t need, size_t sz)
{
	void **pp = v;
	size_t c = *cap;

	if (need <= c)
		return;
	if (c < 8)
		c = 8;
	while (c < need) {
		if (c > SIZE_MAX / 2 / sz)
			oom(SIZE_MAX);
		c *= 2;
	}
	*pp = xrealloc(*pp, c * sz);
	*cap = c;
}

/* ---- arena ---------------------------------------------------------- */

struct arena_block {
	struct arena_block *next;
	size_t used, size;
	max_align_t data[];
};

enum { BLOCK_SIZE = 16 * 1024 };

void
opp_arena_init(struct opp_arena *a)
{
	a->head = NULL;
}

void
opp_arena_release(struct opp_arena *a)
{
	struct arena_block *b = a->head, *next;

	for (; b; b = next) {
		next = b->next;
		free(b);
	}
	a->head = NULL;
}

/* n bytes from the arena, not zeroed. */
static void *
bump(struct opp_arena *a, size_t n)
{
	struct arena_block *b = a->head;
	size_t align = sizeof(max_align_t);
	void *p;

	n = (n + align - 1) / align * align;
	if (n == 0)
		n = align;
	if (!b || b->size - b->used < n) {
		size_t size = n > BLOCK_SIZE / 2 ? n : BLOCK_SIZE;
		b = xmalloc(sizeof(*b) + size);
		b->used = 0;
		b->size = size;
		/* A big allocation gets a block of its own behind the head, so
		 * the head's free room is not wasted. */
		if (a->head && n > BLOCK_SIZE / 2) {
			b->next = a->head->next;
			a->head->next = b;
		} else {
			b->next = a->head;
			a->head = b;
		}
	}
	p = (char *)b->data + b->used;
	b->used += n;
	return p;
}

void *
opp_arena_alloc(struct opp_arena *a, size_t n)
{
	void *p = bump(a, n);

	memset(p, 0, n);
	return p;
}

char *
opp_arena_strndup(struct opp_arena *a, const char *s, size_t n)
{
	char *p = bump(a, n + 1); /* every byte written below */
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
opp_arena_strdup(struct opp_arena *a, const char *s)
{
	return opp_arena_strndup(a, s, strlen(s));
}
