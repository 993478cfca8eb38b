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
	for (size_t i = 0; i < d->n; i++) {
		free(d->v[i].msg);
		free(d->v[i].subject);
	}
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
	d->v[d->n].about = OPP_ABOUT_NONE;
	d->v[d->n].subject = NULL;
	d->v[d->n].cause = OPP_NO_CAUSE;
	d->v[d->n].follows = 0;
	d->n++;
}

void
opp_diags_about(struct opp_diags *d, enum opp_about about, const char *subject)
{
	struct opp_diag *g = &d->v[d->n - 1];

	g->about = about;
	free(g->subject);
	g->subject = subject ? xstrdup(subject) : NULL;
}

void
opp_diags_add(struct opp_diags *d, int rule, enum opp_sev sev, struct opp_pos pos, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	opp_diags_vadd(d, rule, sev, pos, fmt, ap);
	va_end(ap);
}

static void link_causes(struct opp_diags *d);

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
	link_causes(d);
}

/* ---- root causes --------------------------------------------------------
 * A section misspelt or missing, or an id that is not defined, makes
 * whatever depends on it a finding too: one mistake, a dozen findings,
 * the cause somewhere among them. This table says which findings a cause
 * explains. A cause is a finding about one of `causes` (its kind) whose
 * subject is `section` (NULL: any); it explains the findings about
 * `effect` (with the cause's subject when `same`), or, when effect is
 * OPP_ABOUT_NONE, every finding of `rule`: a rule that reads the absent
 * section and so cannot judge without it. The first row that matches a
 * finding decides. A misspelt section is preferred to the missing one it
 * causes. docs/root-causes.md says the same for people. */

#define ABSENT     (1u << OPP_ABOUT_MISSPELT | 1u << OPP_ABOUT_MISSING)
#define BY_SUBJECT (ABSENT | 1u << OPP_ABOUT_BROKEN) /* causes looked up by their subject */

static const struct cause_row {
	unsigned causes;     /* bits 1 << enum opp_about */
	const char *section; /* the cause's subject; NULL: any */
	enum opp_about effect;
	int rule;  /* with effect OPP_ABOUT_NONE */
	bool same; /* the effect's subject is the cause's */
} cause_rows[] = {
        /* `doele:` explains "missing required key 'doelen'" (if it were) */
        {1u << OPP_ABOUT_MISSPELT, NULL, OPP_ABOUT_MISSING, -1, true},
        /* "there are goals but no behoeften" when behoeften is misspelt */
        {ABSENT, NULL, OPP_ABOUT_NEEDS, -1, true},
        /* every reference into the absent list */
        {ABSENT, "betrokkenen", OPP_ABOUT_PERSON, -1, false},
        {ABSENT, "doelen", OPP_ABOUT_GOAL, -1, false},
        /* the rules that need people's roles */
        {ABSENT, "betrokkenen", OPP_ABOUT_NONE, OPP_RULE_DEELNEMERS, false},
        {ABSENT, "betrokkenen", OPP_ABOUT_NONE, OPP_RULE_REGIE, false},
        {ABSENT, "betrokkenen", OPP_ABOUT_NONE, OPP_RULE_TOESTEMMING, false},
        {ABSENT, "betrokkenen", OPP_ABOUT_NONE, OPP_RULE_OUDERS_AANWEZIG, false},
        {ABSENT, "betrokkenen", OPP_ABOUT_NONE, OPP_RULE_LEERLING_GEHOORD, false},
        /* the rules that need the meetings (an evaluation, the outcomes) */
        {ABSENT, "overleggen", OPP_ABOUT_NONE, OPP_RULE_EVALUATIE_GEPLAND, false},
        {ABSENT, "overleggen", OPP_ABOUT_NONE, OPP_RULE_DOEL_TERMIJN, false},
        /* the rules of one section each */
        {ABSENT, "regie", OPP_ABOUT_NONE, OPP_RULE_REGIE, false},
        {ABSENT, "ondertekening", OPP_ABOUT_NONE, OPP_RULE_ONDERTEKENING, false},
        {ABSENT, "uitstroomperspectief", OPP_ABOUT_NONE, OPP_RULE_UITSTROOMPERSPECTIEF, false},
        {ABSENT, "vastgesteld", OPP_ABOUT_NONE, OPP_RULE_VASTGESTELD, false},
        /* a list entry that could not be read: the count that is too low
         * ("waarneming has 1 hypothesis" when the second is broken) */
        {1u << OPP_ABOUT_BROKEN, NULL, OPP_ABOUT_NEEDS, -1, true},
        /* an id that is not defined: its first use explains the others */
        {1u << OPP_ABOUT_PERSON, NULL, OPP_ABOUT_PERSON, -1, true},
        {1u << OPP_ABOUT_GOAL, NULL, OPP_ABOUT_GOAL, -1, true},
};

#define MAX_ABSENT 32 /* sections: more than a case file has */

