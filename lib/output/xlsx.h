/*
 * xlsx — Excel workbooks: sheets with a header row, fixed column widths
 * and typed cells (text, number, euro, date, time of day). The only
 * includer of xlsxwriter.h; what the sheets hold is the caller's (the
 * case workbook: documents/render_xlsx.c, the caseload report:
 * documents/report.c).
 *
 * Every sheet's header row is bold and frozen; a column may wrap its
 * text (Excel and LibreOffice then fit the row's height). Charts are native (the
 * chart API), drawn from cells of a sheet. Dates are real dates
 * (yyyy-mm-dd), amounts numbers in a euro format. Text is always written
 * as a string, never a formula: "=HYPERLINK(...)" or "+1" stays text.
 * Control characters (which Excel would show as _x0001_) are dropped and
 * text is cut at Excel's 32,767 characters. The document's creation time
 * is the caller's, so the same input gives the same file.
 *
 * Errors are remembered, not returned by each call: the first one is
 * reported by opp_xlsx_close(). In constant-memory mode (for the large
 * report) each sheet's rows go to a temporary file as they come, so rows
 * must be written in order within a sheet (sheets may interleave).
 */
#ifndef OPP_XLSX_H
#define OPP_XLSX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct opp_xlsx;       /* opaque: a workbook being written */
struct opp_xlsx_sheet; /* opaque: one of its sheets, owned by the workbook */

struct opp_xlsx_opts {
	bool constant_memory; /* rows strictly in order per sheet; memory stays flat */
	int64_t created;      /* docProps creation time, seconds since the epoch */
	const char *title;    /* docProps title, or NULL */
};

/* Start a workbook written to path (make it a temporary file: atomic.h).
 * NULL with *err set (caller frees) when it cannot be created. */
struct opp_xlsx *opp_xlsx_open(const char *path, const struct opp_xlsx_opts *o, char **err);

/* Write the file and free the workbook. False with *err set (caller
 * frees, naming path) when anything failed, here or in an earlier call. */
bool opp_xlsx_close(struct opp_xlsx *x, const char *path, char **err);

/* A column of a sheet: its header, its width in characters and whether
 * its text wraps within that width (long text: a goal, a report), top
 * aligned so a wrapped row reads from its first line. */
struct opp_xlsx_col {
	const char *name;
	unsigned width;
	bool wrap;
};

/* Add a sheet with the header row of cols (n of them), frozen. NULL
 * (the error remembered) when the name is refused; every call below
 * accepts a NULL sheet and does nothing. */
struct opp_xlsx_sheet *opp_xlsx_sheet(struct opp_xlsx *x, const char *name, const struct opp_xlsx_col *cols,
                                      size_t n);

/* Start the next row; the cells below go into it. False (the error
 * remembered) past Excel's last row. */
bool opp_xlsx_row(struct opp_xlsx_sheet *sh);

/* An autofilter over the header and every row started so far. */
void opp_xlsx_filter(struct opp_xlsx_sheet *sh);

enum opp_xlsx_style {
	OPP_XLSX_PLAIN,
	OPP_XLSX_BOLD,
	OPP_XLSX_HEAD, /* like the header row */
};

/* Cells of the current row, by 0-based column. Text NULL or "" writes
 * nothing. */
void opp_xlsx_text(struct opp_xlsx_sheet *sh, unsigned col, const char *s, enum opp_xlsx_style st);
void opp_xlsx_number(struct opp_xlsx_sheet *sh, unsigned col, double v);
void opp_xlsx_euro(struct opp_xlsx_sheet *sh, unsigned col, double euro, enum opp_xlsx_style st);
/* A date (day number, date.h); outside Excel's years 1900-9999 it is
 * written as YYYY-MM-DD text. */
void opp_xlsx_date(struct opp_xlsx_sheet *sh, unsigned col, int32_t day);
/* A time of day (minutes after midnight), shown hh:mm. */
void opp_xlsx_time(struct opp_xlsx_sheet *sh, unsigned col, int minutes);

/* The 0-based index of the current row (0: the header): where the cells
 * just written are, for a chart's series. */
uint32_t opp_xlsx_row_at(const struct opp_xlsx_sheet *sh);

/* A series of a chart: x and y from two columns of a sheet, over rows
 * first..last (0-based, inclusive); blank cells are skipped. */
struct opp_xlsx_series {
	const char *name;
	const struct opp_xlsx_sheet *sh;
	unsigned xcol, ycol;
	uint32_t first, last;
	bool dashed; /* a dashed line without markers (an expected line); else markers on a line */
};

/* A native line chart of values over dates (x is a date axis), placed
 * on sheet `where` with its top left at (row, col): Excel and
 * LibreOffice draw it from the cells, so it follows a change to them. */
void opp_xlsx_chart(struct opp_xlsx_sheet *where, uint32_t row, unsigned col, const char *title,
                    const char *ytitle, const struct opp_xlsx_series *s, size_t n);

#endif
