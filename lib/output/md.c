/*
 * md — the Markdown writer: CommonMark with GFM pipe tables, readable as
 * plain text and rendered well by git hosting.
 *
 * Blocks are separated by one blank line. Values are escaped with
 * opp_md_escape_inline() (opp_md_escape_line() where they start a line);
 * free text stays Markdown but always inside a container (a list item, a
 * block quote, or flattened into a table cell: escape.h), so whatever it
 * opens ends with it. Field lists are "- " items; a plain list takes "* "
 * once the document has had a field list, since a change of bullet
 * starts a new list and the two must never merge.
 */
#include <string.h>

#include "base/escape.h"
#include "output/sink.h"
#include "output/writer.h"

static void
heading(struct opp_sink *s, int level, const char *text)
{
	opp_sink_sep(s);
	for (int i = 0; i < level; i++)
		opp_buf_putc(&s->out, '#');
	opp_buf_putc(&s->out, ' ');
	opp_md_escape_inline(&s->out, text);
	opp_buf_putc(&s->out, '\n');
}

/* A block of free text on its own: a block quote contains it. */
static void
markdown(struct opp_sink *s, const char *md)
{
	opp_sink_sep(s);
	opp_md_block(&s->out, md, "> ");
}

static void
fields_begin(struct opp_sink *s)
{
	opp_sink_sep(s);
	s->loose = false;
	s->fields_seen = true;
}

/* Whether free text is one line (trailing white space aside). */
static bool
one_line(const char *s)
{
	const char *nl = strpbrk(s, "\n\r");
	return !nl || !nl[strspn(nl, " \t\n\r")];
}

static void
field(struct opp_sink *s, const char *label, const char *value, bool md)
{
	struct opp_buf *b = &s->out;

	if (s->loose)
		opp_buf_putc(b, '\n');
	opp_buf_puts(b, "- **");
	opp_md_escape_inline(b, label);
	opp_buf_puts(b, ":**");
	if (!md) {
		opp_buf_putc(b, ' ');
		opp_md_escape_inline(b, value);
		opp_buf_putc(b, '\n');
	} else if (one_line(value)) {
		/* It continues the item's paragraph, where nothing it holds
		 * can open a block. */
		opp_buf_putc(b, ' ');
		opp_md_block(b, value + strspn(value, " \t"), "");
	} else {
		/* A block inside the item, indented to its content column. */
		opp_buf_puts(b, "\n\n");
		opp_md_block(b, value, "  ");
		s->loose = true;
	}
}

static void
item_begin(struct opp_sink *s)
{
	if (s->ordered)
		opp_buf_printf(&s->out, "%zu. ", s->nitem);
	else
		opp_buf_puts(&s->out, s->fields_seen ? "* " : "- ");
}

static void
table_begin(struct opp_sink *s)
{
	struct opp_buf *b = &s->out;

	opp_sink_sep(s);
	opp_buf_putc(b, '|');
	for (size_t i = 0; i < s->ncols; i++) {
		opp_buf_putc(b, ' ');
		opp_md_escape_inline(b, s->cols[i].head);
		opp_buf_puts(b, " |");
	}
	opp_buf_puts(b, "\n|");
	for (size_t i = 0; i < s->ncols; i++)
		opp_buf_puts(b, s->cols[i].align == OPP_ALIGN_RIGHT ? "---:|" : "---|");
	opp_buf_putc(b, '\n');
}

static void
row_begin(struct opp_sink *s)
{
	opp_buf_putc(&s->out, '|');
}

static void
cell_begin(struct opp_sink *s)
{
	opp_buf_putc(&s->out, ' ');
}

/* A pipe table has no spanning cells: the rest of the row stays empty. */
static void
cell_end(struct opp_sink *s)
{
	opp_buf_puts(&s->out, " |");
	for (size_t i = 1; i < s->span; i++)
		opp_buf_puts(&s->out, "  |");
}

static void
text(struct opp_sink *s, const char *t)
{
	if (s->line_start)
		opp_md_escape_line(&s->out, t);
	else
		opp_md_escape_inline(&s->out, t);
}

static void
wrapped(struct opp_sink *s, const char *mark, const char *t)
{
	opp_buf_puts(&s->out, mark);
	opp_md_escape_inline(&s->out, t);
	opp_buf_puts(&s->out, mark);
}

static void
strong(struct opp_sink *s, const char *t)
{
	wrapped(s, "**", t);
}

static void
emph(struct opp_sink *s, const char *t)
{
	wrapped(s, "*", t);
}

/* The URL passed opp_sink_url_ok(): nothing in it ends the link. */
static void
link(struct opp_sink *s, const char *url, const char *t)
{
	opp_buf_putc(&s->out, '[');
	opp_md_escape_inline(&s->out, t);
	opp_buf_printf(&s->out, "](%s)", url);
}

static void
time_(struct opp_sink *s, const char *iso, const char *t)
{
	text(s, t);
}

static void
punct(struct opp_sink *s, const char *p)
{
	opp_buf_puts(&s->out, p);
}

static void
md_inline(struct opp_sink *s, const char *md)
{
	opp_md_cell_text(&s->out, md);
}

const struct opp_writer opp_writer_md = {
        .name = "md",
        .heading = heading,
        .para_begin = opp_sink_sep,
        .para_end = opp_sink_newline,
        .markdown = markdown,
        .fields_begin = fields_begin,
        .field = field,
        .list_begin = opp_sink_sep,
        .item_begin = item_begin,
        .item_end = opp_sink_newline,
        .table_begin = table_begin,
        .row_begin = row_begin,
        .cell_begin = cell_begin,
        .cell_end = cell_end,
        .row_end = opp_sink_newline,
        .text = text,
        .strong = strong,
        .emph = emph,
        .link = link,
        .time = time_,
        .punct = punct,
        .md_inline = md_inline,
};
