/*
 * diag — the findings list and its formats: text (file:line:col: level:
 * message [rule], with an excerpt and caret on terminals), JSON as the
 * format spec fixes it, GitHub workflow annotations and SARIF 2.1.0.
 */
#include "format/diag.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/escape.h"
#include "base/i18n.h"
#include "format/ruleset.h"

void
opp_diags_init(struct opp_diags *d)
{
	d->v = NULL;
	d->n = d->cap = 0;
}

void
opp_diags_clear(struct opp_diags *d)
{
	for (size_t i = 0; i < d->n; i++)
		free(d->v[i].msg);
	d->n = 0;
}

void
opp_diags_release(struct opp_diags *d)
{
	opp_diags_clear(d);
	free(d->v);
	opp_diags_init(d);
}

void
opp_diags_vadd(struct opp_diags *d, int rule, enum opp_sev sev, struct opp_pos pos, const char *fmt,
               va_list ap)
{
	struct opp_buf b = OPP_BUF_INIT;

	opp_buf_vprintf(&b, fmt, ap);
	xgrow(&d->v, &d->cap, d->n + 1, sizeof(*d->v));
	d->v[d->n].pos = pos;
	d->v[d->n].sev = sev;
	d->v[d->n].rule = rule;
	d->v[d->n].msg = opp_buf_detach(&b, NULL);
	d->n++;
}

void
opp_diags_add(struct opp_diags *d, int rule, enum opp_sev sev, struct opp_pos pos, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	opp_diags_vadd(d, rule, sev, pos, fmt, ap);
	va_end(ap);
}

void
opp_diags_sort(struct opp_diags *d)
{
	/* Insertion sort: stable, and the lists are short and nearly sorted
	 * (each rule walks the file top-down). */
	for (size_t i = 1; i < d->n; i++) {
		struct opp_diag x = d->v[i];
		size_t j = i;
		while (j > 0 && (d->v[j - 1].pos.line > x.pos.line ||
		                 (d->v[j - 1].pos.line == x.pos.line && d->v[j - 1].pos.col > x.pos.col))) {
			d->v[j] = d->v[j - 1];
			j--;
		}
		d->v[j] = x;
	}
}

size_t
opp_diags_count(const struct opp_diags *d, enum opp_sev sev)
{
	size_t n = 0;

	for (size_t i = 0; i < d->n; i++)
		n += d->v[i].sev == sev;
	return n;
}

/* ---- text -------------------------------------------------------------- */

static const char *
sev_name(enum opp_sev s)
{
	return s == OPP_SEV_ERROR ? "error" : "warning";
}

static void
excerpt(struct opp_buf *out, const char *src, size_t len, struct opp_pos pos, bool color)
{
	const char *p = src, *end = src + len, *eol;
	uint32_t line = 1, col = 1;

	if (!src || pos.line == 0)
		return;
	while (line < pos.line && p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			return;
		p = nl + 1;
		line++;
	}
	if (line != pos.line || p >= end)
		return;
	eol = memchr(p, '\n', (size_t)(end - p));
	if (!eol)
		eol = end;
	if (eol > p && eol[-1] == '\r')
		eol--;
	opp_buf_printf(out, "%5u | ", (unsigned)pos.line);
	opp_buf_add(out, p, (size_t)(eol - p));
	opp_buf_puts(out, "\n      | ");
	/* Line the caret up under the column: copy tabs, count characters. */
	for (const char *q = p; q < eol && col < pos.col; q++) {
		if (((unsigned char)*q & 0xC0) == 0x80)
			continue;
		opp_buf_putc(out, *q == '\t' ? '\t' : ' ');
		col++;
	}
	opp_buf_puts(out, color ? "\033[1;32m^\033[0m\n" : "^\n");
}

