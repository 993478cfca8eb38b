/*
 * render — one case file as a document: Markdown, HTML, Excel.
 *
 * One file per output format (render_md.c, render_html.c,
 * render_xlsx.c), chosen from the table opp_renderers[]. Text formats
 * append to a struct opp_buf; xlsx writes a workbook to a path (the
 * caller makes that path a temporary file, see atomic.h).
 */
#ifndef OPP_RENDER_H
#define OPP_RENDER_H

#include <stdbool.h>
#include <stdint.h>

#include "base/buf.h"
#include "format/config.h"
#include "format/model.h"

struct opp_render_opts {
	int32_t today;                /* for "overdue" and "held"; from the caller */
	const struct opp_config *cfg; /* never NULL */
	int64_t created;              /* xlsx document time (seconds since epoch), for reproducible files */
};

struct opp_renderer {
	const char *name; /* "md", "html", "xlsx" */
	/* Text formats: append the document to out. */
	bool (*text)(struct opp_buf *out, const struct opp_doc *doc, const struct opp_render_opts *o);
	/* File formats: write to path; false with *err set (caller frees). */
	bool (*file)(const char *path, const struct opp_doc *doc, const struct opp_render_opts *o,
	             char **err);
};

extern const struct opp_renderer opp_renderers[]; /* ends with name == NULL */

/* The renderer with this name, or NULL. */
const struct opp_renderer *opp_renderer_find(const char *name);

/* The formats, one file each; all show the whole OPP as of o->today. */

/* CommonMark with pipe tables, for plain text and git hosting
 * (render_md.c). Always true. */
bool opp_render_md(struct opp_buf *out, const struct opp_doc *doc, const struct opp_render_opts *o);

/* One standalone HTML page that prints on A4: inline CSS, no scripts,
 * no external resources; free text through cmark in safe mode
 * (render_html.c). Always true. */
bool opp_render_html(struct opp_buf *out, const struct opp_doc *doc, const struct opp_render_opts *o);

/* An Excel workbook written to path (render_xlsx.c): the sheets
 * overzicht, doelen, arrangement (amounts in euro, totals per funder),
 * afspraken (status and days overdue as of o->today) and overleggen;
 * header rows frozen, autofilters, dates as dates, text never a formula.
 * Make path a temporary file (atomic.h). False with *err set (caller
 * frees) when the workbook could not be written. */
bool opp_render_xlsx(const char *path, const struct opp_doc *doc, const struct opp_render_opts *o,
                     char **err);

#endif
