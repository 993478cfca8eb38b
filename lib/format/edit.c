/*
 * edit — one span of a case file's text replaced (see edit.h).
 *
 * Every edit comes down to one splice: t[at, at + del) becomes `ins`.
 * Where it goes is found in the YAML tree by byte offsets (yaml.h);
 * what it writes copies its neighbours' indentation, dash, flow or
 * block style and line ends. Then the result is loaded and compared
 * with the old document plus the intended change.
 */
#include "format/edit.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/escape.h"
#include "base/i18n.h"
#include "format/emit.h"
#include "format/load.h"
#include "format/yaml.h"

struct ed {
	const char *t; /* the text, BOM included (offsets count from here) */
	size_t len;
	const char *nl; /* the file's line break: "\n", "\r\n" or "\r" */
	const struct opp_node *root;
	const struct opp_edit *e;
	char datum[16];     /* e->datum as written */
	size_t at, del;     /* the splice: t[at, at + del) ... */
	struct opp_buf ins; /* ... becomes this */
	struct opp_buf *err;
};

static bool
is_break(char c)
{
	return c == '\n' || c == '\r';
}

static size_t
line_start(const struct ed *d, size_t p)
{
	if (p > 0 && p < d->len && d->t[p] == '\n' && d->t[p - 1] == '\r')
		p--; /* the LF of a CRLF belongs to the line it ends */
	while (p > 0 && !is_break(d->t[p - 1]))
		p--;
	return p;
}

/* The offset after the line break that ends the line holding p (the end
 * of the text when that line has none). */
static size_t
line_next(const struct ed *d, size_t p)
{
	while (p < d->len && !is_break(d->t[p]))
		p++;
	if (p < d->len && d->t[p] == '\r')
		p++;
	if (p < d->len && d->t[p] == '\n')
		p++;
	return p;
}

/* Whether the line starting at ls holds only spaces and tabs. */
static bool
line_blank(const struct ed *d, size_t ls)
{
	for (size_t p = ls; p < d->len && !is_break(d->t[p]); p++)
		if (d->t[p] != ' ' && d->t[p] != '\t')
			return false;
	return true;
}

/* The column of a node, 0-based, as the parser counts it (in characters
 * from the start of its line, a BOM not counted): indentation is ASCII
 * spaces and the dashes of block lists, so it is how many spaces line
 * new text up with it. */
static size_t
ncol(const struct opp_node *n)
{
	return n->pos.col ? n->pos.col - 1 : 0;
}

static const struct opp_node *
get(const struct opp_node *map, const char *key, const struct opp_node **k)
{
	if (!map || map->kind != OPP_NODE_MAP)
		return NULL;
	for (const struct opp_node *c = map->kids; c && c->next; c = c->next->next)
		if (strcmp(c->s, key) == 0) {
			if (k)
				*k = c;
			return c->next;
		}
	return NULL;
}

static const struct opp_node *
last_kid(const struct opp_node *n)
{
	const struct opp_node *c = n->kids;

	while (c && c->next)
		c = c->next;
	return c;
}

/* The entry of a list of mappings whose `id` is id. */
static const struct opp_node *
by_id(const struct opp_node *seq, const char *id)
{
	if (!seq || seq->kind != OPP_NODE_SEQ)
		return NULL;
	for (const struct opp_node *c = seq->kids; c; c = c->next) {
		const struct opp_node *v = get(c, "id", NULL);
		if (v && v->kind == OPP_NODE_SCALAR && strcmp(v->s, id) == 0)
			return c;
	}
	return NULL;
}

static bool
is_null(const struct opp_node *n)
{
	return n->kind == OPP_NODE_SCALAR && (opp_node_null(n) || n->s[strspn(n->s, " \t\r\n")] == '\0');
}

static bool
block_scalar(const struct ed *d, const struct opp_node *n)
{
	return n->kind == OPP_NODE_SCALAR && !n->plain && n->start < d->len &&
	       (d->t[n->start] == '|' || d->t[n->start] == '>');
}

/* Where new lines go after node n in block context: after the line it
 * ends on (with its trailing comment), or, for a block scalar, after
 * its last line of text (its trailing blank lines stay below the new
 * lines, unless `+` keeps them in the value). */
