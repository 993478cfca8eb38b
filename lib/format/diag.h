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

/* What a finding is about, as far as one finding can explain others
 * (root causes: the table in diag.c, docs/root-causes.md). */
enum opp_about {
	OPP_ABOUT_NONE,
	OPP_ABOUT_MISSPELT, /* an unknown top-level key, misspelling section `subject`, which is absent */
	OPP_ABOUT_MISSING,  /* the required top-level section `subject` is missing */
	OPP_ABOUT_NEEDS,    /* says that what section `subject` holds is not there */
	OPP_ABOUT_PERSON,   /* a person reference that names nobody: the id `subject` (NULL: a name) */
	OPP_ABOUT_GOAL,     /* a goal reference that names no goal: the id `subject` */
	OPP_ABOUT_BROKEN,   /* an entry of the list `subject` that could not be read, so is not counted */
};

#define OPP_NO_CAUSE ((size_t)-1)

struct opp_diag {
	struct opp_pos pos;
	enum opp_sev sev;
	int rule;             /* enum opp_rule */
	char *msg;            /* owned by the list */
	enum opp_about about; /* what it is about (OPP_ABOUT_NONE mostly) */
	char *subject;        /* a section key or an id, owned; or NULL */
	size_t cause;         /* after opp_diags_sort: the index of the finding that explains it,
	                         or OPP_NO_CAUSE */
	size_t follows;       /* after opp_diags_sort: how many findings it explains */
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

/* Say what the finding added last is about (subject is copied; may be
 * NULL). */
void opp_diags_about(struct opp_diags *d, enum opp_about about, const char *subject);

/* Sort by line, then column, keeping the order of equal positions; then
 * link each finding that another explains to that root cause (cause,
 * follows), by the table of causes in diag.c. */
void opp_diags_sort(struct opp_diags *d);

/* How many findings have this severity. */
size_t opp_diags_count(const struct opp_diags *d, enum opp_sev sev);

/* ---- output formats ----------------------------------------------------
 * Each appends one file's findings to out. `src` (may be NULL) is the
 * file's text, used for the excerpt under each text finding. Text shows
 * the root causes first, each with one line for the findings it explains
 * (style.all: those in full); the machine formats keep every finding in
 * order, each that a root cause explains with a pointer to it. */
struct opp_diag_style {
	bool excerpt; /* show the source line and a caret (terminals) */
	bool color;   /* ANSI colour (terminals, unless NO_COLOR) */
	bool all;     /* show the findings a root cause explains in full, not as one line */
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
