/*
 * writer — what a format's writer implements for the sink (sink.h), and
 * the sink's state it may use. Only sink.c and the writers (md.c,
 * html.c, text.c) include this; documents use sink.h.
 *
 * sink.c keeps the bookkeeping every format needs (which block is open,
 * the table's columns, the current cell, handing full buffers over) and
 * calls the writer's operations in a fixed order: begin, then blocks,
 * then end. Every operation appends to s->out. A writer may leave an
 * operation NULL where its format writes nothing.
 */
#ifndef OPP_WRITER_H
#define OPP_WRITER_H

#include <stdbool.h>
#include <stddef.h>

#include "base/buf.h"

/* From sink.h, which every writer includes too (this header includes
 * nothing of it, so that the two stay one module without a cycle). */
struct opp_sink_page;
struct opp_sink_col;
struct opp_chart;

struct opp_writer {
	const char *name;
	void (*begin)(struct opp_sink *s, const struct opp_sink_page *page);
	void (*end)(struct opp_sink *s);
	void (*heading)(struct opp_sink *s, int level, const char *text);
	void (*para_begin)(struct opp_sink *s);
	void (*para_end)(struct opp_sink *s);
	void (*markdown)(struct opp_sink *s, const char *md);
	void (*chart)(struct opp_sink *s, const struct opp_chart *c);
	void (*fields_begin)(struct opp_sink *s);
	void (*field)(struct opp_sink *s, const char *label, const char *value, bool md);
	void (*fields_end)(struct opp_sink *s);
	void (*list_begin)(struct opp_sink *s);
	void (*item_begin)(struct opp_sink *s);
	void (*item_end)(struct opp_sink *s);
	void (*list_end)(struct opp_sink *s);
	void (*table_begin)(struct opp_sink *s);
	void (*row_begin)(struct opp_sink *s);
	/* A row a link can point at (id: letters, digits and '-', checked);
	 * NULL where the format has no anchors: row_begin is called. */
	void (*row_begin_id)(struct opp_sink *s, const char *id);
	/* The cell in column s->col, spanning s->span columns (1, or the
	 * rest of the row). */
	void (*cell_begin)(struct opp_sink *s);
	void (*cell_end)(struct opp_sink *s);
	void (*row_end)(struct opp_sink *s);
	void (*table_end)(struct opp_sink *s);
	/* Inline content. md_inline is free text inside a table cell. */
	void (*text)(struct opp_sink *s, const char *text);
	void (*strong)(struct opp_sink *s, const char *text);
	void (*emph)(struct opp_sink *s, const char *text);
	void (*link)(struct opp_sink *s, const char *url, const char *text);
	void (*time)(struct opp_sink *s, const char *iso, const char *text);
	void (*punct)(struct opp_sink *s, const char *p);
	void (*md_inline)(struct opp_sink *s, const char *md);
	/* Free what the writer allocated in s->priv. */
	void (*release)(struct opp_sink *s);
};

enum opp_sink_block { OPP_BLOCK_NONE, OPP_BLOCK_FIELDS, OPP_BLOCK_LIST, OPP_BLOCK_TABLE };

struct opp_sink {
	const struct opp_writer *w;
	struct opp_buf out;                                     /* what is written and not yet handed over */
	bool (*write)(void *ctx, const char *data, size_t len); /* opp_sink_write_fn */
	void *ctx;
	bool failed;              /* a write failed: nothing more is handed over */
	size_t handed;            /* bytes handed over so far */
	char tail[2];             /* the last two bytes handed over (tail[1] the last) */
	size_t width;             /* the page's width (text tables) */
	int depth;                /* documents begun and not ended (nested: one page) */
	enum opp_sink_block open; /* the block between its begin and end */
	bool ordered;             /* the open list is numbered */
	size_t nitem;             /* items in the open list so far */
	size_t ncols;             /* the open table: its columns */
	struct opp_sink_col *cols;
	char *cls;
	size_t col;       /* the current cell's column */
	size_t span;      /* the columns it spans */
	bool line_start;  /* the next inline text starts a line (md) */
	bool fields_seen; /* a field list has been written (md) */
	bool loose;       /* md: the last field took several lines */
	void *priv;       /* the writer's own state */
};

/* Whether everything written so far is nothing, or ends in a blank line:
 * where a format that separates blocks by a blank line needs none. */
bool opp_sink_at_block_start(const struct opp_sink *s);

/* For formats whose blocks are separated by one blank line (md, text):
 * start a block (a newline unless at a block start), end a line. */
void opp_sink_sep(struct opp_sink *s);
void opp_sink_newline(struct opp_sink *s);

/* Whether a URL may be written as a link target: http:, https: or
 * mailto:, with no white space, control characters, quotes, < > or
 * parentheses (so it ends nowhere but where it should). */
bool opp_sink_url_ok(const char *url);

#endif