struct absent {
	const char *section;
	size_t misspelt, missing, broken; /* the first such finding, or OPP_NO_CAUSE */
};

/* Whether subjects are the same (NULL is no subject: never the same). */
static bool
same_subject(const char *a, const char *b)
{
	return a && b && strcmp(a, b) == 0;
}

static size_t
absent_cause(const struct absent *v, size_t n, const char *section, unsigned causes)
{
	for (size_t i = 0; i < n; i++)
		if (same_subject(v[i].section, section)) {
			if ((causes & (1u << OPP_ABOUT_MISSPELT)) && v[i].misspelt != OPP_NO_CAUSE)
				return v[i].misspelt;
			if ((causes & (1u << OPP_ABOUT_MISSING)) && v[i].missing != OPP_NO_CAUSE)
				return v[i].missing;
			return causes & (1u << OPP_ABOUT_BROKEN) ? v[i].broken : OPP_NO_CAUSE;
		}
	return OPP_NO_CAUSE;
}

struct use {
	enum opp_about about;
	const char *id;
	size_t i; /* the finding */
};

/* References by kind, id, then position: the first of a run is the
 * first use of that id. */
static int
cmp_use(const void *a, const void *b)
{
	const struct use *x = a, *y = b;
	int c;

	if (x->about != y->about)
		return x->about < y->about ? -1 : 1;
	if ((c = strcmp(x->id, y->id)))
		return c;
	return x->i < y->i ? -1 : x->i > y->i;
}

/* first[i]: the first use of the id finding i refers to (i itself when
 * it is the first, or not a reference). Sorted: n log n however many. */
static void
first_uses(const struct opp_diags *d, size_t *first)
{
	struct use *v = xmalloc((d->n ? d->n : 1) * sizeof(*v));
	size_t n = 0;

	for (size_t i = 0; i < d->n; i++) {
		first[i] = i;
		if ((d->v[i].about == OPP_ABOUT_PERSON || d->v[i].about == OPP_ABOUT_GOAL) && d->v[i].subject)
			v[n++] = (struct use){d->v[i].about, d->v[i].subject, i};
	}
	qsort(v, n, sizeof(*v), cmp_use);
	for (size_t k = 1; k < n; k++)
		if (v[k].about == v[k - 1].about && strcmp(v[k].id, v[k - 1].id) == 0)
			first[v[k].i] = first[v[k - 1].i];
	free(v);
}

static size_t
cause_of(const struct opp_diags *d, size_t i, const struct absent *ab, size_t nab, const size_t *first)
{
	const struct opp_diag *g = &d->v[i];

	for (size_t r = 0; r < sizeof(cause_rows) / sizeof(*cause_rows); r++) {
		const struct cause_row *row = &cause_rows[r];
		size_t c;

		if (row->effect == OPP_ABOUT_NONE ? g->rule != row->rule || g->about != OPP_ABOUT_NONE
		                                  : g->about != row->effect)
			continue;
		if (row->causes & BY_SUBJECT)
			c = absent_cause(ab, nab, row->same ? g->subject : row->section, row->causes);
		else
			c = first[i] != i ? first[i] : OPP_NO_CAUSE;
		if (c != OPP_NO_CAUSE && c != i)
			return c;
	}
	return OPP_NO_CAUSE;
}

