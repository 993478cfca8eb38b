/*
 * render_common — what the document formats share (render.c): the one
 * walk over the OPP's sections, the Dutch labels, dates and amounts as
 * the document shows them, and the totals per funder.
 *
 * The text formats (render_md.c, render_html.c) do not each know the
 * OPP: opp_render_walk() decides what the document says and in which
 * order (the nine steps), and calls a format's primitives (a heading, a
 * list of labelled values, a table...) through struct opp_sink_ops, as
 * cmark's render.c drives its per-format renderers. So both formats show
 * the same content, and a section changes in one place.
 *
 * Every string handed to a primitive is plain text, unescaped: the
 * format escapes it (escape.h). Only arguments documented as Markdown
 * are the case file's free text, which the format keeps as Markdown
 * (md: contained; html: cmark in safe mode).
 *
 * The labels are Dutch and not translated: the document is for Dutch
 * parents and professionals, whatever the user's locale.
 */
#ifndef OPP_RENDER_COMMON_H
#define OPP_RENDER_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "documents/render.h"
#include "format/model.h"

struct opp_sink;

struct opp_sink_ops {
	void (*begin)(struct opp_sink *s, const char *title); /* the document's title */
	void (*end)(struct opp_sink *s);
	void (*heading)(struct opp_sink *s, int level, const char *text); /* 1..3 */
	void (*para)(struct opp_sink *s, const char *text);
	void (*text)(struct opp_sink *s, const char *md); /* a free-text block */
	/* Labelled values; md: value is free text (Markdown), else plain. */
	void (*fields_begin)(struct opp_sink *s);
	void (*field)(struct opp_sink *s, const char *label, const char *value, bool md);
	void (*fields_end)(struct opp_sink *s);
	void (*list_begin)(struct opp_sink *s, bool ordered);
	void (*item)(struct opp_sink *s, const char *text);
	void (*list_end)(struct opp_sink *s, bool ordered);
	/* A table of n columns; cls names its kind for styling ("velden",
	 * "ondertekening"...), align has one 'l' or 'r' per column. */
	void (*table_begin)(struct opp_sink *s, const char *cls, size_t n, const char *const *head,
	                    const char *align);
	/* One row; bit i of md set: cell i is free text (Markdown). */
	void (*row)(struct opp_sink *s, const char *const *cells, unsigned md);
	void (*table_end)(struct opp_sink *s);
};

struct opp_sink {
	const struct opp_sink_ops *ops;
	struct opp_buf *out; /* where the format writes */
	size_t ncols;        /* columns of the open table */
	const char *align;   /* its alignment */
	size_t nitem;        /* items written in the open list */
	bool ordered;        /* the open list is numbered */
	bool loose;          /* md: the last field took several lines */
};

/* Walk the document's sections in step order, calling s->ops. */
void opp_render_walk(struct opp_sink *s, const struct opp_doc *doc, const struct opp_render_opts *o);

/* ---- values as the document shows them ------------------------------- */

/* A date in words: "9 oktober 2026". */
void opp_render_date(struct opp_buf *out, int32_t day);

/* An amount in euro, Dutch style: "€ 1.250,00" (rounded to cents). */
void opp_render_euro(struct opp_buf *out, double amount);
void opp_render_cents(struct opp_buf *out, long long cents);

/* An amount in whole cents, as the totals add them up (each item's
 * bedrag rounded first, so the totals match the items shown). */
long long opp_render_to_cents(double amount);

/* What one funder pays for, summed over the arrangement. */
struct opp_funder_total {
	size_t items;    /* arrangement items it funds */
	size_t without;  /* of which without a bedrag */
	long long cents; /* the sum of the bedragen given, in cents */
};

/* Totals per funder (index: enum opp_financier) and, in
 * t[OPP_FIN_COUNT], over all items. Items whose bekostiging.door is
 * missing count only in the overall total. */
void opp_render_totals(const struct opp_doc *doc, struct opp_funder_total t[OPP_FIN_COUNT + 1]);

/* Free text (Markdown) as HTML, through cmark in safe mode: raw HTML and
 * javascript: links dropped, images reduced to their alt text (no external
 * resources), headings moved down by `shift` levels. The only use of cmark
 * for HTML (render_html.c). */
void opp_html_markdown(struct opp_buf *out, const char *md, int shift);

#endif