static size_t
after(const struct ed *d, const struct opp_node *n)
{
	size_t p;
	bool keep = false;

	while (n->kind != OPP_NODE_SCALAR && !n->flow && n->kids)
		n = last_kid(n);
	if (!block_scalar(d, n))
		return line_next(d, n->end);
	for (p = n->start + 1; p < d->len && !strchr(" \t#\r\n", d->t[p]); p++)
		keep |= d->t[p] == '+';
	p = n->end;
	while (p > n->start && (d->t[p - 1] == ' ' || d->t[p - 1] == '\t'))
		p--;
	if (p > 0 && !is_break(d->t[p - 1]))
		return line_next(d, p); /* its last line ends the text */
	while (!keep && p > n->start) {
		size_t ls = line_start(d, p - 1);
		if (ls <= n->start || !line_blank(d, ls))
			break;
		p = ls;
	}
	return p;
}

/* Past the comment lines at p indented deeper than column c: they
 * belong to what is above (a list's last entry), not to what comes
 * next. */
static size_t
past_deeper_comments(const struct ed *d, size_t p, size_t c)
{
	for (;;) {
		size_t q = p;
		while (q < d->len && d->t[q] == ' ')
			q++;
		if (q >= d->len || d->t[q] != '#' || q - p <= c)
			return p;
		p = line_next(d, q);
	}
}

/* Where a dash of a block list entry is (the entry starts after it). */
static size_t
dash_of(const struct ed *d, const struct opp_node *item)
{
	size_t p = item->start;

	while (p > 0 && d->t[p - 1] == ' ')
		p--;
	return p > 0 && d->t[p - 1] == '-' ? p - 1 : item->start;
}

/* The column of the dash before a block list entry. */
static size_t
dash_col(const struct ed *d, const struct opp_node *item)
{
	size_t gap = item->start - dash_of(d, item);
	return ncol(item) > gap ? ncol(item) - gap : 0;
}

/* How far the file indents a block mapping below its key (default 2). */
static size_t
step_below(const struct ed *d, const struct opp_node *map)
{
	if (map && map->kind == OPP_NODE_MAP && !map->flow)
		for (const struct opp_node *k = map->kids; k && k->next; k = k->next->next) {
			const struct opp_node *v = k->next;
			size_t c;
			if (v->kind == OPP_NODE_MAP && !v->flow && v->kids)
				c = ncol(v->kids);
			else if (v->kind == OPP_NODE_SEQ && !v->flow && v->kids)
				c = dash_col(d, v->kids);
			else
				continue;
			if (c > ncol(k))
				return c - ncol(k);
		}
	return 0;
}

static size_t
file_step(const struct ed *d, const struct opp_node *near)
{
	size_t s = step_below(d, near);

	return s ? s : (s = step_below(d, d->root)) ? s : 2;
}

static void
sp(struct ed *d, size_t n)
{
	while (n--)
		opp_buf_putc(&d->ins, ' ');
}

static void
nl(struct ed *d)
{
	opp_buf_puts(&d->ins, d->nl);
}

/* Start inserting at offset at (a line break first at the end of a text
 * whose last line has none). */
static void
insert_at(struct ed *d, size_t at)
{
	const struct opp_node *n = d->root;

	d->at = at;
	d->del = 0;
	if (!(at == d->len && at > 0 && !is_break(d->t[at - 1])))
		return;
	/* The last line has no line break. When it ends a block scalar that
	 * keeps its final line break (| or >, |+ or >+), the one written
	 * now would become part of its value: its header gets "-" (strip),
	 * which keeps the value as it was; the splice then runs from the
	 * header to the end. */
	while (n->kind != OPP_NODE_SCALAR && !n->flow && n->kids)
		n = last_kid(n);
	if (block_scalar(d, n)) {
		size_t h = n->start + 1, e = h;
		bool strip = false;
		while (e < d->len && !strchr(" \t#\r\n", d->t[e]))
			strip |= d->t[e++] == '-';
		if (!strip) {
			d->at = h;
			d->del = d->len - h;
			opp_buf_putc(&d->ins, '-');
			for (size_t p = h; p < d->len; p++)
				if (!(p < e && d->t[p] == '+'))
					opp_buf_putc(&d->ins, d->t[p]);
		}
	}
	nl(d);
}

static void
replace(struct ed *d, size_t from, size_t to)
{
	d->at = from;
	d->del = to - from;
}

