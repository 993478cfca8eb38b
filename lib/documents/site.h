/*
 * site — the pages of `opp serve`, in Dutch, as HTML through the sink:
 *
 *   /, /vandaag?wie=ID   what needs this person's attention: the due
 *                        items where they act, then those of the cases
 *                        they coordinate (the coordinator first in the
 *                        list of people), overdue first;
 *   /caseload?sort=K     the caseload: per case its step, next
 *                        evaluation, findings and a freshness marker
 *                        (grey when the last progress note or held
 *                        meeting is older than twice voortgang_dagen);
 *   /casus/N             case N of the list: its meetings, then the
 *                        rendered OPP (charts included) with each finding
 *                        (and its source line) under the part it is about,
 *                        each party's agreement under the signatures, and
 *                        the history from git when there is one;
 *   /casus/N/bron        case N's file as it is, one numbered line per
 *                        row with the anchor #regel-L that the findings'
 *                        file:line:col and Vandaag's items link to;
 *   /casus/N/overleg/M   meeting M of case N: its agenda, or with
 *                        ?checklist=1 the preparation checklist.
 *
 * Cases are named by their index in the current list, never by a path:
 * no parameter can point at a file. The pages are written from the
 * same documents as `opp render`, `opp agenda`, `opp report` and `opp
 * due`, so they say what the commands say. Nothing here reads a file or
 * the clock: the caller (cmd/serve.c) keeps the list current and says
 * what day it is.
 */
#ifndef OPP_SITE_H
#define OPP_SITE_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "facts/history.h"
#include "format/config.h"
#include "format/diag.h"
#include "format/model.h"

/* One case file as it stands now. */
struct opp_site_case {
	const char *name;              /* the file, as shown */
	const struct opp_doc *doc;     /* NULL: it did not load (or could not be read) */
	const struct opp_diags *diags; /* its findings (load and rules), sorted; may be empty */
	const char *text;              /* its text for the source lines, or NULL */
	size_t len;
	const char *error;            /* doc NULL: why, one line, in Dutch (the pages') */
	const struct opp_config *cfg; /* never NULL */
};

/* Show case casus's history from git (what `opp log` shows): call show
 * with it, then free it; false (show not called) when its file is not
 * in a git work tree or was never committed. Running git is the
 * caller's (cmd/git.c). */
typedef void opp_site_show_log_fn(void *sctx, const struct opp_log *log);
typedef bool opp_site_log_fn(void *ctx, size_t casus, opp_site_show_log_fn *show, void *sctx);

struct opp_site {
	const struct opp_site_case *cases;
	size_t n;
	int32_t today;
	const char *root;     /* what is served, for the page head ("3 mappen") */
	opp_site_log_fn *log; /* NULL: no history shown */
	void *log_ctx;
};

/* A query parameter of the request, or NULL. */
typedef const char *opp_site_arg_fn(void *ctx, const char *name);

/* Write the page at path into out as a whole HTML document; returns its
 * HTTP status (200, or 404 with a page that says so). */
int opp_site_page(struct opp_buf *out, const struct opp_site *site, const char *path, opp_site_arg_fn *arg,
                  void *argctx);

#endif
