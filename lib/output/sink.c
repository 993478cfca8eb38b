/*
 * sink — the bookkeeping between a document and a format's writer: see
 * sink.h (the interface) and writer.h (what a writer implements).
 */
#include "output/sink.h"

#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "output/writer.h"

/* Hand the buffer over once it holds this much: large enough that a
 * write call is rare, small enough that memory stays flat. */
#define HANDOVER 65536

static bool
append(void *ctx, const char *data, size_t len)
{
	opp_buf_add(ctx, data, len);
	return true;
}

struct opp_sink *
opp_sink_new(const struct opp_writer *w, opp_sink_write_fn *write, void *ctx)
{
	struct opp_sink *s = xcalloc(1, sizeof(*s));

	s->w = w;
	s->write = write;
	s->ctx = ctx;
	opp_buf_init(&s->out);
	return s;
}

struct opp_sink *
opp_sink_to_buf(const struct opp_writer *w, struct opp_buf *out)
{
	return opp_sink_new(w, append, out);
}

static void
hand_over(struct opp_sink *s)
{
	struct opp_buf *b = &s->out;

	if (!b->len)
		return;
	if (!s->failed)
		s->failed = !s->write(s->ctx, b->ptr, b->len);
	if (b->len >= 2) {
		s->tail[0] = b->ptr[b->len - 2];
		s->tail[1] = b->ptr[b->len - 1];
	} else {
		s->tail[0] = s->tail[1];
		s->tail[1] = b->ptr[0];
	}
	s->handed += b->len;
	opp_buf_reset(b);
}

/* After a block or a table row: hand over a full buffer. */
static void
done(struct opp_sink *s)
{
	if (s->out.len >= HANDOVER)
		hand_over(s);
}

bool
opp_sink_at_block_start(const struct opp_sink *s)
{
	const struct opp_buf *b = &s->out;
	char last[2];

	if (s->handed + b->len == 0)
		return true;
	if (s->handed + b->len < 2)
		return false;
	for (size_t k = 1; k <= 2; k++)
		last[2 - k] = b->len >= k ? b->ptr[b->len - k] : s->tail[2 - (k - b->len)];
	return last[0] == '\n' && last[1] == '\n';
}

void
opp_sink_sep(struct opp_sink *s)
{
	if (!opp_sink_at_block_start(s))
		opp_buf_putc(&s->out, '\n');
}

void
opp_sink_newline(struct opp_sink *s)
{
	opp_buf_putc(&s->out, '\n');
}

bool
opp_sink_url_ok(const char *url)
{
	/* A path on the same site ("/casus/3?x=y", never "//host") is the
	 * document's own link (opp serve), as safe as the schemes. */
	bool local = url && url[0] == '/' && url[1] != '/' && url[1] != '\\';

	if (!url || !(local || strncmp(url, "https://", 8) == 0 || strncmp(url, "http://", 7) == 0 ||
	              strncmp(url, "mailto:", 7) == 0))
		return false;
	for (const unsigned char *p = (const unsigned char *)url; *p; p++)
		if (*p <= ' ' || *p == 0x7F || strchr("\"'<>()\\`", *p))
			return false;
	return true;
}

bool
opp_sink_close(struct opp_sink *s)
{
	bool ok;

	hand_over(s);
	ok = !s->failed;
	if (s->w->release)
		s->w->release(s);
	for (size_t i = 0; s->cols && i < s->ncols; i++)
		free((char *)s->cols[i].head);
	free(s->cols);
	free(s->cls);
	opp_buf_release(&s->out);
	free(s);
	return ok;
}

#define CALL(s, op, ...)                                                                                     \
	do {                                                                                                 \
		if ((s)->w->op)                                                                              \
			(s)->w->op((s), __VA_ARGS__);                                                        \
	} while (0)
#define CALL0(s, op)                                                                                         \
	do {                                                                                                 \
		if ((s)->w->op)                                                                              \
			(s)->w->op(s);                                                                       \
	} while (0)

/* A new block starts: an open field list ends. */
static void
block(struct opp_sink *s)
{
	if (s->open == OPP_BLOCK_FIELDS) {
		CALL0(s, fields_end);
		s->open = OPP_BLOCK_NONE;
	}
}

void
opp_sink_begin(struct opp_sink *s, const struct opp_sink_page *page)
{
	/* A document inside a page that has begun (opp serve shows the OPP
	 * inside its own page): only the outermost begin and end count. */
	if (s->depth++)
		return;
	s->width = page->width;
	CALL(s, begin, page);
}

void
opp_sink_end(struct opp_sink *s)
{
	block(s);
	if (s->depth && --s->depth)
		return;
	CALL0(s, end);
	hand_over(s);
}

void
opp_sink_heading(struct opp_sink *s, int level, const char *text)
{
	block(s);
	CALL(s, heading, level < 1 ? 1 : level > 3 ? 3 : level, text ? text : "");
	done(s);
}

void
opp_sink_para_begin(struct opp_sink *s)
{
	block(s);
	s->line_start = true;
	CALL0(s, para_begin);
}

void
opp_sink_para_end(struct opp_sink *s)
{
	CALL0(s, para_end);
	s->line_start = false;
	done(s);
}

void
opp_sink_para(struct opp_sink *s, const char *text)
{
	opp_sink_para_begin(s);
	opp_sink_text(s, text);
	opp_sink_para_end(s);
}