void
opp_diag_text(struct opp_buf *out, const char *file, const struct opp_diags *d, const char *src,
              size_t srclen, const struct opp_diag_style *st)
{
	for (size_t i = 0; i < d->n; i++) {
		const struct opp_diag *g = &d->v[i];
		const char *level = g->sev == OPP_SEV_ERROR ? _("error") : _("warning");

		if (st->color)
			opp_buf_printf(out, "\033[1m%s:%u:%u:\033[0m %s%s:\033[0m %s [%s]\n", file,
			               (unsigned)g->pos.line, (unsigned)g->pos.col,
			               g->sev == OPP_SEV_ERROR ? "\033[1;31m" : "\033[1;33m", level, g->msg,
			               opp_rules[g->rule].name);
		else
			opp_buf_printf(out, "%s:%u:%u: %s: %s [%s]\n", file, (unsigned)g->pos.line,
			               (unsigned)g->pos.col, level, g->msg, opp_rules[g->rule].name);
		if (st->excerpt)
			excerpt(out, src, srclen, g->pos, st->color);
	}
}

/* ---- JSON ------------------------------------------------------------- */

void
opp_diag_json(struct opp_buf *out, const char *file, const struct opp_diags *d, bool *first)
{
	for (size_t i = 0; i < d->n; i++) {
		const struct opp_diag *g = &d->v[i];
		opp_buf_puts(out, *first ? "\n    {\"file\": " : ",\n    {\"file\": ");
		*first = false;
		opp_json_str(out, file);
		opp_buf_printf(out, ", \"line\": %u, \"column\": %u, \"severity\": \"%s\", \"rule\": ",
		               (unsigned)g->pos.line, (unsigned)g->pos.col, sev_name(g->sev));
		opp_json_str(out, opp_rules[g->rule].name);
		opp_buf_puts(out, ", \"message\": ");
		opp_json_str(out, g->msg);
		opp_buf_putc(out, '}');
	}
}

/* ---- GitHub annotations ------------------------------------------------ */

static void
gh_escape(struct opp_buf *out, const char *s, bool property)
{
	for (; *s; s++) {
		switch (*s) {
		case '%': opp_buf_puts(out, "%25"); break;
		case '\r': opp_buf_puts(out, "%0D"); break;
		case '\n': opp_buf_puts(out, "%0A"); break;
		case ':': opp_buf_puts(out, property ? "%3A" : ":"); break;
		case ',': opp_buf_puts(out, property ? "%2C" : ","); break;
		default: opp_buf_putc(out, *s);
		}
	}
}

void
opp_diag_github(struct opp_buf *out, const char *file, const struct opp_diags *d)
{
	for (size_t i = 0; i < d->n; i++) {
		const struct opp_diag *g = &d->v[i];
		opp_buf_printf(out, "::%s file=", g->sev == OPP_SEV_ERROR ? "error" : "warning");
		gh_escape(out, file, true);
		opp_buf_printf(out, ",line=%u,col=%u,title=", (unsigned)g->pos.line, (unsigned)g->pos.col);
		gh_escape(out, opp_rules[g->rule].name, true);
		opp_buf_puts(out, "::");
		gh_escape(out, g->msg, false);
		opp_buf_printf(out, " [%s]\n", opp_rules[g->rule].name);
	}
}

/* ---- SARIF ------------------------------------------------------------ */

void
opp_diag_sarif(struct opp_buf *out, const char *file, const struct opp_diags *d, bool *first)
{
	for (size_t i = 0; i < d->n; i++) {
		const struct opp_diag *g = &d->v[i];
		opp_buf_puts(out, *first ? "\n        {\"ruleId\": " : ",\n        {\"ruleId\": ");
		*first = false;
		opp_json_str(out, opp_rules[g->rule].name);
		opp_buf_printf(out,
		               ", \"ruleIndex\": %d, \"level\": \"%s\", \"message\": {\"text\": ", g->rule,
		               sev_name(g->sev));
		opp_json_str(out, g->msg);
		opp_buf_puts(out,
		             "}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ");
		opp_json_str(out, file);
		opp_buf_printf(out, "}, \"region\": {\"startLine\": %u, \"startColumn\": %u}}}]}",
		               (unsigned)(g->pos.line ? g->pos.line : 1),
		               (unsigned)(g->pos.col ? g->pos.col : 1));
	}
}
