/*
 * diag — diagnostics as values, and their output formats.
 *
 * A struct opp_diags is a caller-owned list of findings
 * {position, severity, rule, message}. The loader and the rules add to
 * it; commands sort it and format it (text, json, github, sarif) into a
 * struct opp_buf. Tests check rule and position, not wording.
 */
#ifndef OPP_DIAG_H
#define OPP_DIAG_H

#include <stdbool.h>
#include <stddef.h>

#include "base/buf.h"
#include "format/model.h"
#include "format/ruleset.h"

struct opp_diag {
	struct opp_pos pos;
	enum opp_sev sev;
	int rule;  /* enum opp_rule */
	char *msg; /* owned by the list */
};

struct opp_diags {
	struct opp_diag *v;
	size_t n, cap;
};

void opp_diags_init(struct opp_diags *d);
void opp_diags_release(struct opp_diags *d);
void opp_diags_clear(struct opp_diags *d); /* empty it, keep memory */

/* Add a finding; fmt is printf-style and already translated. */
void opp_diags_add(struct opp_diags *d, int rule, enum opp_sev sev, struct opp_pos pos, const char *fmt, ...)
        __attribute__((format(printf, 5, 6)));

/* The same with a va_list. */
void opp_diags_vadd(struct opp_diags *d, int rule, enum opp_sev sev, struct opp_pos pos, const char *fmt,
                    va_list ap) __attribute__((format(printf, 5, 0)));

/* Sort by line, then column, keeping the order of equal positions. */
void opp_diags_sort(struct opp_diags *d);

/* How many findings have this severity. */
size_t opp_diags_count(const struct opp_diags *d, enum opp_sev sev);

/* ---- output formats ----------------------------------------------------
 * Each appends one file's findings to out. `src` (may be NULL) is the
 * file's text, used for the excerpt under each text finding. */
struct opp_diag_style {
	bool excerpt; /* show the source line and a caret (terminals) */
	bool color;   /* ANSI colour (terminals, unless NO_COLOR) */
};

void opp_diag_text(struct opp_buf *out, const char *file, const struct opp_diags *d, const char *src,
                   size_t srclen, const struct opp_diag_style *st);
void opp_diag_github(struct opp_buf *out, const char *file, const struct opp_diags *d);

/* JSON: the caller writes the envelope; this appends the diagnostics
 * objects, preceded by a comma when *first is false. */
void opp_diag_json(struct opp_buf *out, const char *file, const struct opp_diags *d, bool *first);

/* SARIF 2.1.0 results (same comma convention as opp_diag_json). */
void opp_diag_sarif(struct opp_buf *out, const char *file, const struct opp_diags *d, bool *first);

#endif