void
opp_sink_markdown(struct opp_sink *s, const char *md)
{
	block(s);
	CALL(s, markdown, md ? md : "");
	done(s);
}

void
opp_sink_chart(struct opp_sink *s, const struct opp_chart *c)
{
	block(s);
	CALL(s, chart, c);
	done(s);
}

static void
field(struct opp_sink *s, const char *label, const char *value, bool md)
{
	if (s->open != OPP_BLOCK_FIELDS) {
		block(s);
		s->open = OPP_BLOCK_FIELDS;
		CALL0(s, fields_begin);
	}
	CALL(s, field, label ? label : "", value ? value : "", md);
	done(s);
}

void
opp_sink_field(struct opp_sink *s, const char *label, const char *value)
{
	field(s, label, value, false);
}

void
opp_sink_field_md(struct opp_sink *s, const char *label, const char *md)
{
	field(s, label, md, true);
}

void
opp_sink_list_begin(struct opp_sink *s, bool ordered)
{
	block(s);
	s->open = OPP_BLOCK_LIST;
	s->ordered = ordered;
	s->nitem = 0;
	CALL0(s, list_begin);
}

void
opp_sink_item_begin(struct opp_sink *s)
{
	s->nitem++;
	s->line_start = true;
	CALL0(s, item_begin);
}

void
opp_sink_item_end(struct opp_sink *s)
{
	CALL0(s, item_end);
	s->line_start = false;
}

void
opp_sink_item(struct opp_sink *s, const char *text)
{
	opp_sink_item_begin(s);
	opp_sink_text(s, text);
	opp_sink_item_end(s);
}

void
opp_sink_list_end(struct opp_sink *s)
{
	CALL0(s, list_end);
	s->open = OPP_BLOCK_NONE;
	done(s);
}

void
opp_sink_table_begin(struct opp_sink *s, const struct opp_sink_table *t)
{
	block(s);
	s->open = OPP_BLOCK_TABLE;
	s->ncols = t->ncols;
	s->cols = xcalloc(t->ncols + 1, sizeof(*s->cols));
	for (size_t i = 0; i < t->ncols; i++) {
		s->cols[i] = t->cols[i];
		s->cols[i].head = xstrdup(t->cols[i].head ? t->cols[i].head : "");
	}
	s->cls = t->cls ? xstrdup(t->cls) : NULL;
	CALL0(s, table_begin);
	done(s);
}

void
opp_sink_row_begin(struct opp_sink *s)
{
	s->col = 0;
	CALL0(s, row_begin);
}

void
opp_sink_row_begin_id(struct opp_sink *s, const char *id)
{
	bool ok = id && *id;

	for (const char *c = id; ok && *c; c++)
		ok = (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') ||
		     *c == '-';
	s->col = 0;
	if (ok && s->w->row_begin_id)
		s->w->row_begin_id(s, id);
	else
		CALL0(s, row_begin);
}

void
opp_sink_cell_begin(struct opp_sink *s)
{
	s->line_start = false;
	s->span = 1;
	CALL0(s, cell_begin);
}

void
opp_sink_cell_end(struct opp_sink *s)
{
	CALL0(s, cell_end);
	s->col++;
}

void
opp_sink_cell(struct opp_sink *s, const char *text)
{
	opp_sink_cell_begin(s);
	opp_sink_text(s, text);
	opp_sink_cell_end(s);
}

void
opp_sink_cell_md(struct opp_sink *s, const char *md)
{
	opp_sink_cell_begin(s);
	if (md)
		CALL(s, md_inline, md);
	opp_sink_cell_end(s);
}

void
opp_sink_cell_span(struct opp_sink *s, const char *text)
{
	s->line_start = false;
	s->span = s->col < s->ncols ? s->ncols - s->col : 1;
	CALL0(s, cell_begin);
	opp_sink_text(s, text);
	CALL0(s, cell_end);
	s->col = s->ncols;
}

void
opp_sink_row_end(struct opp_sink *s)
{
	CALL0(s, row_end);
	done(s);
}

void
opp_sink_table_end(struct opp_sink *s)
{
	CALL0(s, table_end);
	for (size_t i = 0; i < s->ncols; i++)
		free((char *)s->cols[i].head);
	free(s->cols);
	free(s->cls);
	s->cols = NULL;
	s->cls = NULL;
	s->ncols = 0;
	s->open = OPP_BLOCK_NONE;
	done(s);
}

void
opp_sink_text(struct opp_sink *s, const char *text)
{
	if (!text)
		return;
	CALL(s, text, text);
	s->line_start = false;
}

void
opp_sink_strong(struct opp_sink *s, const char *text)
{
	if (!text)
		return;
	CALL(s, strong, text);
	s->line_start = false;
}

void
opp_sink_emph(struct opp_sink *s, const char *text)
{
	if (!text)
		return;
	CALL(s, emph, text);
	s->line_start = false;
}

void
opp_sink_link(struct opp_sink *s, const char *url, const char *text)
{
	if (!opp_sink_url_ok(url)) {
		opp_sink_text(s, text ? text : url);
		return;
	}
	CALL(s, link, url, text && *text ? text : url);
	s->line_start = false;
}

void
opp_sink_time(struct opp_sink *s, const char *iso, const char *text)
{
	if (!text)
		return;
	CALL(s, time, iso ? iso : "", text);
	s->line_start = false;
}

void
opp_sink_punct(struct opp_sink *s, const char *p)
{
	if (!p || !*p)
		return;
	CALL(s, punct, p);
	s->line_start = false;
}
