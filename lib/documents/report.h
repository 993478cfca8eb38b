/*
 * report — the caseload overview across many case files: one row per
 * case, all arrangement items, all open afspraken, every active goal with
 * its progress, what stalls (stagnatie, with how long), and the patterns
 * (which support recurs across cases).
 *
 * The rows are computed here, once, independent of the output format
 * (struct opp_case_row, opp_inzet_row, opp_afspraak_row), and their
 * cells too (struct opp_cell); `opp report` (md, html, xlsx), `opp list`
 * (list.c) and `opp render --to xlsx` (render_xlsx.c) all use them, so
 * the formats cannot disagree. A report streams: opp_report_add() takes
 * one case at a time and keeps nothing of it in memory but the pattern
 * counts (its rows wait in temporary files), so a run over 10,000 files
 * needs bounded memory (the caller frees each document after adding it).
 *
 * The report's own words (its title, section and sheet names, column
 * headers, what it says of a row) follow the user's language through the
 * catalogue; the values from the case files stay the files' own words.
 * Nothing here prints, exits or reads the clock.
 */
#ifndef OPP_REPORT_H
#define OPP_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "documents/patroon.h"
#include "documents/render.h"
#include "format/config.h"
#include "format/diag.h"
#include "format/model.h"
#include "output/sink.h"
#include "output/xlsx.h"

#define OPP_NODATE INT32_MIN /* a date field that is absent */

/* How a case file fared under `opp validate`'s checks, for the
 * overviews: a file with errors is never shown as if it were at a step. */
struct opp_case_check {
	bool unreadable;   /* could not be read, or is not YAML: no document */
	size_t errors;     /* findings of severity error */
	size_t warnings;   /* findings of severity warning */
	const char *first; /* unreadable or errors: the first error as "file:line: message" */
};

/* Count d's findings into c (opp_validate's, for document doc, NULL when
 * it did not load) and, when doc is NULL or has errors, say the first
 * (opp_report_load_error). Returns what c->first points to: caller
 * frees. */
char *opp_case_check_fill(struct opp_case_check *c, const char *name, const struct opp_doc *doc,
                          struct opp_diags *d);

/* One case: a row of the overview (and of `opp list`). */
struct opp_case_row {
	const char *file;        /* the case file as given */
	const char *error;       /* unreadable or errors: the first error ("file:line: message"); else NULL */
	bool checked;            /* the counts below are known */
	bool unreadable;         /* no document: nothing else is known */
	size_t errors, warnings; /* its findings (checked) */
	const char *naam;        /* leerling.naam, or NULL */
	const char *school;      /* leerling.school, or NULL */
	const char *groep;       /* leerling.groep, or NULL */
	const char *regie;       /* the regievoerder's name (regie.opp; the id if unknown) */
	int stap;                /* 1..9 (opp_stap); 0 when unreadable or with errors */
	const char *fase;        /* "7 uitvoeren en monitoren" (opp_label_stap), or NULL */
	size_t doelen;           /* active goals (status lopend) */
	int32_t evaluatie;       /* next planned evaluation, or OPP_NODATE */
	size_t achterstallig;    /* overdue items (opp_due_collect, until today - 1) */
	size_t zonder_voortgang; /* active goals quiet for long (opp_voortgang_row.stil) */
	size_t stagnatie;        /* things that stall (opp_stagnatie_rows) */
	double bedrag[OPP_FIN_COUNT];     /* sum of bekostiging.bedrag per funder */
	bool heeft_bedrag[OPP_FIN_COUNT]; /* some item of this funder has a bedrag */
};

/* One arrangement item (inzet), with its case. */
struct opp_inzet_row {
	const char *file, *leerling; /* the case (leerling may be NULL) */
	const char *id, *wat;
	const char *wie;         /* the betrokkene's name, or wie as written */
	const char *organisatie; /* the betrokkene's organisatie, or NULL */
	const char *frequentie;
	const char *doelen;                    /* doel ids, ", "-separated */
	int32_t start, eind, wachtlijst_tot;   /* dates or OPP_NODATE */
	const char *door, *grondslag, *status; /* bekostiging enum names, or NULL */
	double bedrag;                         /* euro; valid when heeft_bedrag */
	bool heeft_bedrag;
	const char *kenmerk, *overbrugging;
};

