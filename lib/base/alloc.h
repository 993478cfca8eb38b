/*
 * alloc — allocation that never returns NULL, and the arena that owns a
 * loaded document.
 *
 * Allocation failure aborts (as in mandoc): callers never check for NULL.
 * An arena hands out memory that lives until opp_arena_release(); a loaded
 * document, its nodes and all its strings live in one arena, so one call
 * frees everything.
 */
#ifndef OPP_ALLOC_H
#define OPP_ALLOC_H

#include <stddef.h>

void *xmalloc(size_t n);                 /* caller frees */
void *xcalloc(size_t n, size_t size);    /* caller frees; zeroed */
void *xrealloc(void *p, size_t n);       /* caller frees */
char *xstrdup(const char *s);            /* caller frees */
char *xstrndup(const char *s, size_t n); /* caller frees; NUL-terminated */

/* Grow *v (holding *cap items of size sz) so that it holds at least need. */
void xgrow(void *v, size_t *cap, size_t need, size_t sz);

struct opp_arena {
	struct arena_block *head; /* newest block first */
};

void opp_arena_init(struct opp_arena *a);
void opp_arena_release(struct opp_arena *a);          /* frees every block */
void *opp_arena_alloc(struct opp_arena *a, size_t n); /* zeroed, aligned */
char *opp_arena_strndup(struct opp_arena *a, const char *s, size_t n);
char *opp_arena_strdup(struct opp_arena *a, const char *s);

#endif
