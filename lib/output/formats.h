/*
 * formats — the one table of output formats: every --to and --format of
 * every command is parsed against it, its names make the "use a, b or c"
 * of a usage error and the completion scripts' lists (`opp help
 * --formats`), its extensions choose the format of an -o name.
 *
 * A row says what the format can carry (kind: findings, due items, a
 * document, a workbook, a plan's history) and who writes it: a document
 * format names its sink writer (sink.h), a findings format diag.c's
 * formatter. A command says which kinds it writes (its row in cmd/opp.c's
 * table) and so accepts every format of those kinds. Adding a format is a
 * row here and its writer; a document format is then taken by render,
 * agenda and report alike.
 */
#ifndef OPP_FORMATS_H
#define OPP_FORMATS_H

#include <stdbool.h>
#include <stddef.h>

#include "base/buf.h"
#include "format/diag.h"
#include "output/sink.h"

enum opp_format_id {
	OPP_FORMAT_TEXT,
	OPP_FORMAT_JSON,
	OPP_FORMAT_GITHUB,
	OPP_FORMAT_SARIF,
	OPP_FORMAT_TSV,
	OPP_FORMAT_MD,
	OPP_FORMAT_HTML,
	OPP_FORMAT_XLSX,
	OPP_FORMAT_COUNT
};

/* What a format can carry, one bit each. */
enum {
	OPP_FOR_FINDINGS = 1 << 0, /* `opp validate`: findings per file */
	OPP_FOR_DUE = 1 << 1,      /* `opp due`: the items that fall due */
	OPP_FOR_DOCUMENT = 1 << 2, /* render, agenda, report: a document through the sink */
	OPP_FOR_WORKBOOK = 1 << 3, /* render, report: sheets (output/xlsx.h) */
	OPP_FOR_HISTORY = 1 << 4,  /* log, diff: the plan's events between versions */
};

/* What a findings formatter needs besides the findings. */
struct opp_findings_state {
	bool first;      /* json, sarif: nothing written yet (no comma) */
	const char *src; /* text: the file's text, for excerpts (may be NULL) */
	size_t srclen;
	struct opp_diag_style style; /* text: excerpts and colour */
};

/* Append one file's findings to out. */
typedef void opp_findings_fn(struct opp_buf *out, const char *file, const struct opp_diags *d,
                             struct opp_findings_state *st);

struct opp_format {
	enum opp_format_id id;
	const char *name;              /* as --to and --format take it */
	const char *ext;               /* extensions of an output name that choose it, space-separated */
	unsigned kind;                 /* OPP_FOR_*: what it can carry */
	bool binary;                   /* written to a file by name, never to a terminal */
	const struct opp_writer *sink; /* its sink writer, or NULL */
	opp_findings_fn *findings;     /* OPP_FOR_FINDINGS: its formatter (diag.c), or NULL */
};

extern const struct opp_format opp_formats[OPP_FORMAT_COUNT]; /* indexed by id */

/* The format called name among those of the kinds in mask, or NULL. */
const struct opp_format *opp_format_find(const char *name, unsigned mask);

/* The format an output name's extension chooses among the kinds in mask
 * ("x.htm": html), or NULL (no extension, or none of them). */
const struct opp_format *opp_format_for_path(const char *path, unsigned mask);

/* Append the names of the formats of the kinds in mask as a choice: "md,
 * html or xlsx" (" or " translated), or with sep between them when sep
 * is not NULL ("md html xlsx"). */
void opp_format_names(struct opp_buf *out, unsigned mask, const char *sep);

#endif
