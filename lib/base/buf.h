/*
 * buf — the one growable byte buffer, used by every renderer and writer.
 *
 * Lifecycle: opp_buf_init() (or OPP_BUF_INIT), append, then either
 * opp_buf_release() or opp_buf_detach() (caller frees the result).
 * The content is always NUL-terminated.
 */
#ifndef OPP_BUF_H
#define OPP_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct opp_buf {
	char *ptr;  /* content, NUL-terminated; never NULL after init */
	size_t len; /* bytes used, without the NUL */
	size_t cap; /* bytes allocated */
};

#define OPP_BUF_INIT                                                                                         \
	{                                                                                                    \
		opp_buf_empty, 0, 0                                                                          \
	}
extern char opp_buf_empty[];

void opp_buf_init(struct opp_buf *b);
void opp_buf_release(struct opp_buf *b);
char *opp_buf_detach(struct opp_buf *b, size_t *len); /* caller frees */
void opp_buf_reset(struct opp_buf *b);                /* keeps memory */
void opp_buf_add(struct opp_buf *b, const void *data, size_t n);
void opp_buf_puts(struct opp_buf *b, const char *s);
void opp_buf_putc(struct opp_buf *b, int c);
void opp_buf_printf(struct opp_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void opp_buf_vprintf(struct opp_buf *b, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));

#endif
