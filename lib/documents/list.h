/*
 * list — the caseload at a glance (`opp list`): one line per case in a
 * terminal table, from the caseload rows (report.h).
 */
#ifndef OPP_LIST_H
#define OPP_LIST_H

#include <stddef.h>

#include "base/buf.h"
#include "documents/report.h"

/* The table of `opp list`: a header and one line per case (file,
 * leerling, groep, stap, doelen, evaluatie, te laat; a case that did
 * not load shows its error instead), as plain text (output/text.c).
 * width > 0: fit each line into that many columns, shortening the names
 * first; 0: no limit. Nothing for n == 0. */
void opp_list_cases(struct opp_buf *out, const struct opp_case_row *rows, size_t n, size_t width);

#endif
