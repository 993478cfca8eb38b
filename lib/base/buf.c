/*
 * buf — growable byte buffer (after cmark's strbuf and git's strbuf).
 */
#include "base/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"

char opp_buf_empty[1];

void
opp_buf_init(struct opp_buf *b)
{
	b->ptr = opp_buf_empty;
	b->len = b->cap = 0;
}

void
opp_buf_release(struct opp_buf *b)
{
	if (b->cap)
		free(b->ptr);
	opp_buf_init(b);
}

char *
opp_buf_detach(struct opp_buf *b, size_t *len)
{
	char *p = b->cap ? b->ptr : xstrdup("");

	if (len)
		*len = b->len;
	opp_buf_init(b);
	return p;
}

void
opp_buf_reset(struct opp_buf *b)
{
	b->len = 0;
	if (b->cap)
		b->ptr[0] = '\0';
}

static void
reserve(struct opp_buf *b, size_t extra)
{
	size_t need = b->len + extra + 1;

	if (need <= b->cap)
		return;
	if (!b->cap) {
		b->ptr = NULL;
	}
	xgrow(&b->ptr, &b->cap, need, 1);
}

void
opp_buf_add(struct opp_buf *b, const void *data, size_t n)
{
	reserve(b, n);
	memcpy(b->ptr + b->len, data, n);
	b->len += n;
	b->ptr[b->len] = '\0';
}

void
opp_buf_puts(struct opp_buf *b, const char *s)
{
	opp_buf_add(b, s, strlen(s));
}

void
opp_buf_putc(struct opp_buf *b, int c)
{
	char ch = (char)c;
	opp_buf_add(b, &ch, 1);
}

void
opp_buf_vprintf(struct opp_buf *b, const char *fmt, va_list ap)
{
	va_list cp;
	int n;

	va_copy(cp, ap);
	n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0)
		return;
	reserve(b, (size_t)n);
	vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void
opp_buf_printf(struct opp_buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	opp_buf_vprintf(b, fmt, ap);
	va_end(ap);
}
