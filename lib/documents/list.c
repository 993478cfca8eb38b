/*
 * list — `opp list`'s table: a walk over the caseload rows through the
 * plain-text writer, which aligns and fits the columns: see list.h.
 */
#include "documents/list.h"

#include <stdio.h>

#include "base/date.h"
#include "base/i18n.h"
#include "output/sink.h"

void
opp_list_cases(struct opp_buf *out, const struct opp_case_row *rows, size_t n, size_t width)
{
	/* The header is terminal text, in the user's language (the rows
	 * hold the file's Dutch words). The names shrink first, never below
	 * these minimums; a path keeps its end: the file name tells cases
	 * apart. */
	const struct opp_sink_col cols[] = {
	        {_("file"), OPP_ALIGN_LEFT, 8, true},      {_("pupil"), OPP_ALIGN_LEFT, 8, false},
	        {_("group"), OPP_ALIGN_LEFT, 4, false},    {_("step"), OPP_ALIGN_LEFT, 6, false},
	        {_("goals"), OPP_ALIGN_RIGHT, 0, false},   {_("next evaluation"), OPP_ALIGN_LEFT, 0, false},
	        {_("overdue"), OPP_ALIGN_RIGHT, 0, false},
	};
	struct opp_sink *s;
	struct opp_buf b = OPP_BUF_INIT;

	if (!n)
		return;
	s = opp_sink_to_buf(&opp_writer_text, out);
	opp_sink_begin(s, &(struct opp_sink_page){.width = width});
	opp_sink_table_begin(s, &(struct opp_sink_table){NULL, sizeof(cols) / sizeof(*cols), cols});
	for (size_t i = 0; i < n; i++) {
		const struct opp_case_row *r = &rows[i];

		opp_sink_row_begin(s);
		opp_sink_cell(s, r->file);
		opp_buf_reset(&b);
		if (r->error) {
			/* A case that did not load: its error fills the line. */
			opp_buf_printf(&b, "%s %s", _("error:"), r->error);
			opp_sink_cell_span(s, b.ptr);
			opp_sink_row_end(s);
			continue;
		}
		opp_sink_cell(s, r->naam);
		opp_sink_cell(s, r->groep);
		opp_sink_cell(s, r->fase);
		opp_buf_printf(&b, "%zu", r->doelen);
		opp_sink_cell(s, b.ptr);
		opp_sink_cell(s, r->evaluatie == OPP_NODATE ? "-" : opp_date_str(r->evaluatie).s);
		opp_buf_reset(&b);
		opp_buf_printf(&b, "%zu", r->achterstallig);
		opp_sink_cell(s, b.ptr);
		opp_sink_row_end(s);
	}
	opp_sink_table_end(s);
	opp_sink_end(s);
	opp_sink_close(s);
	opp_buf_release(&b);
}