/* The offset after the colon that follows key k. */
static size_t
colon_after(const struct ed *d, const struct opp_node *k)
{
	size_t p = k->end;

	while (p < d->len && d->t[p] != ':')
		p++;
	return p < d->len ? p + 1 : k->end;
}

/* Replace the value v of key k, written on k's line (a scalar, a flow
 * collection or nothing), by lines below the key: the key's line keeps
 * its comment. The caller writes the lines (each ending with nl). */
static void
value_to_block(struct ed *d, const struct opp_node *k, const struct opp_node *v)
{
	size_t from = colon_after(d, k), p = v->end > from ? v->end : from, c;

	if (v->end > from && line_start(d, v->start) != line_start(d, k->start)) {
		/* the value on a line of its own (after comments, perhaps):
		 * that line goes, its comment stays on a line of its own */
		size_t e;
		replace(d, line_start(d, v->start), line_next(d, v->end));
		for (p = v->end; p < d->len && (d->t[p] == ' ' || d->t[p] == '\t'); p++)
			;
		if (p < d->len && d->t[p] == '#') {
			for (e = p; e < d->len && !is_break(d->t[e]); e++)
				;
			sp(d, ncol(v));
			opp_buf_add(&d->ins, d->t + p, e - p);
			nl(d);
		}
		return;
	}

	while (p < d->len && (d->t[p] == ' ' || d->t[p] == '\t'))
		p++;
	c = p;
	replace(d, from, line_next(d, v->end > from ? v->end : from));
	if (c < d->len && d->t[c] == '#') { /* keep the comment, as it was spaced */
		size_t ws = v->end > from ? v->end : from, e = c;
		while (e < d->len && !is_break(d->t[e]))
			e++;
		opp_buf_add(&d->ins, d->t + ws, e - ws);
	}
	nl(d);
}

/* In a flow mapping or list n: start writing a new last entry (the
 * caller writes it). One entry per line when the last two are on lines
 * of their own. */
static void
flow_append(struct ed *d, const struct opp_node *n)
{
	const struct opp_node *last = NULL, *prev = NULL;
	size_t step = n->kind == OPP_NODE_MAP ? 2 : 1;
	size_t i = 0;

	for (const struct opp_node *c = n->kids; c; c = c->next, i++) {
		if (i % step == 0) {
			prev = last;
			last = c;
		}
	}
	if (!last) { /* {} or []: inside the brackets */
		insert_at(d, n->end > n->start ? n->end - 1 : n->end);
		return;
	}
	insert_at(d, last_kid(n)->end);
	opp_buf_putc(&d->ins, ',');
	if (prev && line_start(d, prev->start) != line_start(d, last->start) &&
	    line_start(d, last->start) != line_start(d, n->start)) {
		nl(d);
		sp(d, ncol(last));
	} else {
		opp_buf_putc(&d->ins, ' ');
	}
}

/* A new key at the end of mapping m, with a one-line value (the caller
 * writes it, then calls end_entry). */
static void
map_append(struct ed *d, const struct opp_node *m, const char *key)
{
	if (m->flow) {
		flow_append(d, m);
	} else {
		insert_at(d, past_deeper_comments(d, after(d, m), ncol(m->kids)));
		sp(d, ncol(m->kids));
	}
	opp_buf_printf(&d->ins, "%s: ", key);
}

static void
end_entry(struct ed *d, const struct opp_node *m)
{
	if (!m->flow)
		nl(d);
}

/* Whether every key of the block mappings in n starts its line (after
 * indentation and the dashes of block lists): the edits line new keys
 * up with them. An explicit key ("? key") does not. */
static bool
keys_start_lines(const struct ed *d, const struct opp_node *n)
{
	if (n->kind == OPP_NODE_MAP && !n->flow)
		for (const struct opp_node *k = n->kids; k; k = k->next ? k->next->next : NULL) {
			/* the parser's column: that many spaces and dashes before it */
			if (ncol(k) > k->start)
				return false;
			for (size_t i = 1; i <= ncol(k); i++)
				if (d->t[k->start - i] != ' ' && d->t[k->start - i] != '-')
					return false;
			if (!k->next)
				break;
		}
	if (n->kind != OPP_NODE_SCALAR && !n->flow)
		for (const struct opp_node *c = n->kids; c; c = c->next)
			if (!keys_start_lines(d, c))
				return false;
	return true;
}

