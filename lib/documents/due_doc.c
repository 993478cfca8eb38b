/*
 * due_doc — the list of `opp due`, item by item: see due_doc.h.
 */
#include "documents/due_doc.h"

#include <stdbool.h>
#include <string.h>

#include "base/date.h"
#include "base/escape.h"
#include "base/i18n.h"
#include "checks/rules.h"

void
opp_due_when(struct opp_buf *out, int32_t days)
{
	if (days > 0)
		opp_buf_printf(out, P_("%d day overdue", "%d days overdue", days), (int)days);
	else if (days == 0)
		opp_buf_puts(out, _("due today"));
	else
		opp_buf_printf(out, P_("due in %d day", "due in %d days", -days), (int)-days);
}

/* The person's line, when the item is for someone else than the last. */
static void
text_item(struct opp_buf *b, struct opp_due_doc *d, const struct opp_due_item *it)
{
	struct opp_buf w = OPP_BUF_INIT;

	if (!d->n || strcmp(d->group.ptr, it->who) != 0) {
		opp_buf_reset(&d->group);
		opp_buf_puts(&d->group, it->who);
		if (d->n)
			opp_buf_putc(b, '\n');
		if (!*it->who)
			opp_buf_puts(b, _("(nobody named)"));
		else
			opp_buf_printf(b, "%s", it->naam ? it->naam : it->who);
		if (it->email)
			opp_buf_printf(b, " <%s>", it->email);
		if (*it->who)
			opp_buf_printf(b, " [%s]", it->who);
		opp_buf_putc(b, '\n');
	}
	opp_due_when(&w, it->days);
	opp_buf_printf(b, "  %-18s %s  %-13s %s:%u  %s\n", w.ptr, opp_date_str(it->date).s,
	               opp_ob_kind_names[it->kind], it->file, (unsigned)it->pos.line, it->what);
	opp_buf_release(&w);
}

static void
json_item(struct opp_buf *b, const struct opp_due_doc *d, const struct opp_due_item *it)
{
	opp_buf_puts(b, d->n ? ",\n  {\"file\": " : "\n  {\"file\": ");
	opp_json_str(b, it->file);
	opp_buf_printf(b, ", \"line\": %u, \"kind\": \"%s\", \"rule\": ", (unsigned)it->pos.line,
	               opp_ob_kind_names[it->kind]);
	if (it->rule >= 0)
		opp_json_str(b, opp_rules[it->rule].name);
	else
		opp_buf_puts(b, "null");
	opp_buf_printf(b, ", \"date\": \"%s\", \"days\": %d, \"who\": ", opp_date_str(it->date).s,
	               (int)it->days);
	opp_json_str(b, it->who);
	opp_buf_puts(b, ", \"email\": ");
	if (it->email)
		opp_json_str(b, it->email);
	else
		opp_buf_puts(b, "null");
	opp_buf_puts(b, ", \"what\": ");
	opp_json_str(b, it->what);
	opp_buf_putc(b, '}');
}

/* TSV: one item per line; a cell is made safe for a spreadsheet import
 * (escape.h: no tab or line break, no leading = + - @ formula). */
static void
tsv_field(struct opp_buf *b, const char *s, bool last)
{
	opp_tsv_cell(b, s);
	opp_buf_putc(b, last ? '\n' : '\t');
}

static void
tsv_item(struct opp_buf *b, const struct opp_due_doc *d, const struct opp_due_item *it)
{
	if (!d->n)
		opp_buf_puts(b, "days\tdate\tkind\trule\twho\tname\temail\tfile\tline\twhat\n");
	opp_buf_printf(b, "%d\t%s\t%s\t%s\t", (int)it->days, opp_date_str(it->date).s,
	               opp_ob_kind_names[it->kind], it->rule >= 0 ? opp_rules[it->rule].name : "");
	tsv_field(b, it->who, false);
	tsv_field(b, it->naam, false);
	tsv_field(b, it->email, false);
	tsv_field(b, it->file, false);
	opp_buf_printf(b, "%u\t", (unsigned)it->pos.line);
	tsv_field(b, it->what, true);
}

void
opp_due_doc_begin(struct opp_buf *out, struct opp_due_doc *d, enum opp_format_id fmt, int32_t today)
{
	d->fmt = fmt == OPP_FORMAT_JSON || fmt == OPP_FORMAT_TSV ? fmt : OPP_FORMAT_TEXT;
	d->today = today;
	d->n = 0;
	opp_buf_init(&d->group);
	if (d->fmt == OPP_FORMAT_JSON)
		opp_buf_printf(out, "{\"as_of\": \"%s\", \"items\": [", opp_date_str(today).s);
}

void
opp_due_doc_item(struct opp_buf *out, struct opp_due_doc *d, const struct opp_due_item *it)
{
	switch (d->fmt) {
	case OPP_FORMAT_JSON: json_item(out, d, it); break;
	case OPP_FORMAT_TSV: tsv_item(out, d, it); break;
	default: text_item(out, d, it); break;
	}
	d->n++;
}

void
opp_due_doc_end(struct opp_buf *out, struct opp_due_doc *d)
{
	if (d->fmt == OPP_FORMAT_JSON)
		opp_buf_puts(out, d->n ? "\n]}\n" : "]}\n");
	opp_buf_release(&d->group);
}
