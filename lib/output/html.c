/*
 * html — the HTML writer: one standalone page that loads nothing.
 *
 * No scripts, fonts or images, the document's style sheet inline, and a
 * Content-Security-Policy that forbids anything else anyway, in case a
 * browser is ever talked into it; robots are asked not to index the page
 * (it names a pupil). Every value is HTML-escaped (escape.h); free text
 * is rendered by cmark in safe mode (raw HTML and javascript: links
 * dropped, invalid UTF-8 replaced), its headings moved below the
 * document's own (h1-h3) and its images shown as their alt text. This
 * file is the only includer of cmark.h.
 *
 * Every page fits where it is read (base_css, before the document's own
 * style sheet): on a phone long words wrap and a table of four or more
 * columns becomes one card per row, each cell under its column's name
 * (data-label); on a wider screen a table that is still too wide
 * scrolls inside its own box, never the page; on paper the box lets the
 * whole table print. Figures and SVG scale to the width.
 */
#include <cmark.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/escape.h"
#include "output/sink.h"
#include "output/svg.h"
#include "output/writer.h"

/* Never CMARK_OPT_UNSAFE: the text is case data. VALIDATE_UTF8 turns
 * invalid bytes into U+FFFD instead of passing them on. */
#define CMARK_OPTS (CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8)

/* The documents' headings are h1-h3: free text's own start at h4. */
#define HEADING_SHIFT 3

/* Free text to HTML through cmark: parsed, adjusted, rendered safely.
 * Headings in it move down by `shift` levels (to sit under the page's). */
static void
markdown_html(struct opp_buf *out, const char *text, int shift)
{
	/* cmark passes control and bidi characters through: the text
	 * without them (escape.h), as everywhere a person reads. */
	struct opp_buf clean = OPP_BUF_INIT;
	const char *md = (opp_text_lines(&clean, text), clean.ptr);
	cmark_node *doc = cmark_parse_document(md, strlen(md), CMARK_OPTS);
	cmark_iter *it = cmark_iter_new(doc);
	cmark_node **images = NULL;
	size_t n = 0, cap = 0;
	cmark_event_type ev;
	char *html;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *node = cmark_iter_get_node(it);
		if (ev != CMARK_EVENT_ENTER)
			continue;
		if (cmark_node_get_type(node) == CMARK_NODE_HEADING) {
			int level = cmark_node_get_heading_level(node) + shift;
			cmark_node_set_heading_level(node, level > 6 ? 6 : level);
		} else if (cmark_node_get_type(node) == CMARK_NODE_IMAGE) {
			/* Changing the tree under the iterator is unsafe:
			 * collect first. */
			xgrow(&images, &cap, n + 1, sizeof(*images));
			images[n++] = node;
		}
	}
	cmark_iter_free(it);
	/* An image would be an external resource: keep its alt text. */
	for (size_t i = 0; i < n; i++) {
		cmark_node *child;
		while ((child = cmark_node_first_child(images[i])))
			cmark_node_insert_before(images[i], child);
		cmark_node_free(images[i]);
	}
	free(images);
	html = cmark_render_html(doc, CMARK_OPTS);
	opp_buf_puts(out, html);
	free(html);
	cmark_node_free(doc);
	opp_buf_release(&clean);
}

/* A table of this many columns or more is shown as cards on a phone. */
#define CARD_COLS 4

/* What every page needs to fit a phone, a laptop and A4, whatever the
 * document; its own style sheet follows and may refine it. Cards: the
 * rows of a table.kaart stacked, each cell's column name above it (from
 * data-label), empty cells left out, the header row kept for screen
 * readers but not shown. */
static const char base_css[] =
        "*,::before,::after{box-sizing:border-box}\n"
        "html{-webkit-text-size-adjust:100%;text-size-adjust:100%}\n"
        "h1,h2,h3,h4,h5,h6,p,li,dt,dd,th,td,figcaption{overflow-wrap:break-word}\n"
        "img,svg,video,canvas{max-width:100%;height:auto}\n"
        "figure{margin:1em 0;max-width:100%}\n"
        "pre{white-space:pre-wrap}\n"
        ".tabel{overflow-x:auto;max-width:100%}\n"
        "@media screen and (max-width:40em){\n"
        "table.kaart,table.kaart>tbody,table.kaart>tbody>tr,table.kaart>tbody>tr>td{display:block;width:auto}"
        "\n"
        "table.kaart>thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}\n"
        "table.kaart>tbody>tr{margin:0 0 .6em;border:1px solid #aaa;padding:.2em .5em}\n"
        "table.kaart>tbody>tr>td{border:0;padding:.15em 0;text-align:left;white-space:normal}\n"
        "table.kaart>tbody>tr>td:empty{display:none}\n"
        "table.kaart>tbody>tr>td[data-label]::before{content:attr(data-label);display:block;"
        "font-size:.85em;font-weight:600;color:#444}\n"
        "}\n"
        "@media print{.tabel{overflow:visible;max-height:none}}\n";

