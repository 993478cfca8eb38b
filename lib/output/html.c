/*
 * render_html — the OPP as one standalone HTML page that prints on A4.
 *
 * The content and its order come from opp_render_walk() (render.c);
 * this file writes the primitives. The page loads nothing: inline CSS
 * only, no scripts, fonts or images, and a Content-Security-Policy that
 * forbids them anyway, in case a browser is ever talked into it. Every
 * value is HTML-escaped (escape.h); free text is rendered by cmark in
 * safe mode (raw HTML and javascript: links dropped), its headings
 * demoted below the document's own and its images shown as their alt
 * text. This file is the only user of cmark.h.
 */
#include "documents/render_common.h"

#include <cmark.h>
#include <stdlib.h>
#include <string.h>

#include "base/escape.h"

/* Never CMARK_OPT_UNSAFE: the text is case data. VALIDATE_UTF8 turns
 * invalid bytes into U+FFFD instead of passing them on. */
#define CMARK_OPTS (CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8)

/* Free text sits under an h3 at most: its own headings start at h4. */
#define HEADING_SHIFT 3

static const char css[] =
        "@page{size:A4;margin:18mm 16mm 20mm}\n"
        "html{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif;"
        "font-size:11pt;line-height:1.4;color:#111;background:#fff}\n"
        "body{max-width:52em;margin:2em auto;padding:0 1em}\n"
        "h1{font-size:1.6em;margin:0 0 .4em}\n"
        "h2{font-size:1.25em;margin:1.6em 0 .5em;padding-bottom:.15em;border-bottom:1px solid #888}\n"
        "h3{font-size:1.05em;margin:1.2em 0 .4em}\n"
        "h4,h5,h6{font-size:1em;margin:.8em 0 .3em}\n"
        "h1,h2,h3,h4,h5,h6{break-after:avoid;page-break-after:avoid}\n"
        "p,li{orphans:3;widows:3}\n"
        "dl{display:grid;grid-template-columns:minmax(9em,15em) 1fr;gap:.25em 1em;margin:.5em 0 1em}\n"
        "dt{font-weight:600}\n"
        "dd{margin:0}\n"
        "dd>:first-child,td>:first-child,.tekst>:first-child{margin-top:0}\n"
        "dd>:last-child,td>:last-child,.tekst>:last-child{margin-bottom:0}\n"
        ".tekst{margin:.5em 0 1em;padding-left:.8em;border-left:3px solid #ccc}\n"
        "table{border-collapse:collapse;width:100%;margin:.5em 0 1em;font-size:.95em}\n"
        "th,td{border:1px solid #aaa;padding:.25em .45em;text-align:left;vertical-align:top}\n"
        "thead th{background:#eee}\n"
        "thead{display:table-header-group}\n"
        "tr{break-inside:avoid;page-break-inside:avoid}\n"
        ".r{text-align:right;white-space:nowrap}\n"
        "table.ondertekening{break-inside:avoid;page-break-inside:avoid}\n"
        "table.ondertekening td{height:3.5em}\n"
        "table.ondertekening td:last-child{width:35%}\n"
        "pre,code{font-family:ui-monospace,\"DejaVu Sans Mono\",Menlo,Consolas,monospace;font-size:.9em}\n"
        "pre{white-space:pre-wrap}\n"
        "@media print{body{max-width:none;margin:0;padding:0;font-size:10pt}"
        "a{color:inherit;text-decoration:none}thead th{background:#eee;"
        "-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n";

/* Free text to HTML through cmark: parsed, adjusted, rendered safely.
 * Headings in it move down by `shift` levels (to sit under the page's). */
void
opp_html_markdown(struct opp_buf *out, const char *text, int shift)
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

static void
begin(struct opp_sink *s, const char *title)
{
	opp_buf_puts(s->out, "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
	                     "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
	                     "style-src 'unsafe-inline'\">\n"
	                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	                     "<meta name=\"robots\" content=\"noindex\">\n<title>");
	opp_html_escape(s->out, title);
	opp_buf_puts(s->out, "</title>\n<style>\n");
	opp_buf_puts(s->out, css);
	opp_buf_puts(s->out, "</style>\n</head>\n<body>\n");
}