/* One afspraak, with its case and its state on `today`. */
struct opp_afspraak_row {
	const char *file, *leerling;
	const char *id, *wat;
	const char *wie;            /* the betrokkene's name, or the id */
	int32_t uiterlijk, gedaan;  /* dates or OPP_NODATE */
	const char *terugkoppeling; /* names, ", "-separated */
	const char *status;         /* "gedaan", "open" or "te laat" */
	int32_t dagen_te_laat;      /* today - uiterlijk when te laat, else 0 */
};

/* One active goal and its progress, with its case (sheet "voortgang"). */
struct opp_voortgang_row {
	const char *file, *leerling;
	const char *id, *domein;
	const char *koers; /* "op koers", "achter", "geen gegevens"; NULL: not measurable */
	int32_t laatste;   /* the last note's date, or OPP_NODATE */
	int32_t dagen;     /* days since it, or -1 */
	int32_t evaluatie; /* the case's next planned evaluation, or OPP_NODATE */
	bool stil;         /* no note for 2 x voortgang_dagen (from its setting before the first) */
};

/* One thing that stalls in a case (sheet "stagnatie"): an open
 * obligation of rule stagnatie (facts/obligations.h) that has shown,
 * i.e. whose day has come. */
struct opp_stagnatie_row {
	const char *file, *leerling;
	const char *regie;   /* the regievoerder's name, who must act */
	const char *wat;     /* what stalls, in the format's words ("geen besluit", "afgewezen", ...) */
	const char *betreft; /* the item or goal id, or NULL */
	int32_t sinds;       /* the day it showed */
	int32_t dagen;       /* today - sinds: how long it stalls */
};

/* The things that stall in doc as of today, as rows (strings into
 * arena, the array too); returns how many. With rows NULL only counts. */
size_t opp_stagnatie_rows(struct opp_stagnatie_row **rows, struct opp_arena *arena, const char *file,
                          const struct opp_doc *doc, const struct opp_config *cfg, int32_t today);

/* Fill a case row. chk is how the file fared (NULL: not checked, as for
 * one case rendered). doc NULL means the case did not load: then the
 * error (chk->first) is its only content. A case with errors shows who
 * it is about, its counts and its first error, and nothing derived from
 * it: no step, goals, evaluation, overdue items or funding. Strings are
 * copied into arena, so the row outlives the document. cfg may be NULL
 * (defaults). */
void opp_case_row_fill(struct opp_case_row *r, struct opp_arena *arena, const char *file,
                       const struct opp_doc *doc, const struct opp_case_check *chk,
                       const struct opp_config *cfg, int32_t today);

/* Where a row goes in the overviews, so that broken files stand out:
 * 0 unreadable, 1 with errors, 2 with warnings, 3 clean (or unchecked).
 * Within a rank the files keep their order. */
#define OPP_CASE_RANKS 4
int opp_case_rank(const struct opp_case_row *r);

/* Fill the row of active goal d of doc as of today (strings into arena;
 * cfg never NULL). */
void opp_voortgang_row_fill(struct opp_voortgang_row *r, struct opp_arena *arena, const char *file,
                            const struct opp_doc *doc, const struct opp_doel *d, const struct opp_config *cfg,
                            int32_t today);

/* Fill the row of arrangement item z of doc (strings copied into arena). */
void opp_inzet_row_fill(struct opp_inzet_row *r, struct opp_arena *arena, const char *file,
                        const struct opp_doc *doc, const struct opp_inzet *z);

/* Fill the row of afspraak a of doc as of today (strings into arena). */
void opp_afspraak_row_fill(struct opp_afspraak_row *r, struct opp_arena *arena, const char *file,
                           const struct opp_doc *doc, const struct opp_afspraak *a, int32_t today);

/* Why a file did not load or is wrong: its root cause (the first error
 * that explains others, else the first that nothing explains; else the
 * first finding) as "file:line: message", sorting d. Caller frees. */
char *opp_report_load_error(const char *name, struct opp_diags *d);

/* The name of betrokkene `id`, or the id itself (an unknown id, or `wie`
 * written as a name); NULL for id NULL. */
const char *opp_report_naam(const struct opp_doc *doc, const char *id);

/* The values of l (as names of betrokkenen when `names`), ", "-separated,
 * copied into arena; NULL when the list is empty. */
const char *opp_report_join(struct opp_arena *a, const struct opp_doc *doc, const struct opp_list *l,
                            bool names);