static void
begin(struct opp_sink *s, const struct opp_sink_page *p)
{
	struct opp_buf *b = &s->out;

	opp_buf_puts(b, "<!DOCTYPE html>\n<html lang=\"");
	opp_html_escape(b, p->lang ? p->lang : "nl");
	opp_buf_puts(b, "\">\n<head>\n<meta charset=\"utf-8\">\n"
	                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
	                "style-src 'unsafe-inline'\">\n"
	                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	                "<meta name=\"robots\" content=\"noindex\">\n<title>");
	opp_html_escape(b, p->title);
	opp_buf_puts(b, "</title>\n<style>\n");
	opp_buf_puts(b, base_css);
	/* The document's own style sheet: never case data. */
	opp_buf_puts(b, p->css ? p->css : "");
	opp_buf_puts(b, "</style>\n</head>\n<body>\n");
}

static void
end(struct opp_sink *s)
{
	opp_buf_puts(&s->out, "</body>\n</html>\n");
}

static void
heading(struct opp_sink *s, int level, const char *text)
{
	opp_buf_printf(&s->out, "<h%d>", level);
	opp_html_escape(&s->out, text);
	opp_buf_printf(&s->out, "</h%d>\n", level);
}

static void
para_begin(struct opp_sink *s)
{
	opp_buf_puts(&s->out, "<p>");
}

static void
para_end(struct opp_sink *s)
{
	opp_buf_puts(&s->out, "</p>\n");
}

static void
markdown(struct opp_sink *s, const char *md)
{
	opp_buf_puts(&s->out, "<div class=\"tekst\">\n");
	markdown_html(&s->out, md, HEADING_SHIFT);
	opp_buf_puts(&s->out, "</div>\n");
}

static void
chart(struct opp_sink *s, const struct opp_chart *c)
{
	opp_buf_puts(&s->out, "<figure class=\"grafiek\">\n");
	opp_svg_chart(&s->out, c);
	opp_buf_puts(&s->out, "</figure>\n");
}

static void
fields_begin(struct opp_sink *s)
{
	opp_buf_puts(&s->out, "<dl>\n");
}

static void
field(struct opp_sink *s, const char *label, const char *value, bool md)
{
	opp_buf_puts(&s->out, "<dt>");
	opp_html_escape(&s->out, label);
	opp_buf_puts(&s->out, "</dt>\n<dd>");
	if (md)
		markdown_html(&s->out, value, HEADING_SHIFT);
	else
		opp_html_escape(&s->out, value);
	opp_buf_puts(&s->out, "</dd>\n");
}

static void
fields_end(struct opp_sink *s)
{
	opp_buf_puts(&s->out, "</dl>\n");
}

static void
list_begin(struct opp_sink *s)
{
	opp_buf_puts(&s->out, s->ordered ? "<ol>\n" : "<ul>\n");
}

static void
item_begin(struct opp_sink *s)
{
	opp_buf_puts(&s->out, "<li>");
}

static void
item_end(struct opp_sink *s)
{
	opp_buf_puts(&s->out, "</li>\n");
}

static void
list_end(struct opp_sink *s)
{
	opp_buf_puts(&s->out, s->ordered ? "</ol>\n" : "</ul>\n");
}

static bool
right(const struct opp_sink *s, size_t i)
{
	return i < s->ncols && s->cols[i].align == OPP_ALIGN_RIGHT;
}