/* Whether the parser sees the lines this module sees (LF, CRLF, CR):
 * every node on the line its offset says. libyaml 0.2.5 also breaks
 * lines at U+2028, U+2029 and U+0085; where one of those stands, the
 * edit would land on another line than the parser thinks. */
struct lines {
	size_t at;     /* an offset */
	uint32_t line; /* its line, 1-based */
};

static bool
lines_agree(const struct ed *d, const struct opp_node *n, struct lines *c)
{
	for (; c->at < n->start && c->at < d->len; c->at++)
		if (d->t[c->at] == '\n' ||
		    (d->t[c->at] == '\r' && !(c->at + 1 < d->len && d->t[c->at + 1] == '\n')))
			c->line++;
	if (n->pos.line && n->pos.line != c->line)
		return false;
	if (n->kind != OPP_NODE_SCALAR)
		for (const struct opp_node *k = n->kids; k; k = k->next)
			if (!lines_agree(d, k, c))
				return false;
	return true;
}

/* ---- what is written ------------------------------------------------- */

static void
signature_flow(struct ed *d)
{
	opp_buf_printf(&d->ins, "{datum: %s, handelingsdeel: ", d->datum);
	opp_yaml_quoted(&d->ins, d->e->digest);
	opp_buf_putc(&d->ins, '}');
}

/* The signature as block lines: the first after what is already on the
 * line, the second at column c. */
static void
signature_block(struct ed *d, size_t c)
{
	opp_buf_printf(&d->ins, "datum: %s", d->datum);
	nl(d);
	sp(d, c);
	opp_buf_puts(&d->ins, "handelingsdeel: ");
	opp_yaml_quoted(&d->ins, d->e->digest);
	nl(d);
}

static void
note_flow(struct ed *d)
{
	opp_buf_printf(&d->ins, "{datum: %s, door: %s", d->datum, d->e->door);
	if (d->e->waarde)
		opp_buf_printf(&d->ins, ", waarde: %s", d->e->waarde);
	if (d->e->tekst) {
		opp_buf_puts(&d->ins, ", tekst: ");
		opp_yaml_quoted(&d->ins, d->e->tekst);
	}
	opp_buf_putc(&d->ins, '}');
}

static void
note_block(struct ed *d, size_t c)
{
	opp_buf_printf(&d->ins, "datum: %s", d->datum);
	nl(d);
	sp(d, c);
	opp_buf_printf(&d->ins, "door: %s", d->e->door);
	nl(d);
	if (d->e->waarde) {
		sp(d, c);
		opp_buf_printf(&d->ins, "waarde: %s", d->e->waarde);
		nl(d);
	}
	if (d->e->tekst) {
		sp(d, c);
		opp_buf_puts(&d->ins, "tekst: ");
		opp_yaml_quoted(&d->ins, d->e->tekst);
		nl(d);
	}
}

typedef void item_flow_fn(struct ed *d);
typedef void item_block_fn(struct ed *d, size_t c);

/* One more entry at the end of the list v (a flow or block list of
 * flow or block mappings): in the style of its last entry, or flow when
 * want_flow and the entry is not a mapping. */
static void
list_append(struct ed *d, const struct opp_node *v, bool want_flow, item_flow_fn *fl, item_block_fn *bl)
{
	const struct opp_node *last = last_kid(v);
	size_t dash;

	if (v->flow || !last) {
		flow_append(d, v);
		fl(d);
		return;
	}
	dash = dash_of(d, last);
	insert_at(d, past_deeper_comments(d, after(d, v), dash_col(d, last)));
	sp(d, dash_col(d, last));
	opp_buf_add(&d->ins, d->t + dash, last->start - dash); /* "- " as written */
	if (last->kind == OPP_NODE_MAP && last->flow) {
		fl(d);
		nl(d);
	} else if (last->kind == OPP_NODE_MAP) {
		bl(d, ncol(last->kids));
	} else if (want_flow) {
		fl(d);
		nl(d);
	} else {
		bl(d, ncol(last));
	}
}

/* The style of the notes elsewhere in the file: block when the last
 * note found is a block mapping, else flow (the format's examples). */
