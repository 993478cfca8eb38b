/*
 * render — one case file as a complete OPP document.
 *
 * The document is one walk over the OPP's sections in the order of the
 * nine steps (render.c), written through a sink (output/sink.h): the
 * same walk gives the Markdown, the HTML and the plain text, so every
 * format says the same and a section changes in one place. The workbook
 * (render_xlsx.c) shows the same case as sheets to filter.
 *
 * The labels are Dutch and not translated: the document is for Dutch
 * parents and professionals, whatever the user's locale.
 */
#ifndef OPP_RENDER_H
#define OPP_RENDER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "documents/voor.h"
#include "format/config.h"
#include "format/model.h"
#include "output/sink.h"

/* Called after each section's heading (the title's h1 and the h2 of
 * every numbered part) with the top-level keys of the file that the
 * section shows (NULL-terminated; every key of opp_doc_shape is in
 * exactly one section, and some sections show none), so that a page
 * can write its own blocks there through s: `opp serve` puts each
 * finding under the part it is about. */
typedef void opp_render_section_fn(void *ctx, struct opp_sink *s, const char *const *keys);

struct opp_render_opts {
	int32_t today;                  /* for "overdue" and "held"; from the caller */
	const struct opp_config *cfg;   /* never NULL */
	int64_t created;                /* xlsx document time (seconds since epoch), for reproducible files */
	enum opp_voor voor;             /* who reads it (voor.h); 0: the school, the whole OPP */
	opp_render_section_fn *section; /* NULL: the document alone, as every command writes it */
	void *section_ctx;
};

/* The case document's style sheet (html), for pages that show it
 * inside their own (opp serve). */
extern const char *const opp_render_css;

/* Write the whole OPP as of o->today through s, from its begin to its
 * end (the caller closes s). */
void opp_render_sink(struct opp_sink *s, const struct opp_doc *doc, const struct opp_render_opts *o);

/* The same in the format of writer w (sink.h), appended to out. */
void opp_render(struct opp_buf *out, const struct opp_writer *w, const struct opp_doc *doc,
                const struct opp_render_opts *o);

/* An Excel workbook written to path (render_xlsx.c): every section of
 * the case file as a sheet, in the document's order (overzicht,
 * betrokkenen, waarneming, overleggen, uitkomsten, behoeften, factoren,
 * doelen, voortgang, grafieken with a native chart per measurable goal,
 * arrangement with the totals per funder, afspraken with status and days
 * overdue as of o->today, ondertekening with each party's agreement
 * against the current handelingsdeel); header rows frozen, autofilters,
 * long text wrapped, dates as dates, text never a formula. Make path a
 * temporary file (atomic.h). False with *err set (caller frees) when the
 * workbook could not be written. */
bool opp_render_xlsx(const char *path, const struct opp_doc *doc, const struct opp_render_opts *o,
                     char **err);

/* ---- totals ------------------------------------------------------------ */

/* What one funder pays for, summed over the arrangement. */
struct opp_funder_total {
	size_t items;    /* arrangement items it funds */
	size_t without;  /* of which without a bedrag */
	long long cents; /* the sum of the bedragen given, in cents */
};

/* Totals per funder (index: enum opp_financier) and, in
 * t[OPP_FIN_COUNT], over all items. Items whose bekostiging.door is
 * missing count only in the overall total. Each bedrag is rounded to
 * cents first (opp_present_cents), so the totals match the items shown
 * and the document, the report and the workbook agree to the cent. */
void opp_render_totals(const struct opp_doc *doc, struct opp_funder_total t[OPP_FIN_COUNT + 1]);

#endif
