/*
 * text — the plain-text writer: for terminals (the table of `opp list`),
 * the calendar's DESCRIPTION and the text part of a mail.
 *
 * Blocks are separated by one blank line. Headings are underlined (=, -,
 * ~ by level), list items start with "- " (or "1. "), fields are
 * "Label: value" lines, strong and emphasis are plain. Control
 * characters never pass: in values, line breaks and tabs become spaces
 * and other controls are dropped; free text is shown as written, without
 * control characters other than line breaks and tabs.
 *
 * A table is collected and written at its end, its columns as wide as
 * their widest cell (terminal columns, utf8.h), right-aligned where
 * asked, separated by two spaces, with no blanks at the ends of lines.
 * With a page width, lines are fitted into it: the widest shrinkable
 * column gives up a column at a time, never below its minimum, and cut
 * values end in "…" (paths keep their end).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/utf8.h"
#include "output/sink.h"
#include "output/writer.h"

struct row {
	char **cell; /* ncols strings; after a spanning cell, NULL */
	size_t span; /* the column of a spanning cell, or ncols */
};

struct table {
	struct row *rows;
	size_t n, cap;
	size_t start; /* where the current cell's text begins in s->out */
};

/* A value: line breaks and tabs become spaces, other controls go. */
static void
put(struct opp_buf *b, const char *t)
{
	for (const unsigned char *p = (const unsigned char *)t; *p; p++)
		if (*p == '\n' || *p == '\r' || *p == '\t')
			opp_buf_putc(b, ' ');
		else if (*p >= 0x20 && *p != 0x7F)
			opp_buf_putc(b, *p);
}

static void
heading(struct opp_sink *s, int level, const char *text)
{
	size_t start, n;

	opp_sink_sep(s);
	start = s->out.len;
	put(&s->out, text);
	n = opp_utf8_width(s->out.ptr + start);
	opp_buf_putc(&s->out, '\n');
	while (n--)
		opp_buf_putc(&s->out, level == 1 ? '=' : level == 2 ? '-' : '~');
	opp_buf_putc(&s->out, '\n');
}

/* Free text as written, without control characters and trailing white
 * space. */
static void
markdown(struct opp_sink *s, const char *md)
{
	struct opp_buf *b = &s->out;
	size_t start;

	opp_sink_sep(s);
	start = b->len;
	for (const unsigned char *p = (const unsigned char *)md; *p; p++)
		if (*p >= 0x20 || *p == '\n' || *p == '\t')
			opp_buf_putc(b, *p);
	while (b->len > start && strchr(" \t\n", b->ptr[b->len - 1]))
		b->ptr[--b->len] = '\0';
	opp_buf_putc(b, '\n');
}

static void
field(struct opp_sink *s, const char *label, const char *value, bool md)
{
	put(&s->out, label);
	opp_buf_puts(&s->out, ": ");
	put(&s->out, value);
	opp_buf_putc(&s->out, '\n');
}

static void
item_begin(struct opp_sink *s)
{
	if (s->ordered)
		opp_buf_printf(&s->out, "%zu. ", s->nitem);
	else
		opp_buf_puts(&s->out, "- ");
}

static void
text(struct opp_sink *s, const char *t)
{
	put(&s->out, t);
}

static void
link(struct opp_sink *s, const char *url, const char *t)
{
	put(&s->out, t);
	if (strcmp(t, url) != 0)
		opp_buf_printf(&s->out, " <%s>", url);
}

static void
time_(struct opp_sink *s, const char *iso, const char *t)
{
	put(&s->out, t);
}

static void
punct(struct opp_sink *s, const char *p)
{
	opp_buf_puts(&s->out, p);
}

/* ---- tables ------------------------------------------------------------ */

static void
table_begin(struct opp_sink *s)
{
	opp_sink_sep(s);
	s->priv = xcalloc(1, sizeof(struct table));
}

static void
row_begin(struct opp_sink *s)
{
	struct table *t = s->priv;
	struct row *r;

	xgrow(&t->rows, &t->cap, t->n + 1, sizeof(*t->rows));
	r = &t->rows[t->n++];
	r->cell = xcalloc(s->ncols + 1, sizeof(*r->cell));
	r->span = s->ncols;
}

static void
cell_begin(struct opp_sink *s)
{
	struct table *t = s->priv;
	t->start = s->out.len;
}