static bool
notes_flow(const struct ed *d)
{
	const struct opp_node *doelen = get(d->root, "doelen", NULL);
	bool flow = true;

	if (doelen && doelen->kind == OPP_NODE_SEQ)
		for (const struct opp_node *g = doelen->kids; g; g = g->next) {
			const struct opp_node *v = get(g, "voortgang", NULL), *last;
			if (v && v->kind == OPP_NODE_SEQ && (last = last_kid(v)) &&
			    last->kind == OPP_NODE_MAP)
				flow = last->flow;
		}
	return flow;
}

/* ---- the three edits --------------------------------------------------- */

static bool fail(struct ed *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static bool
fail(struct ed *d, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	opp_buf_vprintf(d->err, fmt, ap);
	va_end(ap);
	return false;
}

static bool
edit_done(struct ed *d)
{
	const struct opp_node *a = by_id(get(d->root, "afspraken", NULL), d->e->id), *k, *v;

	if (!a || a->kind != OPP_NODE_MAP)
		return fail(d, _("there is no afspraak with id '%s'"), d->e->id);
	if ((v = get(a, "gedaan", &k))) {
		if (!is_null(v))
			return fail(d, _("afspraak '%s' already has gedaan"), d->e->id);
		replace(d, colon_after(d, k), v->end > colon_after(d, k) ? v->end : colon_after(d, k));
		opp_buf_printf(&d->ins, " %s", d->datum);
		return true;
	}
	map_append(d, a, "gedaan");
	opp_buf_puts(&d->ins, d->datum);
	end_entry(d, a);
	return true;
}

static bool
edit_note(struct ed *d)
{
	const struct opp_node *g = by_id(get(d->root, "doelen", NULL), d->e->id), *k = NULL, *v;
	bool flow = notes_flow(d);

	if (!g || g->kind != OPP_NODE_MAP)
		return fail(d, _("there is no doel with id '%s'"), d->e->id);
	v = get(g, "voortgang", &k);
	if (!v) {
		if (g->flow) {
			map_append(d, g, "voortgang");
			opp_buf_putc(&d->ins, '[');
			note_flow(d);
			opp_buf_putc(&d->ins, ']');
			return true;
		}
		insert_at(d, past_deeper_comments(d, after(d, g), ncol(g->kids)));
		sp(d, ncol(g->kids));
		opp_buf_puts(&d->ins, "voortgang:");
		nl(d);
		sp(d, ncol(g->kids) + file_step(d, g));
		opp_buf_puts(&d->ins, "- ");
		if (flow) {
			note_flow(d);
			nl(d);
		} else {
			note_block(d, ncol(g->kids) + file_step(d, g) + 2);
		}
		return true;
	}
	if (is_null(v)) {
		if (g->flow) {
			replace(d, colon_after(d, k),
			        v->end > colon_after(d, k) ? v->end : colon_after(d, k));
			opp_buf_puts(&d->ins, " [");
			note_flow(d);
			opp_buf_putc(&d->ins, ']');
			return true;
		}
		value_to_block(d, k, v);
		sp(d, ncol(k) + file_step(d, g));
		opp_buf_puts(&d->ins, "- ");
		if (flow) {
			note_flow(d);
			nl(d);
		} else {
			note_block(d, ncol(k) + file_step(d, g) + 2);
		}
		return true;
	}
	if (v->kind != OPP_NODE_SEQ)
		return fail(d, _("voortgang of doel '%s' is not a list"), d->e->id);
	list_append(d, v, flow, note_flow, note_block);
	return true;
}

/* A signature map {datum, handelingsdeel} turned into the first entry
 * of a list, and the new signature after it: "- " before its first key
 * and every further line of it two columns right. */
static void
map_to_list(struct ed *d, const struct opp_node *v)
{
	size_t first = v->kids->start, ls = line_start(d, first), end = after(d, v), c = ncol(v->kids);

	replace(d, ls, end);
	opp_buf_add(&d->ins, d->t + ls, first - ls);
	opp_buf_puts(&d->ins, "- ");
	for (size_t p = first; p < end;) {
		size_t q = line_next(d, p);
		if (p != first && !line_blank(d, p))
			opp_buf_puts(&d->ins, "  ");
		opp_buf_add(&d->ins, d->t + p, q - p);
		p = q;
	}
	if (end == d->len && end > 0 && !is_break(d->t[end - 1]))
		nl(d);
	sp(d, c);
	opp_buf_puts(&d->ins, "- ");
	signature_block(d, c + 2);
}

static bool
edit_sign(struct ed *d)
{
	const struct opp_node *tk = NULL, *t = get(d->root, "ondertekening", &tk), *k = NULL, *v;
	const char *p = d->e->partij;

	if (!t) {
		/* After the last key the format puts before ondertekening. */
		const struct opp_node *prev = NULL;
		size_t step = file_step(d, d->root), rc;
		bool blank;

		if (d->root->kind != OPP_NODE_MAP)
			return fail(d, _("the file is not a mapping of keys"));
		if (d->root->flow) {
			map_append(d, d->root, "ondertekening");
			opp_buf_printf(&d->ins, "{%s: ", p);
			signature_flow(d);
			opp_buf_putc(&d->ins, '}');
			return true;
		}
		for (const struct opp_field *f = opp_doc_shape.fields; f->key; f++) {
			const struct opp_node *kk = NULL;
			if (strcmp(f->key, "ondertekening") == 0)
				break;
			if (get(d->root, f->key, &kk))
				prev = kk;
		}
		for (const struct opp_node *c = d->root->kids; !prev && c && c->next; c = c->next->next)
			if (!c->next->next)
				prev = c;
		rc = ncol(d->root->kids);
		/* sections set apart by blank lines get one too */
		blank = line_start(d, prev->start) > 0 &&
		        line_blank(d, line_start(d, line_start(d, prev->start) - 1));
		insert_at(d, past_deeper_comments(d, after(d, prev->next), rc));
		if (blank)
			nl(d);
		sp(d, rc);
		opp_buf_puts(&d->ins, "ondertekening:");
		nl(d);
		sp(d, rc + step);
		opp_buf_printf(&d->ins, "%s:", p);
		nl(d);
		sp(d, rc + 2 * step);
		signature_block(d, rc + 2 * step);
		return true;
	}
	if (is_null(t)) {
		size_t step = file_step(d, d->root), c = ncol(tk);
		value_to_block(d, tk, t);
		sp(d, c + step);
		opp_buf_printf(&d->ins, "%s:", p);
		nl(d);
		sp(d, c + 2 * step);
		signature_block(d, c + 2 * step);
		return true;
	}
	if (t->kind != OPP_NODE_MAP)
		return fail(d, _("ondertekening is not a mapping of parties"));
	v = get(t, p, &k);
	if (t->flow) {
		if (!v) {
			map_append(d, t, p);
			signature_flow(d);
		} else if (v->kind == OPP_NODE_SEQ) {
			flow_append(d, v);
			signature_flow(d);
		} else if (is_null(v)) {
			replace(d, colon_after(d, k),
			        v->end > colon_after(d, k) ? v->end : colon_after(d, k));
			opp_buf_putc(&d->ins, ' ');
			signature_flow(d);
		} else {
			replace(d, v->start, v->end);
			opp_buf_putc(&d->ins, '[');
			opp_buf_add(&d->ins, d->t + v->start, v->end - v->start);
			opp_buf_puts(&d->ins, ", ");
			signature_flow(d);
			opp_buf_putc(&d->ins, ']');
		}
		return true;
	}
	if (!v) {
		bool flow = false;
		size_t step = file_step(d, t);
		for (const struct opp_node *c = t->kids; c && c->next; c = c->next->next)
			flow |= c->next->kind == OPP_NODE_MAP && c->next->flow;
		if (flow) {
			map_append(d, t, p);
			signature_flow(d);
			end_entry(d, t);
		} else {
			size_t c = ncol(t->kids);
			insert_at(d, past_deeper_comments(d, after(d, t), c));
			sp(d, c);
			opp_buf_printf(&d->ins, "%s:", p);
			nl(d);
			sp(d, c + step);
			signature_block(d, c + step);
		}
		return true;
	}
	if (is_null(v)) {
		size_t c = ncol(k) + file_step(d, t);
		value_to_block(d, k, v);
		sp(d, c);
		signature_block(d, c);
		return true;
	}
	if (v->kind == OPP_NODE_SEQ) {
		list_append(d, v, false, signature_flow, signature_block);
		return true;
	}
	if (v->kind == OPP_NODE_MAP && !v->flow) {
		map_to_list(d, v);
		return true;
	}
	/* a date or a flow signature on the key's line: a list of it and
	 * the new one */
	{
		size_t c = ncol(k) + file_step(d, t);
		char *old = xstrndup(d->t + v->start, v->end - v->start);
		value_to_block(d, k, v);
		sp(d, c);
		opp_buf_printf(&d->ins, "- %s", old);
		nl(d);
		sp(d, c);
		opp_buf_puts(&d->ins, "- ");
		if (v->kind == OPP_NODE_MAP) {
			signature_flow(d);
			nl(d);
		} else {
			signature_block(d, c + 2);
		}
		free(old);
	}
	return true;
}

/* ---- reading back -------------------------------------------------------- */

/* The old document with the change applied, in memory (its arena). */
static bool
intend(struct opp_doc *doc, const struct opp_edit *e, const char *datum)
{
	struct opp_val dv = {opp_arena_strdup(&doc->arena, datum), {0, 0}, e->datum, 0};

	switch (e->kind) {
	case OPP_EDIT_SIGN: {
		struct opp_akkoorden *a = NULL;
		struct opp_akkoord *v;
		if (strcmp(e->partij, "ouders") == 0)
			a = &doc->ondertekening.ouders;
		else if (strcmp(e->partij, "school") == 0)
			a = &doc->ondertekening.school;
		else if (strcmp(e->partij, "toegang") == 0)
			a = &doc->ondertekening.toegang;
		else if (strcmp(e->partij, "leerling") == 0)
			a = &doc->ondertekening.leerling;
		if (!a)
			return false;
		v = opp_arena_alloc(&doc->arena, (a->n + 1) * sizeof(*v));
		if (a->n)
			memcpy(v, a->v, a->n * sizeof(*v));
		v[a->n].h.set = true;
		v[a->n].datum = dv;
		v[a->n].handelingsdeel.s = opp_arena_strdup(&doc->arena, e->digest);
		a->v = v;
		a->n++;
		a->h.set = doc->ondertekening.h.set = true;
		return true;
	}
	case OPP_EDIT_DONE:
		for (size_t i = 0; i < doc->afspraken.n; i++)
			if (doc->afspraken.v[i].id.s && strcmp(doc->afspraken.v[i].id.s, e->id) == 0) {
				doc->afspraken.v[i].gedaan = dv;
				return true;
			}
		return false;
	case OPP_EDIT_NOTE:
		for (size_t i = 0; i < doc->doelen.n; i++) {
			struct opp_doel *g = &doc->doelen.v[i];
			struct opp_voortgang *v;
			if (!g->id.s || strcmp(g->id.s, e->id) != 0)
				continue;
			v = opp_arena_alloc(&doc->arena, (g->voortgang.n + 1) * sizeof(*v));
			if (g->voortgang.n)
				memcpy(v, g->voortgang.v, g->voortgang.n * sizeof(*v));
			v[g->voortgang.n].h.set = true;
			v[g->voortgang.n].datum = dv;
			v[g->voortgang.n].door.s = opp_arena_strdup(&doc->arena, e->door);
			if (e->waarde) {
				v[g->voortgang.n].waarde.s = opp_arena_strdup(&doc->arena, e->waarde);
				v[g->voortgang.n].waarde.n = strtod(e->waarde, NULL);
			}
			if (e->tekst)
				v[g->voortgang.n].tekst.s = opp_arena_strdup(&doc->arena, e->tekst);
			g->voortgang.v = v;
			g->voortgang.n++;
			g->voortgang.h.set = true;
			return true;
		}
		return false;
	}
	return false;
}

/* One value of a model as a line: where it belongs, and what it holds
 * (its text, its typed value), for comparing two models. */
static void
dump(void *ctx, const struct opp_shape *sh, const struct opp_field *f, const struct opp_val *v, bool pair_key)
{
	opp_buf_printf(ctx, "%s.%s%s=%s|%d|%.17g\n", sh->name ? sh->name : "", f->key ? f->key : "",
	               pair_key ? "#" : "", v->s ? v->s : "\x01", (int)v->i, v->n);
}

/* Whether the new text loads to the old document plus the change, with
 * the same findings of the loader. */
static bool
reads_back(const char *old, size_t oldlen, const char *neu, size_t neulen, const struct opp_edit *e,
           const char *datum, const struct opp_config *cfg)
{
	struct opp_diags d0, d1;
	struct opp_doc *a, *b;
	struct opp_buf ya = OPP_BUF_INIT, yb = OPP_BUF_INIT;
	bool ok = false;

	opp_diags_init(&d0);
	opp_diags_init(&d1);
	a = opp_doc_load("-", old, oldlen, cfg, &d0);
	b = opp_doc_load("-", neu, neulen, cfg, &d1);
	if (a && b && d0.n == d1.n && intend(a, e, datum)) {
		/* Every value of each model in its order (opp_doc_walk):
		 * equal when the edit did only what it meant to. */
		opp_doc_walk(a, dump, &ya);
		opp_doc_walk(b, dump, &yb);
		ok = ya.len == yb.len && memcmp(ya.ptr, yb.ptr, ya.len) == 0;
	}
	opp_buf_release(&ya);
	opp_buf_release(&yb);
	opp_doc_free(a);
	opp_doc_free(b);
	opp_diags_release(&d0);
	opp_diags_release(&d1);
	return ok;
}

bool
opp_edit_apply(struct opp_buf *out, const char *text, size_t len, const struct opp_edit *e,
               const struct opp_config *cfg, struct opp_buf *err)
{
	struct opp_arena arena;
	struct opp_diags diags;
	struct ed d = {text, len, "\n", NULL, e, "", 0, 0, OPP_BUF_INIT, err};
	struct opp_buf neu = OPP_BUF_INIT;
	bool ok;

	snprintf(d.datum, sizeof(d.datum), "%s", opp_date_str(e->datum).s);
	for (size_t i = 0; i < len; i++)
		if (is_break(text[i])) {
			d.nl = text[i] == '\n' ? "\n" : i + 1 < len && text[i + 1] == '\n' ? "\r\n" : "\r";
			break;
		}
	opp_arena_init(&arena);
	opp_diags_init(&diags);
	d.root = opp_yaml_parse_offsets(&arena, text, len, &diags);
	if (!d.root) {
		ok = fail(&d, _("the file is not valid YAML: fix it first (opp validate says where)"));
	} else if (d.root->kind != OPP_NODE_MAP) {
		ok = fail(&d, _("the file is not a mapping of keys"));
	} else if (!lines_agree(&d, d.root, &(struct lines){0, 1})) {
		ok = fail(
		        &d,
		        _("the file holds a Unicode line or paragraph separator (U+2028, U+2029 or U+0085) "
		          "that the YAML reader takes for a line break: opp does not edit such a file; make "
		          "the change by hand"));
	} else if (!keys_start_lines(&d, d.root)) {
		ok = fail(&d, _("the file has a key that does not start its line (an explicit key written "
		                "with '?'): opp does not edit such a layout; make the change by hand"));
	} else {
		switch (e->kind) {
		case OPP_EDIT_SIGN: ok = edit_sign(&d); break;
		case OPP_EDIT_DONE: ok = edit_done(&d); break;
		case OPP_EDIT_NOTE: ok = edit_note(&d); break;
		default: ok = false;
		}
	}
	if (ok) {
		opp_buf_add(&neu, text, d.at);
		opp_buf_add(&neu, d.ins.ptr, d.ins.len);
		opp_buf_add(&neu, text + d.at + d.del, len - d.at - d.del);
		if (!reads_back(text, len, neu.ptr, neu.len, e, d.datum, cfg))
			ok = fail(
			        &d,
			        _("the change would not read back as intended, so nothing was written (a bug "
			          "in opp: please report it with the file's layout)"));
		else
			opp_buf_add(out, neu.ptr, neu.len);
	}
	opp_buf_release(&neu);
	opp_buf_release(&d.ins);
	opp_diags_release(&diags);
	opp_arena_release(&arena);
	return ok;
}

bool
opp_edit_unchanged(const struct stat *then, const char *before, size_t n, const struct stat *now,
                   const char *text_now, size_t m)
{
	if (!now || !text_now)
		return false;
	if (now->st_dev != then->st_dev || now->st_ino != then->st_ino || now->st_size != then->st_size ||
	    now->st_mtim.tv_sec != then->st_mtim.tv_sec || now->st_mtim.tv_nsec != then->st_mtim.tv_nsec)
		return false;
	/* A write within the clock's resolution keeps the time: the bytes
	 * decide. */
	return n == m && (n == 0 || memcmp(before, text_now, n) == 0);
}