static void
end(struct opp_sink *s)
{
	opp_buf_puts(s->out, "</body>\n</html>\n");
}

static void
heading(struct opp_sink *s, int level, const char *text)
{
	opp_buf_printf(s->out, "<h%d>", level);
	opp_html_escape(s->out, text);
	opp_buf_printf(s->out, "</h%d>\n", level);
}

static void
para(struct opp_sink *s, const char *text)
{
	opp_buf_puts(s->out, "<p>");
	opp_html_escape(s->out, text);
	opp_buf_puts(s->out, "</p>\n");
}

static void
text(struct opp_sink *s, const char *md)
{
	opp_buf_puts(s->out, "<div class=\"tekst\">\n");
	opp_html_markdown(s->out, md, HEADING_SHIFT);
	opp_buf_puts(s->out, "</div>\n");
}

static void
fields_begin(struct opp_sink *s)
{
	opp_buf_puts(s->out, "<dl>\n");
}

static void
field(struct opp_sink *s, const char *label, const char *value, bool md)
{
	opp_buf_puts(s->out, "<dt>");
	opp_html_escape(s->out, label);
	opp_buf_puts(s->out, "</dt>\n<dd>");
	if (md)
		opp_html_markdown(s->out, value, HEADING_SHIFT);
	else
		opp_html_escape(s->out, value);
	opp_buf_puts(s->out, "</dd>\n");
}

static void
fields_end(struct opp_sink *s)
{
	opp_buf_puts(s->out, "</dl>\n");
}

static void
list_begin(struct opp_sink *s, bool ordered)
{
	opp_buf_puts(s->out, ordered ? "<ol>\n" : "<ul>\n");
}

static void
item(struct opp_sink *s, const char *text)
{
	opp_buf_puts(s->out, "<li>");
	opp_html_escape(s->out, text);
	opp_buf_puts(s->out, "</li>\n");
}

static void
list_end(struct opp_sink *s, bool ordered)
{
	opp_buf_puts(s->out, ordered ? "</ol>\n" : "</ul>\n");
}

static bool
right(const struct opp_sink *s, size_t i)
{
	return s->align && s->align[i] == 'r';
}

static void
table_begin(struct opp_sink *s, const char *cls, size_t n, const char *const *head, const char *align)
{
	s->ncols = n;
	s->align = align;
	opp_buf_puts(s->out, "<table class=\"");
	opp_html_escape(s->out, cls);
	opp_buf_puts(s->out, "\">\n<thead><tr>");
	for (size_t i = 0; i < n; i++) {
		opp_buf_puts(s->out, right(s, i) ? "<th scope=\"col\" class=\"r\">" : "<th scope=\"col\">");
		opp_html_escape(s->out, head[i]);
		opp_buf_puts(s->out, "</th>");
	}
	opp_buf_puts(s->out, "</tr></thead>\n<tbody>\n");
}

static void
row(struct opp_sink *s, const char *const *cells, unsigned md)
{
	opp_buf_puts(s->out, "<tr>");
	for (size_t i = 0; i < s->ncols; i++) {
		opp_buf_puts(s->out, right(s, i) ? "<td class=\"r\">" : "<td>");
		if (md & (1u << i))
			opp_html_markdown(s->out, cells[i], HEADING_SHIFT);
		else
			opp_html_escape(s->out, cells[i]);
		opp_buf_puts(s->out, "</td>");
	}
	opp_buf_puts(s->out, "</tr>\n");
}

static void
table_end(struct opp_sink *s)
{
	opp_buf_puts(s->out, "</tbody>\n</table>\n");
	s->ncols = 0;
}

static const struct opp_sink_ops html_ops = {
        begin,      end,        heading, para,     text,        fields_begin, field,
        fields_end, list_begin, item,    list_end, table_begin, row,          table_end,
};

bool
opp_render_html(struct opp_buf *out, const struct opp_doc *doc, const struct opp_render_opts *o)
{
	struct opp_sink s = {.ops = &html_ops, .out = out};

	opp_render_walk(&s, doc, o);
	return true;
}
