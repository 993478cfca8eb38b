/*
 * list — `opp list`'s table: a walk over the caseload rows through the
 * plain-text writer, which aligns and fits the columns: see list.h.
 */
#include "documents/list.h"

#include <stdio.h>
#include <stdlib.h>

#include "base/alloc.h"
#include "base/date.h"
#include "base/i18n.h"
#include "output/sink.h"

/* The rows in the order shown: broken files first (opp_case_rank), each
 * rank in the given order. Caller frees. */
static size_t *
order(const struct opp_case_row *rows, size_t n)
{
	size_t *ix = xcalloc(n ? n : 1, sizeof(*ix)), k = 0;

	for (int rank = 0; rank < OPP_CASE_RANKS; rank++)
		for (size_t i = 0; i < n; i++)
			if (opp_case_rank(&rows[i]) == rank)
				ix[k++] = i;
	return ix;
}

static void
count_cell(struct opp_sink *s, struct opp_buf *b, bool known, size_t n)
{
	opp_buf_reset(b);
	if (known)
		opp_buf_printf(b, "%zu", n);
	opp_sink_cell(s, known ? b->ptr : NULL);
}

/* One case's line. */
static void
row(struct opp_sink *s, const struct opp_case_row *r, struct opp_buf *b)
{
	opp_sink_row_begin(s);
	opp_sink_cell(s, r->file);
	opp_buf_reset(b);
	if (r->unreadable) {
		/* A file that did not load: said so, with why, over the rest
		 * of the line (a count of errors would not be the truth). */
		opp_buf_printf(b, "%s %s", _("unreadable:"), r->error);
		opp_sink_cell_span(s, b->ptr);
		opp_sink_row_end(s);
		return;
	}
	count_cell(s, b, r->checked, r->errors);
	count_cell(s, b, r->checked, r->warnings);
	opp_sink_cell(s, r->naam);
	opp_sink_cell(s, r->groep);
	if (r->error) {
		/* Never a step for a file with errors: its first error. */
		opp_buf_reset(b);
		opp_buf_printf(b, "%s %s", _("error:"), r->error);
		opp_sink_cell_span(s, b->ptr);
		opp_sink_row_end(s);
		return;
	}
	opp_sink_cell(s, r->fase);
	count_cell(s, b, true, r->doelen);
	opp_sink_cell(s, r->evaluatie == OPP_NODATE ? "-" : opp_date_str(r->evaluatie).s);
	count_cell(s, b, true, r->achterstallig);
	opp_sink_row_end(s);
}

void
opp_list_cases(struct opp_buf *out, const struct opp_case_row *rows, size_t n, size_t width)
{
	/* The header is terminal text, in the user's language (the rows
	 * hold the file's Dutch words). The widest columns shrink first,
	 * never below these minimums (a count's header and the evaluation's
	 * only on a narrow terminal: the numbers and the date stay whole);
	 * a path keeps its end: the file name tells cases apart. */
	const struct opp_sink_col cols[] = {
	        {_("file"), OPP_ALIGN_LEFT, 8, true},       {_("errors"), OPP_ALIGN_RIGHT, 4, false},
	        {_("warnings"), OPP_ALIGN_RIGHT, 4, false}, {_("pupil"), OPP_ALIGN_LEFT, 8, false},
	        {_("group"), OPP_ALIGN_LEFT, 4, false},     {_("step"), OPP_ALIGN_LEFT, 6, false},
	        {_("goals"), OPP_ALIGN_RIGHT, 0, false},    {_("next evaluation"), OPP_ALIGN_LEFT, 10, false},
	        {_("overdue"), OPP_ALIGN_RIGHT, 0, false},
	};
	struct opp_sink *s;
	struct opp_buf b = OPP_BUF_INIT;
	size_t *ix;

	if (!n)
		return;
	ix = order(rows, n);
	s = opp_sink_to_buf(&opp_writer_text, out);
	opp_sink_begin(s, &(struct opp_sink_page){.width = width});
	opp_sink_table_begin(s, &(struct opp_sink_table){NULL, sizeof(cols) / sizeof(*cols), cols});
	for (size_t i = 0; i < n; i++)
		row(s, &rows[ix[i]], &b);
	opp_sink_table_end(s);
	opp_sink_end(s);
	opp_sink_close(s);
	opp_buf_release(&b);
	free(ix);
}
