/*
 * render_md — the OPP as CommonMark with GFM pipe tables: readable as
 * plain text, rendered well by git hosting.
 *
 * The content and its order come from opp_render_walk() (render.c);
 * this file only writes the primitives. Blocks are separated by one
 * blank line. Values are escaped with opp_md_escape_inline(); free text
 * stays Markdown but always inside a container (a list item, a block
 * quote, or flattened into a table cell: escape.h), so whatever it opens
 * ends with it. Labelled values are "- " items and plain lists "* "
 * items: a change of bullet starts a new list, so the two never merge.
 */
#include "documents/render_common.h"

#include <string.h>

#include "base/escape.h"

/* Start a block: one blank line after whatever came before. */
static void
sep(struct opp_sink *s)
{
	struct opp_buf *b = s->out;

	if (b->len == 0 || (b->len >= 2 && b->ptr[b->len - 1] == '\n' && b->ptr[b->len - 2] == '\n'))
		return;
	opp_buf_putc(b, '\n');
}

static void
begin(struct opp_sink *s, const char *title)
{
}

static void
end(struct opp_sink *s)
{
}

static void
heading(struct opp_sink *s, int level, const char *text)
{
	sep(s);
	for (int i = 0; i < level; i++)
		opp_buf_putc(s->out, '#');
	opp_buf_putc(s->out, ' ');
	opp_md_escape_inline(s->out, text);
	opp_buf_putc(s->out, '\n');
}

static void
para(struct opp_sink *s, const char *text)
{
	sep(s);
	opp_md_escape_line(s->out, text);
	opp_buf_putc(s->out, '\n');
}

/* A block of free text on its own: a block quote contains it. */
static void
text(struct opp_sink *s, const char *md)
{
	sep(s);
	opp_md_block(s->out, md, "> ");
}

static void
fields_begin(struct opp_sink *s)
{
	sep(s);
	s->loose = false;
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
	if (s->loose)
		opp_buf_putc(s->out, '\n');
	opp_buf_puts(s->out, "- **");
	opp_md_escape_inline(s->out, label);
	opp_buf_puts(s->out, ":**");
	if (!md) {
		opp_buf_putc(s->out, ' ');
		opp_md_escape_inline(s->out, value);
		opp_buf_putc(s->out, '\n');
	} else if (one_line(value)) {
		/* It continues the item's paragraph, where nothing it holds
		 * can open a block. */
		opp_buf_putc(s->out, ' ');
		opp_md_block(s->out, value + strspn(value, " \t"), "");
	} else {
		/* A block inside the item, indented to its content column. */
		opp_buf_puts(s->out, "\n\n");
		opp_md_block(s->out, value, "  ");
		s->loose = true;
	}
}

static void
fields_end(struct opp_sink *s)
{
}

static void
list_begin(struct opp_sink *s, bool ordered)
{
	sep(s);
	s->nitem = 0;
	s->ordered = ordered;
}

static void
item(struct opp_sink *s, const char *text)
{
	if (s->ordered)
		opp_buf_printf(s->out, "%zu. ", ++s->nitem);
	else
		opp_buf_puts(s->out, "* ");
	opp_md_escape_line(s->out, text);
	opp_buf_putc(s->out, '\n');
}

static void
list_end(struct opp_sink *s, bool ordered)
{
}

static void
table_begin(struct opp_sink *s, const char *cls, size_t n, const char *const *head, const char *align)
{
	sep(s);
	s->ncols = n;
	s->align = align;
	opp_buf_putc(s->out, '|');
	for (size_t i = 0; i < n; i++) {
		opp_buf_putc(s->out, ' ');
		opp_md_escape_inline(s->out, head[i]);
		opp_buf_puts(s->out, " |");
	}
	opp_buf_puts(s->out, "\n|");
	for (size_t i = 0; i < n; i++)
		opp_buf_puts(s->out, align && align[i] == 'r' ? "---:|" : "---|");
	opp_buf_putc(s->out, '\n');
}

static void
row(struct opp_sink *s, const char *const *cells, unsigned md)
{
	opp_buf_putc(s->out, '|');
	for (size_t i = 0; i < s->ncols; i++) {
		opp_buf_putc(s->out, ' ');
		if (md & (1u << i))
			opp_md_cell_text(s->out, cells[i]);
		else
			opp_md_escape_inline(s->out, cells[i]);
		opp_buf_puts(s->out, " |");
	}
	opp_buf_putc(s->out, '\n');
}

static void
table_end(struct opp_sink *s)
{
	s->ncols = 0;
}

static const struct opp_sink_ops md_ops = {
        begin,      end,        heading, para,     text,        fields_begin, field,
        fields_end, list_begin, item,    list_end, table_begin, row,          table_end,
};

bool
opp_render_md(struct opp_buf *out, const struct opp_doc *doc, const struct opp_render_opts *o)
{
	struct opp_sink s = {.ops = &md_ops, .out = out};

	opp_render_walk(&s, doc, o);
	return true;
}
