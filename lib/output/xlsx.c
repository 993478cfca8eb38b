/*
 * xlsx — the workbook writer on libxlsxwriter: see xlsx.h.
 */
#include "output/xlsx.h"

#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "base/date.h"
#include "base/i18n.h"
#include "base/utf8.h"

#define STR_MAX 32767 /* characters in one cell */

struct opp_xlsx_sheet {
	struct opp_xlsx *x;
	lxw_worksheet *ws;
	lxw_row_t row;   /* the current row (0: the header) */
	lxw_col_t ncols; /* for the autofilter */
	bool *wrap;      /* ncols: the column's text wraps */
	struct opp_xlsx_sheet *next;
};

struct opp_xlsx {
	lxw_workbook *wb;
	lxw_format *head, *bold, *wrap, *date, *time, *euro, *bold_euro;
	lxw_error err;    /* the first failure */
	const char *what; /* what failed, for the message */
	struct opp_buf scratch;
	struct opp_xlsx_sheet *sheets;
};

static void
check(struct opp_xlsx *x, lxw_error e, const char *what)
{
	if (e != LXW_NO_ERROR && x->err == LXW_NO_ERROR) {
		x->err = e;
		x->what = what;
	}
}

static bool
hex(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Text for a cell: no control character but tab and newline, no bidi
 * control (opp_utf8_unsafe: escape.h's rule for what people read); an
 * "_x" that starts Excel's escape _xHHHH_ written as _x005F_x, so the
 * cell shows "_x0041_", not "A"; cut at STR_MAX characters, on a
 * character boundary. */
static const char *
clean(struct opp_xlsx *x, const char *s)
{
	size_t len = strlen(s), chars = 0;

	opp_buf_reset(&x->scratch);
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = opp_utf8_next(s + i, len - i, &cp);

		if (opp_utf8_unsafe(cp) || cp == '\r') {
			i += n;
			continue;
		}
		if (++chars > STR_MAX)
			break;
		if (cp == '_' && i + 6 < len && (s[i + 1] == 'x' || s[i + 1] == 'X') && hex(s[i + 2]) &&
		    hex(s[i + 3]) && hex(s[i + 4]) && hex(s[i + 5]) && s[i + 6] == '_')
			opp_buf_puts(&x->scratch, "_x005F_");
		else
			opp_buf_add(&x->scratch, s + i, n);
		i += n;
	}
	return x->scratch.ptr;
}

struct opp_xlsx *
opp_xlsx_open(const char *path, const struct opp_xlsx_opts *o, char **err)
{
	lxw_workbook_options opt = {.constant_memory = o->constant_memory, .use_zip64 = LXW_TRUE};
	lxw_doc_properties props = {0};
	struct opp_xlsx *x = xcalloc(1, sizeof(*x));
	const char *slash = strrchr(path, '/');
	char *dir;

	/* libxlsxwriter writes every part to a temporary file first, by
	 * default in /tmp (tmpfile) whatever $TMPDIR says. They go beside
	 * the workbook instead: beside the target, or in $TMPDIR for a pipe
	 * (the workbook is a temporary file there, stdout_tmp). Each is
	 * removed as soon as it is created (only its descriptor stays), so
	 * none outlives the program, whatever ends it. */
	dir = slash ? xstrndup(path, slash == path ? 1 : (size_t)(slash - path)) : xstrdup(".");
	opt.tmpdir = dir;
	opp_buf_init(&x->scratch);
	x->wb = workbook_new_opt(path, &opt);
	free(dir);
	if (!x->wb) {
		struct opp_buf e = OPP_BUF_INIT;
		opp_buf_printf(&e, _("cannot create the workbook %s"), path);
		*err = opp_buf_detach(&e, NULL);
		opp_buf_release(&x->scratch);
		free(x);
		return NULL;
	}
	/* A fixed time (never the clock): byte-identical files. */
	props.created = (time_t)o->created;
	props.title = (char *)o->title;
	check(x, workbook_set_properties(x->wb, &props), "properties");
	x->head = workbook_add_format(x->wb);
	format_set_bold(x->head);
	format_set_bottom(x->head, LXW_BORDER_THIN);
	format_set_bg_color(x->head, 0xDDEBF7);
	x->bold = workbook_add_format(x->wb);
	format_set_bold(x->bold);
	x->wrap = workbook_add_format(x->wb);
	format_set_text_wrap(x->wrap);
	format_set_align(x->wrap, LXW_ALIGN_VERTICAL_TOP);
	x->date = workbook_add_format(x->wb);
	format_set_num_format(x->date, "yyyy-mm-dd");
	x->time = workbook_add_format(x->wb);
	format_set_num_format(x->time, "hh:mm");
	x->euro = workbook_add_format(x->wb);
	format_set_num_format(x->euro, "[$€-413] #,##0.00;[$€-413] -#,##0.00");
	x->bold_euro = workbook_add_format(x->wb);
	format_set_num_format(x->bold_euro, "[$€-413] #,##0.00;[$€-413] -#,##0.00");
	format_set_bold(x->bold_euro);
	return x;
}

bool
opp_xlsx_close(struct opp_xlsx *x, const char *path, char **err)
{
	lxw_error e = workbook_close(x->wb);
	bool ok = x->err == LXW_NO_ERROR && e == LXW_NO_ERROR;

	if (!ok) {
		struct opp_buf b = OPP_BUF_INIT;
		if (x->err != LXW_NO_ERROR)
			opp_buf_printf(&b, _("cannot write the workbook %s (%s): %s"), path, x->what,
			               lxw_strerror(x->err));
		else
			opp_buf_printf(&b, _("cannot write the workbook %s: %s"), path, lxw_strerror(e));
		*err = opp_buf_detach(&b, NULL);
	}
	while (x->sheets) {
		struct opp_xlsx_sheet *next = x->sheets->next;
		free(x->sheets->wrap);
		free(x->sheets);
		x->sheets = next;
	}
	opp_buf_release(&x->scratch);
	free(x);
	return ok;
}

struct opp_xlsx_sheet *
opp_xlsx_sheet(struct opp_xlsx *x, const char *name, const struct opp_xlsx_col *cols, size_t n)
{
	struct opp_xlsx_sheet *sh;
	lxw_worksheet *ws = workbook_add_worksheet(x->wb, name);

	if (!ws) {
		check(x, LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED, name);
		return NULL;
	}
	sh = xcalloc(1, sizeof(*sh));
	sh->x = x;
	sh->ws = ws;
	sh->ncols = (lxw_col_t)n;
	sh->wrap = xcalloc(n ? n : 1, sizeof(*sh->wrap));
	sh->next = x->sheets;
	x->sheets = sh;
	for (size_t i = 0; i < n; i++) {
		/* The column's format too, so a cell typed in later wraps. */
		sh->wrap[i] = cols[i].wrap;
		check(x,
		      worksheet_set_column(ws, (lxw_col_t)i, (lxw_col_t)i, cols[i].width,
		                           cols[i].wrap ? x->wrap : NULL),
		      name);
		check(x, worksheet_write_string(ws, 0, (lxw_col_t)i, cols[i].name, x->head), name);
	}
	worksheet_freeze_panes(ws, 1, 0);
	return sh;
}

bool
opp_xlsx_row(struct opp_xlsx_sheet *sh)
{
	if (!sh)
		return false;
	if (sh->row + 1 >= LXW_ROW_MAX) {
		check(sh->x, LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, "rows");
		return false;
	}
	sh->row++;
	return true;
}

void
opp_xlsx_filter(struct opp_xlsx_sheet *sh)
{
	if (sh)
		check(sh->x, worksheet_autofilter(sh->ws, 0, 0, sh->row, sh->ncols - 1), "autofilter");
}

static lxw_format *
format(const struct opp_xlsx_sheet *sh, unsigned col, enum opp_xlsx_style st)
{
	if (st == OPP_XLSX_PLAIN)
		return col < sh->ncols && sh->wrap[col] ? sh->x->wrap : NULL;
	return st == OPP_XLSX_HEAD ? sh->x->head : sh->x->bold;
}

void
opp_xlsx_text(struct opp_xlsx_sheet *sh, unsigned col, const char *s, enum opp_xlsx_style st)
{
	if (!sh || !s || !*s)
		return;
	check(sh->x,
	      worksheet_write_string(sh->ws, sh->row, (lxw_col_t)col, clean(sh->x, s), format(sh, col, st)),
	      "text");
}

void
opp_xlsx_number(struct opp_xlsx_sheet *sh, unsigned col, double v)
{
	if (sh)
		check(sh->x, worksheet_write_number(sh->ws, sh->row, (lxw_col_t)col, v, NULL), "number");
}

void
opp_xlsx_euro(struct opp_xlsx_sheet *sh, unsigned col, double euro, enum opp_xlsx_style st)
{
	if (sh)
		check(sh->x,
		      worksheet_write_number(sh->ws, sh->row, (lxw_col_t)col, euro,
		                             st == OPP_XLSX_PLAIN ? sh->x->euro : sh->x->bold_euro),
		      "number");
}

void
opp_xlsx_date(struct opp_xlsx_sheet *sh, unsigned col, int32_t day)
{
	lxw_datetime dt = {0};

	if (!sh)
		return;
	opp_date_to_ymd(day, &dt.year, &dt.month, &dt.day);
	/* Excel has no dates before 1900 (libxlsxwriter would write -364). */
	if (dt.year < 1900 || dt.year > 9999) {
		opp_xlsx_text(sh, col, opp_date_str(day).s, OPP_XLSX_PLAIN);
		return;
	}
	check(sh->x, worksheet_write_datetime(sh->ws, sh->row, (lxw_col_t)col, &dt, sh->x->date), "date");
}

void
opp_xlsx_time(struct opp_xlsx_sheet *sh, unsigned col, int minutes)
{
	if (sh)
		check(sh->x,
		      worksheet_write_number(sh->ws, sh->row, (lxw_col_t)col, minutes / 1440.0, sh->x->time),
		      "number");
}

uint32_t
opp_xlsx_row_at(const struct opp_xlsx_sheet *sh)
{
	return sh ? sh->row : 0;
}

void
opp_xlsx_chart(struct opp_xlsx_sheet *where, uint32_t row, unsigned col, const char *title,
               const char *ytitle, const struct opp_xlsx_series *s, size_t n)
{
	lxw_chart *ch;

	if (!where)
		return;
	/* Scatter, not line: a line chart spaces its points evenly, a
	 * scatter chart places them by date. */
	if (!(ch = workbook_add_chart(where->x->wb, LXW_CHART_SCATTER_STRAIGHT_WITH_MARKERS))) {
		check(where->x, LXW_ERROR_MEMORY_MALLOC_FAILED, "chart");
		return;
	}
	for (size_t i = 0; i < n; i++) {
		lxw_chart_series *se;
		const char *sheet;

		if (!s[i].sh || s[i].last < s[i].first)
			continue;
		sheet = s[i].sh->ws->name;
		if (!(se = chart_add_series(ch, NULL, NULL)))
			continue;
		chart_series_set_categories(se, sheet, s[i].first, (lxw_col_t)s[i].xcol, s[i].last,
		                            (lxw_col_t)s[i].xcol);
		chart_series_set_values(se, sheet, s[i].first, (lxw_col_t)s[i].ycol, s[i].last,
		                        (lxw_col_t)s[i].ycol);
		chart_series_set_name(se, clean(where->x, s[i].name));
		if (s[i].dashed) {
			lxw_chart_line l = {
			        .color = 0x666666, .width = 1.5, .dash_type = LXW_CHART_LINE_DASH_DASH};
			chart_series_set_line(se, &l);
			chart_series_set_marker_type(se, LXW_CHART_MARKER_NONE);
		} else {
			lxw_chart_line l = {.color = 0x1F4E99, .width = 2};
			chart_series_set_line(se, &l);
			chart_series_set_marker_type(se, LXW_CHART_MARKER_CIRCLE);
		}
	}
	chart_title_set_name(ch, clean(where->x, title));
	chart_axis_set_num_format(ch->x_axis, "d mmm yyyy");
	if (ytitle)
		chart_axis_set_name(ch->y_axis, clean(where->x, ytitle));
	chart_legend_set_position(ch, LXW_CHART_LEGEND_BOTTOM);
	/* A note without a value is a blank cell: the line goes on. */
	chart_show_blanks_as(ch, LXW_CHART_BLANKS_AS_CONNECTED);
	check(where->x, worksheet_insert_chart(where->ws, row, (lxw_col_t)col, ch), "chart");
}