static void
link_causes(struct opp_diags *d)
{
	struct absent ab[MAX_ABSENT];
	size_t nab = 0, *first;

	for (size_t i = 0; i < d->n; i++) {
		struct opp_diag *g = &d->v[i];
		size_t k;

		g->cause = OPP_NO_CAUSE;
		g->follows = 0;
		if (!(BY_SUBJECT & (1u << g->about)) || !g->subject)
			continue;
		for (k = 0; k < nab && !same_subject(ab[k].section, g->subject); k++)
			;
		if (k == nab) {
			if (nab == MAX_ABSENT)
				continue;
			ab[nab++] = (struct absent){g->subject, OPP_NO_CAUSE, OPP_NO_CAUSE, OPP_NO_CAUSE};
		}
		if (g->about == OPP_ABOUT_MISSPELT && ab[k].misspelt == OPP_NO_CAUSE)
			ab[k].misspelt = i;
		if (g->about == OPP_ABOUT_MISSING && ab[k].missing == OPP_NO_CAUSE)
			ab[k].missing = i;
		if (g->about == OPP_ABOUT_BROKEN && ab[k].broken == OPP_NO_CAUSE)
			ab[k].broken = i;
	}
	first = xmalloc((d->n ? d->n : 1) * sizeof(*first));
	first_uses(d, first);
	for (size_t i = 0; i < d->n; i++)
		d->v[i].cause = cause_of(d, i, ab, nab, first);
	/* Each to its root: a cause explained by another (the first use of
	 * an id, when the list it should be in is absent) hands its own on. */
	for (size_t i = 0; i < d->n; i++) {
		size_t c = d->v[i].cause;
		for (size_t steps = 0; c != OPP_NO_CAUSE && d->v[c].cause != OPP_NO_CAUSE && steps < 8;
		     steps++)
			c = d->v[c].cause;
		d->v[i].cause = c;
	}
	for (size_t i = 0; i < d->n; i++)
		if (d->v[i].cause != OPP_NO_CAUSE)
			d->v[d->v[i].cause].follows++;
	free(first);
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

static void
text_one(struct opp_buf *out, const char *file, const struct opp_diag *g, const char *src, size_t srclen,
         const struct opp_diag_style *st)
{
	const char *level = g->sev == OPP_SEV_ERROR ? _("error") : _("warning");
	struct opp_buf msg = OPP_BUF_INIT;

	/* One finding, one line, no control or bidi character (escape.h):
	 * file is already made so by the caller. */
	opp_text_line(&msg, g->msg);
	if (st->color)
		opp_buf_printf(out, "\033[1m%s:%u:%u:\033[0m %s%s:\033[0m %s [%s]\n", file,
		               (unsigned)g->pos.line, (unsigned)g->pos.col,
		               g->sev == OPP_SEV_ERROR ? "\033[1;31m" : "\033[1;33m", level, msg.ptr,
		               opp_rules[g->rule].name);
	else
		opp_buf_printf(out, "%s:%u:%u: %s: %s [%s]\n", file, (unsigned)g->pos.line,
		               (unsigned)g->pos.col, level, msg.ptr, opp_rules[g->rule].name);
	opp_buf_release(&msg);
	if (st->excerpt)
		excerpt(out, src, srclen, g->pos, st->color);
}

/* Root causes first, each followed by the findings it explains: one
 * indented line that counts them, or (style.all) the line and each in
 * full. Then the findings that stand on their own, in order. The
 * indented line matches no file:line:col pattern, so editors and scripts
 * that read the findings skip it. */
void
opp_diag_text(struct opp_buf *out, const char *file, const struct opp_diags *d, const char *src,
              size_t srclen, const struct opp_diag_style *st)
{
	struct opp_buf name = OPP_BUF_INIT;

	opp_text_line(&name, file);
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < d->n; i++) {
			const struct opp_diag *g = &d->v[i];

			if (g->cause != OPP_NO_CAUSE || (g->follows > 0) != (pass == 0))
				continue;
			text_one(out, name.ptr, g, src, srclen, st);
			if (!g->follows)
				continue;
			if (!st->all) {
				opp_buf_puts(out, "  ");
				opp_buf_printf(out,
				               P_("and %zu finding that follows from it (in full with -v)",
				                  "and %zu findings that follow from it (in full with -v)",
				                  g->follows),
				               g->follows);
				opp_buf_putc(out, '\n');
				continue;
			}
			opp_buf_puts(out, "  ");
			opp_buf_printf(out,
			               P_("and %zu finding that follows from it:",
			                  "and %zu findings that follow from it:", g->follows),
			               g->follows);
			opp_buf_putc(out, '\n');
			for (size_t j = 0; j < d->n; j++)
				if (d->v[j].cause == i)
					text_one(out, name.ptr, &d->v[j], src, srclen, st);
		}
	opp_buf_release(&name);
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
		if (g->cause != OPP_NO_CAUSE) {
			const struct opp_diag *c = &d->v[g->cause];
			opp_buf_printf(out, ", \"related\": {\"line\": %u, \"column\": %u, \"rule\": ",
			               (unsigned)c->pos.line, (unsigned)c->pos.col);
			opp_json_str(out, opp_rules[c->rule].name);
			opp_buf_putc(out, '}');
		}
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
		if (g->cause != OPP_NO_CAUSE) {
			struct opp_buf why = OPP_BUF_INIT;
			opp_buf_printf(&why, _(" (follows from line %u)"), (unsigned)d->v[g->cause].pos.line);
			gh_escape(out, why.ptr, false);
			opp_buf_release(&why);
		}
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
		opp_buf_printf(out, "}, \"region\": {\"startLine\": %u, \"startColumn\": %u}}}]",
		               (unsigned)(g->pos.line ? g->pos.line : 1),
		               (unsigned)(g->pos.col ? g->pos.col : 1));
		if (g->cause != OPP_NO_CAUSE) {
			/* SARIF 2.1.0 §3.27.22: locations "relevant to understanding the result". */
			const struct opp_diag *c = &d->v[g->cause];
			opp_buf_puts(out, ", \"relatedLocations\": [{\"id\": 1, \"physicalLocation\": "
			                  "{\"artifactLocation\": {\"uri\": ");
			sarif_uri(out, file);
			opp_buf_printf(out,
			               "}, \"region\": {\"startLine\": %u, \"startColumn\": %u}}, "
			               "\"message\": {\"text\": ",
			               (unsigned)(c->pos.line ? c->pos.line : 1),
			               (unsigned)(c->pos.col ? c->pos.col : 1));
			opp_json_str(out, c->msg);
			opp_buf_puts(out, "}}]");
		}
		opp_buf_putc(out, '}');
	}
}