/* The cell's text moves from the output into the table. */
static void
cell_end(struct opp_sink *s)
{
	struct table *t = s->priv;
	struct row *r = &t->rows[t->n - 1];

	if (s->col < s->ncols) {
		r->cell[s->col] = xstrdup(s->out.ptr + t->start);
		if (s->span > 1)
			r->span = s->col;
	}
	s->out.len = t->start;
	s->out.ptr[t->start] = '\0';
}

static void
md_inline(struct opp_sink *s, const char *md)
{
	put(&s->out, md);
}

static const char *
cell(const struct opp_sink *s, const struct row *r, size_t c)
{
	const char *v = r ? r->cell[c] : s->cols[c].head;
	return v ? v : "";
}

/* One line of the table (r NULL: the header), fitted into w. */
static void
line(struct opp_sink *s, const struct row *r, const size_t *w)
{
	struct opp_buf *b = &s->out;
	size_t start = b->len, used = 0;

	for (size_t c = 0; c < s->ncols; c++) {
		const char *v = cell(s, r, c);
		bool right = s->cols[c].align == OPP_ALIGN_RIGHT, last = c + 1 == s->ncols;

		if (c) {
			opp_buf_puts(b, "  ");
			used += 2;
		}
		if (r && r->span == c) {
			/* A spanning cell takes what the line has left. */
			size_t width = s->width;
			opp_utf8_fit(b, v, !width ? SIZE_MAX / 2 : width > used ? width - used : 1, false);
			break;
		}
		if (right)
			for (size_t cw = opp_utf8_width(v); cw < w[c]; cw++)
				opp_buf_putc(b, ' ');
		if (s->cols[c].tail)
			opp_utf8_fit_tail(b, v, w[c], !last && !right);
		else
			opp_utf8_fit(b, v, w[c], !last && !right);
		used += w[c];
	}
	/* No trailing blanks. */
	while (b->len > start && b->ptr[b->len - 1] == ' ')
		b->ptr[--b->len] = '\0';
	opp_buf_putc(b, '\n');
}

/* Free the collected table (also for a sink closed inside one). */
static void
release(struct opp_sink *s)
{
	struct table *t = s->priv;

	for (size_t i = 0; t && i < t->n; i++) {
		for (size_t c = 0; c < s->ncols; c++)
			free(t->rows[i].cell[c]);
		free(t->rows[i].cell);
	}
	if (t)
		free(t->rows);
	free(t);
	s->priv = NULL;
}

static void
table_end(struct opp_sink *s)
{
	struct table *t = s->priv;
	size_t *w = xcalloc(s->ncols + 1, sizeof(*w)), total = 0;

	for (size_t c = 0; c < s->ncols; c++)
		w[c] = opp_utf8_width(s->cols[c].head);
	for (size_t i = 0; i < t->n; i++)
		for (size_t c = 0; c < s->ncols && c < t->rows[i].span; c++) {
			size_t cw = opp_utf8_width(cell(s, &t->rows[i], c));
			if (cw > w[c])
				w[c] = cw;
		}
	for (size_t c = 0; c < s->ncols; c++)
		total += w[c] + (c ? 2 : 0);
	/* Too wide: take a column at a time from the widest column that may
	 * shrink, never below its minimum. */
	while (s->width && total > s->width) {
		size_t widest = s->ncols;
		for (size_t c = 0; c < s->ncols; c++)
			if (s->cols[c].min && w[c] > s->cols[c].min &&
			    (widest == s->ncols || w[c] > w[widest]))
				widest = c;
		if (widest == s->ncols)
			break;
		w[widest]--;
		total--;
	}
	line(s, NULL, w);
	for (size_t i = 0; i < t->n; i++)
		line(s, &t->rows[i], w);
	free(w);
	release(s);
}

const struct opp_writer opp_writer_text = {
        .name = "text",
        .heading = heading,
        .para_begin = opp_sink_sep,
        .para_end = opp_sink_newline,
        .markdown = markdown,
        .fields_begin = opp_sink_sep,
        .field = field,
        .list_begin = opp_sink_sep,
        .item_begin = item_begin,
        .item_end = opp_sink_newline,
        .table_begin = table_begin,
        .row_begin = row_begin,
        .cell_begin = cell_begin,
        .cell_end = cell_end,
        .table_end = table_end,
        .text = text,
        .strong = text,
        .emph = text,
        .link = link,
        .time = time_,
        .punct = punct,
        .md_inline = md_inline,
        .release = release,
};