/* The columns of each section, in order, shared by every format; each
 * table ends with name == NULL. The overview starts with "bestand",
 * "fouten" ("onleesbaar" for a file that did not load) and
 * "waarschuwingen"; its funder columns are "bekostiging <door>" in enum
 * opp_financier order, after OPP_CASE_FUNDERS fixed columns, then
 * "fout". The sections after the overview start with "bestand" and
 * "leerling"; `opp render --to xlsx` uses the rest, with the Dutch
 * names: the case workbook is a Dutch document, as the OPP is. The
 * report shows each column's label (opp_report_col_label). */
struct opp_report_col {
	const char *name;  /* the format's Dutch word: the case workbook's header */
	unsigned width;    /* suggested width in characters (xlsx) */
	bool right;        /* a number: right-aligned (md, html) */
	bool wrap;         /* long text: wrapped within the width (xlsx) */
	const char *label; /* the report's header: an English msgid (N_), "%s" the funder's name */
};
#define OPP_CASE_FUNDERS 14                              /* index of the first funder column */
extern const struct opp_report_col opp_case_cols[];      /* sheet "overzicht" */
extern const struct opp_report_col opp_inzet_cols[];     /* sheet "arrangement" */
extern const struct opp_report_col opp_afspraak_cols[];  /* sheet "afspraken" */
extern const struct opp_report_col opp_patroon_cols[];   /* sheet "patronen" */
extern const struct opp_report_col opp_voortgang_cols[]; /* sheet "voortgang" */
extern const struct opp_report_col opp_stagnatie_cols[]; /* sheet "stagnatie" */

/* The number of columns of a table. */
size_t opp_report_ncols(const struct opp_report_col *cols);

/* The report's header of column i of a table, in the user's language:
 * its label translated (a funder column's with the funder's name),
 * copied into a. */
const char *opp_report_col_label(struct opp_arena *a, const struct opp_report_col *cols, size_t i);

/* ---- cells --------------------------------------------------------------
 * A row as typed cells, one per column of its table, so that every format
 * shows the same values its own way: the workbook real numbers and dates,
 * md and html "€ 1.850,00" and YYYY-MM-DD. Texts point into the row. */

enum opp_cell_kind {
	OPP_CELL_NONE,  /* empty */
	OPP_CELL_TEXT,  /* text */
	OPP_CELL_COUNT, /* num: a whole number */
	OPP_CELL_EURO,  /* num: an amount in euro */
	OPP_CELL_DATE,  /* day */
};

struct opp_cell {
	enum opp_cell_kind kind;
	const char *text;
	double num;
	int32_t day;
};

/* Fill c (room for every column of the row's table) and return how many
 * cells: opp_case_cols, opp_inzet_cols, opp_afspraak_cols. */
size_t opp_case_cells(const struct opp_case_row *r, struct opp_cell *c);
size_t opp_inzet_cells(const struct opp_inzet_row *r, struct opp_cell *c);
size_t opp_afspraak_cells(const struct opp_afspraak_row *r, struct opp_cell *c);
size_t opp_voortgang_cells(const struct opp_voortgang_row *r, struct opp_cell *c);
size_t opp_stagnatie_cells(const struct opp_stagnatie_row *r, struct opp_cell *c);

/* Write n cells into the current row of a sheet from column col on. */
void opp_cells_xlsx(struct opp_xlsx_sheet *sh, unsigned col, const struct opp_cell *c, size_t n);

/* ---- the report ------------------------------------------------------- */

struct opp_report; /* opaque: one report being written */

/* Start a report: with a writer (md, html: sink.h) streamed to out; with
 * w NULL a workbook written to path (make it a temporary file, see
 * atomic.h). o->today is the "as of" date; o->created the workbook's
 * fixed creation time. NULL with *err set (caller frees) on failure. */
struct opp_report *opp_report_open(const struct opp_writer *w, const char *path, FILE *out,
                                   const struct opp_render_opts *o, char **err);

/* Add one case: its overview row, its arrangement items and its open
 * afspraken. chk is how the file fared (opp_case_check_fill; NULL: not
 * checked); doc NULL: the case did not load, chk->first says why (it is
 * listed, never dropped). cfg is the case's config (NULL: o->cfg). The
 * report keeps nothing of doc: free it afterwards. The overview lists
 * unreadable files first, then those with errors, then with warnings
 * (opp_case_rank). */
void opp_report_add(struct opp_report *r, const char *file, const struct opp_doc *doc,
                    const struct opp_case_check *chk, const struct opp_config *cfg);

/* Write what remains (the tables that waited, the patterns), finish and
 * free the report. False with *err set (caller frees) when anything
 * could not be written. */
bool opp_report_close(struct opp_report *r, char **err);

#endif
