/*
 * sink — one interface for the documents' structure, and one writer per
 * text format: Markdown (md.c), HTML (html.c) and plain text (text.c),
 * as cmark's render.c drives its per-format renderers.
 *
 * A document (documents/render.c, agenda_doc.c, report.c, list.c) is a
 * walk over the model that says what to write and in which order: a
 * heading, a paragraph, a list of labelled values, a table... The writer
 * decides how each looks in its format and escapes everything: every
 * string handed to the sink is plain text, except those documented as
 * Markdown (the case file's free text), which md keeps but contains,
 * html renders through cmark in safe mode and text shows as written. The
 * writers know nothing of OPP.
 *
 * Blocks: headings, paragraphs, free-text blocks, field lists, lists and
 * tables. A paragraph, a list item and a table cell hold inline content:
 * text, strong, emphasis, links, times and the document's own
 * punctuation. Field lists open by themselves with the first field and
 * close with the next block.
 *
 * Output is written into a buffer and handed to the caller's write
 * function whenever a block has filled it, so a long document (the
 * caseload report) streams in constant memory.
 */
#ifndef OPP_SINK_H
#define OPP_SINK_H

#include <stdbool.h>
#include <stddef.h>

#include "base/buf.h"
#include "output/svg.h"

struct opp_sink;   /* opaque: one document being written */
struct opp_writer; /* opaque: a format's writer */

extern const struct opp_writer opp_writer_md;   /* CommonMark with GFM pipe tables */
extern const struct opp_writer opp_writer_html; /* one standalone page that loads nothing */
extern const struct opp_writer opp_writer_text; /* plain text for terminals, calendars and mail */

/* Takes the next len bytes of output; false on a write error (the sink
 * stops writing and opp_sink_close() reports it). */
typedef bool opp_sink_write_fn(void *ctx, const char *data, size_t len);

/* A sink writing through write(ctx, ...). Close with opp_sink_close(). */
struct opp_sink *opp_sink_new(const struct opp_writer *w, opp_sink_write_fn *write, void *ctx);

/* A sink appending to out. */
struct opp_sink *opp_sink_to_buf(const struct opp_writer *w, struct opp_buf *out);

/* Hand over what is left and free the sink; false when a write failed. */
bool opp_sink_close(struct opp_sink *s);

/* ---- the document ----------------------------------------------------- */

struct opp_sink_page {
	const char *title; /* html: the page's <title> (write the h1 as a heading) */
	const char *lang;  /* html: its language ("nl") */
	const char *css;   /* html: its style sheet, or NULL */
	size_t width;      /* text: fit table lines into this many columns; 0: no limit */
};

/* Begin and end the document; everything else goes in between. A
 * document begun inside another (a page that embeds it) writes no page
 * of its own: only the outermost begin and end count. */
void opp_sink_begin(struct opp_sink *s, const struct opp_sink_page *page);
void opp_sink_end(struct opp_sink *s);

/* ---- blocks ------------------------------------------------------------ */

/* A heading of level 1..3 (free text's own headings go below 3). */
void opp_sink_heading(struct opp_sink *s, int level, const char *text);

/* A paragraph of plain text; or begin one, add inline content, end it. */
void opp_sink_para(struct opp_sink *s, const char *text);
void opp_sink_para_begin(struct opp_sink *s);
void opp_sink_para_end(struct opp_sink *s);

/* A block of free text (Markdown) on its own. */
void opp_sink_markdown(struct opp_sink *s, const char *md);

/* A chart of values over days (output/svg.h): html draws it; md and text
 * write nothing, so a document gives its numbers as a table too. */
void opp_sink_chart(struct opp_sink *s, const struct opp_chart *c);

/* One labelled value of a field list: plain text, or free text (md). */
void opp_sink_field(struct opp_sink *s, const char *label, const char *value);
void opp_sink_field_md(struct opp_sink *s, const char *label, const char *md);

/* A list: items of plain text, or of inline content between
 * opp_sink_item_begin() and opp_sink_item_end(). */
void opp_sink_list_begin(struct opp_sink *s, bool ordered);
void opp_sink_item(struct opp_sink *s, const char *text);
void opp_sink_item_begin(struct opp_sink *s);
void opp_sink_item_end(struct opp_sink *s);
void opp_sink_list_end(struct opp_sink *s);

enum opp_align { OPP_ALIGN_LEFT, OPP_ALIGN_RIGHT };

/* A column of a table. min and tail only matter where lines are fitted
 * into a width (text): the column may shrink to min columns (0: it
 * never shrinks), and a cut keeps the end (paths) when tail. */
struct opp_sink_col {
	const char *head;
	enum opp_align align;
	size_t min;
	bool tail;
};

struct opp_sink_table {
	const char *cls; /* html: its class, for the style sheet; or NULL */
	size_t ncols;
	const struct opp_sink_col *cols;
};

/* A table: rows of exactly ncols cells (a spanning cell ends its row).
 * A cell is plain text, free text (md), or inline content between
 * opp_sink_cell_begin() and opp_sink_cell_end(); NULL is an empty cell.
 * The table is only read during opp_sink_table_begin(). */
void opp_sink_table_begin(struct opp_sink *s, const struct opp_sink_table *t);
void opp_sink_row_begin(struct opp_sink *s);
/* A row a link can point at as "#id" (html: the row's id; id is ASCII
 * letters, digits and '-', else the row has none); other formats write
 * a plain row. */
void opp_sink_row_begin_id(struct opp_sink *s, const char *id);
void opp_sink_cell(struct opp_sink *s, const char *text);
void opp_sink_cell_md(struct opp_sink *s, const char *md);
void opp_sink_cell_span(struct opp_sink *s, const char *text); /* fills the rest of the row */
void opp_sink_cell_begin(struct opp_sink *s);
void opp_sink_cell_end(struct opp_sink *s);
void opp_sink_row_end(struct opp_sink *s);
void opp_sink_table_end(struct opp_sink *s);

/* ---- inline content (in a paragraph, an item or a cell) ------------------ */

/* Plain text; its leading and trailing white space may be dropped (md),
 * so put spacing between pieces with opp_sink_punct(). */
void opp_sink_text(struct opp_sink *s, const char *text);
void opp_sink_strong(struct opp_sink *s, const char *text);
void opp_sink_emph(struct opp_sink *s, const char *text);

/* A link to url (http:, https:, mailto: or a path on the same site,
 * "/casus/3"; anything else is shown as its text alone). */
void opp_sink_link(struct opp_sink *s, const char *url, const char *text);

/* A date or time shown as text, machine-readable as iso (html <time>). */
void opp_sink_time(struct opp_sink *s, const char *iso, const char *text);

/* The document's own punctuation between pieces (" — ", " ", "[x] "),
 * written as it is in every format: never case data. */
void opp_sink_punct(struct opp_sink *s, const char *p);

#endif
