/*
 * diag — the findings list and its formats: text (file:line:col: level:
 * message [rule], with an excerpt and caret on terminals), JSON as the
 * format spec fixes it, GitHub workflow annotations and SARIF 2.1.0.
 *
 * Messages quote keys and values from the file, and file names can be
 * anything: the text and GitHub formats show them through
 * opp_text_line() (escape.h), so one finding is one line and no control
 * or bidi character reaches a terminal or a CI log; JSON and SARIF
 * escape them.
 */
#include "format/diag.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/escape.h"
#include "base/i18n.h"
#include "base/utf8.h"
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

/* The end of the line that starts at p: a line ends in LF, CRLF or a
 * lone CR, as YAML's line breaks do. */
static const char *
line_end(const char *p, const char *end)
{
	while (p < end && *p != '\n' && *p != '\r')
		p++;
	return p;
}

static const char *
next_line(const char *eol, const char *end)
{
	if (eol < end && *eol == '\r' && eol + 1 < end && eol[1] == '\n')
		return eol + 2;
	return eol < end ? eol + 1 : end;
}

static void
excerpt(struct opp_buf *out, const char *src, size_t len, struct opp_pos pos, bool color)
{
	const char *p = src, *end = src + len, *eol, *q;
	struct opp_buf line = OPP_BUF_INIT, before = OPP_BUF_INIT;
	uint32_t l = 1, col = 1;

	if (!src || pos.line == 0)
		return;
	while (l < pos.line && p < end) {
		p = next_line(line_end(p, end), end);
		l++;
	}
	if (l != pos.line || p >= end)
		return;
	eol = line_end(p, end);
	/* The line and the text before the column, as the reader sees them:
	 * the caret goes under the column however many characters were left
	 * out. */
	opp_buf_add(&line, p, (size_t)(eol - p));
	for (q = p; q < eol && col < pos.col; col++) {
		uint32_t cp;
		q += opp_utf8_next(q, (size_t)(eol - q), &cp);
	}
	opp_buf_add(&before, p, (size_t)(q - p));
	opp_buf_printf(out, "%5u | ", (unsigned)pos.line);
	opp_text_line(out, line.ptr);
	opp_buf_reset(&line);
	opp_text_line(&line, before.ptr);
	opp_buf_puts(out, "\n      | ");
	for (size_t w = opp_utf8_width(line.ptr); w > 0; w--)
		opp_buf_putc(out, ' ');
	opp_buf_puts(out, color ? "\033[1;32m^\033[0m\n" : "^\n");
	opp_buf_release(&line);
	opp_buf_release(&before);
}

void
opp_diag_text(struct opp_buf *out, const char *file, const struct opp_diags *d, const char *src,
              size_t srclen, const struct opp_diag_style *st)
{
	struct opp_buf name = OPP_BUF_INIT, msg = OPP_BUF_INIT;

	opp_text_line(&name, file);
	for (size_t i = 0; i < d->n; i++) {
		const struct opp_diag *g = &d->v[i];
		const char *level = g->sev == OPP_SEV_ERROR ? _("error") : _("warning");

		opp_buf_reset(&msg);
		opp_text_line(&msg, g->msg);
		if (st->color)
			opp_buf_printf(out, "\033[1m%s:%u:%u:\033[0m %s%s:\033[0m %s [%s]\n", name.ptr,
			               (unsigned)g->pos.line, (unsigned)g->pos.col,
			               g->sev == OPP_SEV_ERROR ? "\033[1;31m" : "\033[1;33m", level, msg.ptr,
			               opp_rules[g->rule].name);
		else
			opp_buf_printf(out, "%s:%u:%u: %s: %s [%s]\n", name.ptr, (unsigned)g->pos.line,
			               (unsigned)g->pos.col, level, msg.ptr, opp_rules[g->rule].name);
		if (st->excerpt)
			excerpt(out, src, srclen, g->pos, st->color);
	}
	opp_buf_release(&name);
	opp_buf_release(&msg);
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

/* A workflow command is one line: the text without controls first
 * (an escape sequence would reach the log raw), then GitHub's own
 * escapes. */
static void
gh_escape(struct opp_buf *out, const char *text, bool property)
{
	struct opp_buf clean = OPP_BUF_INIT;
	const char *s;

	/* A message keeps its line breaks (GitHub shows %0A as one); a
	 * property has none. */
	if (property)
		opp_text_line(&clean, text);
	else
		opp_text_lines(&clean, text);
	for (s = clean.ptr; *s; s++) {
		switch (*s) {
		case '%': opp_buf_puts(out, "%25"); break;
		case '\r': opp_buf_puts(out, "%0D"); break;
		case '\n': opp_buf_puts(out, "%0A"); break;
		case ':': opp_buf_puts(out, property ? "%3A" : ":"); break;
		case ',': opp_buf_puts(out, property ? "%2C" : ","); break;
		default: opp_buf_putc(out, *s);
		}
	}
	opp_buf_release(&clean);
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

/* A SARIF artifactLocation.uri is a URI reference (RFC 3986): the path
 * with every byte but the unreserved characters and "/" percent-encoded
 * (spaces, "#", "%", UTF-8 and bytes that are not UTF-8 alike). */
static void
sarif_uri(struct opp_buf *out, const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	struct opp_buf u = OPP_BUF_INIT;

	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		    strchr("-._~/", *p)) {
			opp_buf_putc(&u, (char)*p);
		} else {
			opp_buf_putc(&u, '%');
			opp_buf_putc(&u, hex[*p >> 4]);
			opp_buf_putc(&u, hex[*p & 15]);
		}
	}
	opp_json_str(out, u.ptr);
	opp_buf_release(&u);
}

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
		sarif_uri(out, file);
		opp_buf_printf(out, "}, \"region\": {\"startLine\": %u, \"startColumn\": %u}}}]}",
		               (unsigned)(g->pos.line ? g->pos.line : 1),
		               (unsigned)(g->pos.col ? g->pos.col : 1));
	}
}