static void
table_begin(struct opp_sink *s)
{
	struct opp_buf *b = &s->out;

	/* The box scrolls a table too wide for the screen (base_css). */
	opp_buf_puts(b, "<div class=\"tabel\">\n<table");
	if (s->cls || s->ncols >= CARD_COLS) {
		opp_buf_puts(b, " class=\"");
		if (s->cls)
			opp_html_escape(b, s->cls);
		opp_buf_puts(b, s->ncols < CARD_COLS ? "" : s->cls ? " kaart" : "kaart");
		opp_buf_puts(b, "\"");
	}
	opp_buf_puts(b, ">\n<thead><tr>");
	for (size_t i = 0; i < s->ncols; i++) {
		opp_buf_puts(b, right(s, i) ? "<th scope=\"col\" class=\"r\">" : "<th scope=\"col\">");
		opp_html_escape(b, s->cols[i].head);
		opp_buf_puts(b, "</th>");
	}
	opp_buf_puts(b, "</tr></thead>\n<tbody>\n");
}

static void
row_begin(struct opp_sink *s)
{
	opp_buf_puts(&s->out, "<tr>");
}

static void
row_begin_id(struct opp_sink *s, const char *id)
{
	opp_buf_printf(&s->out, "<tr id=\"%s\">", id); /* checked by the sink: nothing to escape */
}

static void
cell_begin(struct opp_sink *s)
{
	struct opp_buf *b = &s->out;

	opp_buf_puts(b, "<td");
	if (s->span > 1)
		opp_buf_printf(b, " colspan=\"%zu\"", s->span);
	if (s->ncols >= CARD_COLS && s->col < s->ncols && s->cols[s->col].head && *s->cols[s->col].head) {
		/* A card shows the column's name with the cell. */
		opp_buf_puts(b, " data-label=\"");
		opp_html_escape(b, s->cols[s->col].head);
		opp_buf_puts(b, "\"");
	}
	opp_buf_puts(b, right(s, s->col) ? " class=\"r\">" : ">");
}

static void
cell_end(struct opp_sink *s)
{
	opp_buf_puts(&s->out, "</td>");
}

static void
row_end(struct opp_sink *s)
{
	opp_buf_puts(&s->out, "</tr>\n");
}

static void
table_end(struct opp_sink *s)
{
	opp_buf_puts(&s->out, "</tbody>\n</table>\n</div>\n");
}

static void
text(struct opp_sink *s, const char *t)
{
	opp_html_escape(&s->out, t);
}

static void
wrapped(struct opp_sink *s, const char *tag, const char *t)
{
	opp_buf_printf(&s->out, "<%s>", tag);
	opp_html_escape(&s->out, t);
	opp_buf_printf(&s->out, "</%s>", tag);
}

static void
strong(struct opp_sink *s, const char *t)
{
	wrapped(s, "strong", t);
}

static void
emph(struct opp_sink *s, const char *t)
{
	wrapped(s, "em", t);
}

static void
link(struct opp_sink *s, const char *url, const char *t)
{
	opp_buf_puts(&s->out, "<a href=\"");
	opp_html_escape(&s->out, url);
	opp_buf_puts(&s->out, "\">");
	opp_html_escape(&s->out, t);
	opp_buf_puts(&s->out, "</a>");
}

static void
time_(struct opp_sink *s, const char *iso, const char *t)
{
	opp_buf_puts(&s->out, "<time datetime=\"");
	opp_html_escape(&s->out, iso);
	opp_buf_puts(&s->out, "\">");
	opp_html_escape(&s->out, t);
	opp_buf_puts(&s->out, "</time>");
}

static void
md_inline(struct opp_sink *s, const char *md)
{
	markdown_html(&s->out, md, HEADING_SHIFT);
}

const struct opp_writer opp_writer_html = {
        .name = "html",
        .begin = begin,
        .end = end,
        .heading = heading,
        .para_begin = para_begin,
        .para_end = para_end,
        .markdown = markdown,
        .chart = chart,
        .fields_begin = fields_begin,
        .field = field,
        .fields_end = fields_end,
        .list_begin = list_begin,
        .item_begin = item_begin,
        .item_end = item_end,
        .list_end = list_end,
        .table_begin = table_begin,
        .row_begin = row_begin,
        .row_begin_id = row_begin_id,
        .cell_begin = cell_begin,
        .cell_end = cell_end,
        .row_end = row_end,
        .table_end = table_end,
        .text = text,
        .strong = strong,
        .emph = emph,
        .link = link,
        .time = time_,
        .punct = text, /* the document's own, and escaped all the same */
        .md_inline = md_inline,
};
