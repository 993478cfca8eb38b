/*
 * emit — YAML out of a document, walking its tree (yaml.h) and its model
 * side by side with the shape table of model.c.
 *
 * The tree gives what was written, in its order; the model which values
 * the loader took: a value is valid when the model holds it at the same
 * position. Only valid values are written as such (through the filter).
 * A value the loader refused and a key it did not know are written as
 * stand-ins that get the same finding (an invalid date stays an invalid
 * date, an unknown key an unknown key), never as they were: they can
 * hold anything, a name typed where an id belongs or a paragraph typed
 * without |.
 */
#include "format/emit.h"

#include <stdio.h>
#include <string.h>

#include "base/date.h"
#include "base/escape.h"
#include "format/yaml.h"

struct emitter {
	struct opp_buf *out;
	opp_emit_filter *filter;
	void *ctx;
	int unknown; /* stand-in keys written so far */
};

static void
indent(struct opp_buf *out, int n)
{
	for (int i = 0; i < n; i++)
		opp_buf_putc(out, ' ');
}

/* A multi-line text as a literal block when it survives one unchanged
 * (no trailing spaces on lines, no tabs, ends with one newline or none);
 * else double-quoted. */
static bool
block_ok(const char *s)
{
	size_t n = strlen(s);
	const char *first = s;

	if (!strchr(s, '\n') || n == 0 || strchr(s, '\t') || strchr(s, '\r'))
		return false;
	/* Unicode line breaks would be read as line ends inside a block. */
	if (strstr(s, "\xC2\x85") || strstr(s, "\xE2\x80\xA8") || strstr(s, "\xE2\x80\xA9"))
		return false;
	/* A block takes its indentation from its first non-empty line: that
	 * line must not start with a space (nor be missing). */
	while (*first == '\n')
		first++;
	if (!*first || *first == ' ')
		return false;
	for (const char *p = s; *p; p++)
		if (*p == '\n' && p > s && p[-1] == ' ')
			return false;
	return !(n >= 2 && s[n - 1] == '\n' && s[n - 2] == '\n');
}

static void
scalar(struct emitter *e, const char *shape, const struct opp_field *f, const void *obj, enum opp_ftype type,
       const struct opp_val *v, int ind)
{
	const char *s = e->filter ? e->filter(e->ctx, shape, f, obj, v->s) : v->s;

	switch (type) {
	case OPP_T_DATE:
		opp_buf_puts(e->out, opp_date_parse(s, &(int32_t){0}) ? s : opp_date_str(v->i).s);
		break;
	case OPP_T_TIME: opp_buf_printf(e->out, "\"%02d:%02d\"", (int)v->i / 60, (int)v->i % 60); break;
	case OPP_T_ID:
		/* A name where an id belongs is kept (rule `ref` reports it):
		 * it may need quotes. */
		if (v->i == OPP_VAL_NOT_ID && s == v->s) {
			opp_yaml_quoted(e->out, s);
			break;
		}
		/* fall through */
	case OPP_T_INT:
	case OPP_T_NUM:
	case OPP_T_ENUM:
		/* Checked by the loader: digits, codes and ids are plain-safe. */
		opp_buf_puts(e->out, s);
		break;
	default:
		if (block_ok(s)) {
			const char *p = s;
			opp_buf_puts(e->out, s[strlen(s) - 1] == '\n' ? "|" : "|-");
			while (*p) {
				const char *nl = strchr(p, '\n');
				size_t len = nl ? (size_t)(nl - p) : strlen(p);
				opp_buf_putc(e->out, '\n');
				if (len)
					indent(e->out, ind + 2);
				opp_buf_add(e->out, p, len);
				p += len + (nl != NULL);
			}
		} else {
			opp_yaml_quoted(e->out, s);
		}
	}
}

/* ---- stand-ins ------------------------------------------------------------ */

/* A scalar of this type the loader refuses, whatever the field. */
static const char *
invalid(enum opp_ftype type)
{
	switch (type) {
	case OPP_T_ID: return "Ongeldig Id";
	case OPP_T_INT:
	case OPP_T_NUM: return "geen-getal";
	case OPP_T_DATE: return "0000-00-00";
	case OPP_T_TIME: return "\"25:99\"";
	case OPP_T_ENUM: return "onbekende-waarde";
	case OPP_T_EMAIL: return "geen-adres";
	case OPP_T_DIGEST: return "geen-digest";
	default: return "onbekend";
	}
}

/* Where a value of another kind was written: one of the same kind. */
static void
other_kind(struct emitter *e, const struct opp_node *n)
{
	opp_buf_puts(e->out, n->kind == OPP_NODE_SEQ   ? "[onbekend]"
	                     : n->kind == OPP_NODE_MAP ? "{onbekend: ~}"
	                                               : "onbekend");
}

/* An empty value (null, only white space, [] or {}): empty again. */
static void
empty_value(struct emitter *e, const struct opp_node *n)
{
	opp_buf_puts(e->out, n->kind == OPP_NODE_SEQ ? "[]" : n->kind == OPP_NODE_MAP ? "{}" : "~");
}

static bool
empty(const struct opp_node *n)
{
	if (n->kind != OPP_NODE_SCALAR)
		return n->n == 0;
	return opp_node_null(n) || n->s[strspn(n->s, " \t\r\n")] == '\0';
}

static bool
same_pos(struct opp_pos a, struct opp_pos b)
{
	return a.line == b.line && a.col == b.col;
}

/* What the loader checks of a date, digest, id or code, for a value the
 * model does not hold because its entry was dropped. */
static bool
valid_alone(enum opp_ftype type, const char *const *names, const struct opp_node *n)
{
	size_t len = strlen(n->s);

	switch (type) {
	case OPP_T_DATE: return opp_date_parse(n->s, &(int32_t){0});
	case OPP_T_DIGEST:
		return len == 71 && strncmp(n->s, "sha256:", 7) == 0 &&
		       strspn(n->s + 7, "0123456789abcdef") == 64;
	case OPP_T_ID: return len && strspn(n->s, "abcdefghijklmnopqrstuvwxyz0123456789-") == len;
	case OPP_T_ENUM: return names && opp_name_index(names, n->s) >= 0;
	default: return false;
	}
}

/* ---- the walk ---------------------------------------------------------------- */

static void map(struct emitter *e, const struct opp_shape *sh, const struct opp_node *node, const void *obj,
                int ind, bool dash);

/* One scalar of type `type` at node n: the model's value v when it holds
 * this one, else a stand-in. */
static void
value(struct emitter *e, const char *shape, const struct opp_field *f, const void *obj, enum opp_ftype type,
      const struct opp_node *n, const struct opp_val *v, int ind)
{
	if (n->kind != OPP_NODE_SCALAR)
		other_kind(e, n);
	else if (v && v->s && same_pos(v->pos, n->pos))
		scalar(e, shape, f, obj, type, v, ind);
	else
		opp_buf_puts(e->out, invalid(type));
}

static void
list(struct emitter *e, const struct opp_shape *sh, const struct opp_field *f, const void *obj,
     const struct opp_node *n, const struct opp_list *l, int ind)
{
	size_t k = 0;

	for (const struct opp_node *c = n->kids; c; c = c->next) {
		const struct opp_val *v = NULL;
		opp_buf_putc(e->out, '\n');
		indent(e->out, ind + 2);
		opp_buf_puts(e->out, "- ");
		if (empty(c)) {
			empty_value(e, c);
			continue;
		}
		if (k < l->n && same_pos(l->v[k].pos, c->pos))
			v = &l->v[k++];
		value(e, sh->name, f, obj, f->elem, c, v, ind + 4);
	}
	opp_buf_putc(e->out, '\n');
}

static void
seq(struct emitter *e, const struct opp_field *f, const struct opp_node *n, const void *at, int ind)
{
	const struct {
		struct opp_hdr h;
		const char *v;
		size_t n;
	} *s = at;
	size_t k = 0;

	opp_buf_putc(e->out, '\n');
	for (const struct opp_node *c = n->kids; c; c = c->next) {
		if (c->kind != OPP_NODE_MAP) {
			/* the loader skips it with a finding */
			indent(e->out, ind + 2);
			opp_buf_puts(e->out, "- ");
			other_kind(e, c);
			opp_buf_putc(e->out, '\n');
			continue;
		}
		map(e, f->shape, c, k < s->n ? s->v + k * f->shape->size : NULL, ind + 2, true);
		k++;
	}
}

static void
pairs(struct emitter *e, const struct opp_shape *sh, const struct opp_field *f, const void *obj,
      const struct opp_node *n, const void *at, int ind)
{
	const struct {
		struct opp_hdr h;
		const struct opp_paar *v;
		size_t n;
	} *p = at;
	size_t k = 0;

	opp_buf_putc(e->out, '\n');
	for (const struct opp_node *c = n->kids; c && c->next; c = c->next->next) {
		const struct opp_node *val = c->next;
		const char *key = NULL, *v = NULL;

		if (k < p->n && same_pos(p->v[k].h.pos, c->pos)) {
			key = p->v[k].key.s;
			v = p->v[k].value.s;
			k++;
		} else {
			/* refused: whichever half the loader would accept */
			if (valid_alone(f->elem, NULL, c))
				key = c->s;
			if (val->kind == OPP_NODE_SCALAR && valid_alone(OPP_T_ENUM, f->names, val))
				v = val->s;
		}
		if (key && e->filter)
			key = e->filter(e->ctx, sh->name, f, obj, key);
		indent(e->out, ind + 2);
		if (key) {
			opp_buf_puts(e->out, key);
		} else {
			/* keys of a mapping must differ: number the stand-ins */
			opp_buf_printf(e->out, "\"Ongeldig %d\"", ++e->unknown);
		}
		opp_buf_puts(e->out, ": ");
		if (v)
			opp_buf_puts(e->out, v);
		else if (val->kind != OPP_NODE_SCALAR)
			other_kind(e, val);
		else
			opp_buf_puts(e->out, invalid(OPP_T_ENUM));
		opp_buf_putc(e->out, '\n');
	}
}

/* One agreement: a date or {datum, handelingsdeel}; a is the model's when
 * it kept this one. */
static void
akkoord_one(struct emitter *e, const struct opp_shape *sh, const struct opp_field *f, const void *obj,
            const struct opp_node *n, const struct opp_akkoord *a, int ind, bool dash)
{
	if (n->kind == OPP_NODE_MAP) {
		if (a) {
			/* map() puts a dash two columns left of its keys */
			map(e, f->shape, n, a, dash ? ind - 2 : ind, dash);
			return;
		}
		/* Dropped for its datum: write each key as the loader would
		 * take it on its own. */
		if (dash) {
			indent(e->out, ind - 2);
			opp_buf_puts(e->out, "- ");
		} else {
			indent(e->out, ind);
		}
		opp_buf_puts(e->out, "{");
		for (const struct opp_node *k = n->kids; k && k->next; k = k->next->next) {
			const struct opp_field *g;
			for (g = f->shape->fields; g->key && strcmp(g->key, k->s) != 0; g++)
				;
			if (k != n->kids)
				opp_buf_puts(e->out, ", ");
			if (!g->key) {
				opp_buf_printf(e->out, "onbekend-%d: ~", ++e->unknown);
			} else if (empty(k->next)) {
				opp_buf_printf(e->out, "%s: ", g->key);
				empty_value(e, k->next);
			} else if (k->next->kind != OPP_NODE_SCALAR) {
				opp_buf_printf(e->out, "%s: ", g->key);
				other_kind(e, k->next);
			} else {
				opp_buf_printf(e->out, "%s: %s", g->key,
				               valid_alone(g->type, g->names, k->next) ? k->next->s
				                                                       : invalid(g->type));
			}
		}
		opp_buf_puts(e->out, "}\n");
		return;
	}
	if (dash) {
		indent(e->out, ind - 2);
		opp_buf_puts(e->out, "- ");
	}
	value(e, sh->name, f, obj, OPP_T_DATE, n, a ? &a->datum : NULL, ind);
	opp_buf_putc(e->out, '\n');
}

static void
akkoord(struct emitter *e, const struct opp_shape *sh, const struct opp_field *f, const void *obj,
        const struct opp_node *n, const struct opp_akkoorden *a, int ind)
{
	size_t k = 0;

	if (n->kind != OPP_NODE_SEQ) {
		const struct opp_akkoord *one =
		        a->n == 1 && same_pos(a->v[0].h.pos, n->pos) ? &a->v[0] : NULL;
		if (n->kind == OPP_NODE_MAP) {
			opp_buf_putc(e->out, '\n');
			akkoord_one(e, sh, f, obj, n, one, ind + 2, false);
		} else {
			opp_buf_putc(e->out, ' ');
			akkoord_one(e, sh, f, obj, n, one, ind, false);
		}
		return;
	}
	opp_buf_putc(e->out, '\n');
	for (const struct opp_node *c = n->kids; c; c = c->next) {
		const struct opp_akkoord *one = NULL;
		if (empty(c) || c->kind == OPP_NODE_SEQ) {
			indent(e->out, ind + 2);
			opp_buf_puts(e->out, "- ");
			empty(c) ? empty_value(e, c) : other_kind(e, c);
			opp_buf_putc(e->out, '\n');
			continue;
		}
		if (k < a->n && same_pos(a->v[k].h.pos, c->pos))
			one = &a->v[k++];
		akkoord_one(e, sh, f, obj, c, one, ind + 4, true);
	}
}

/* The value of field f (written as node v) in obj. */
static void
field(struct emitter *e, const struct opp_shape *sh, const struct opp_field *f, const struct opp_node *v,
      const void *obj, int ind)
{
	const void *at = (const char *)obj + f->off;

	if (empty(v)) {
		opp_buf_putc(e->out, ' ');
		empty_value(e, v);
		opp_buf_putc(e->out, '\n');
		return;
	}
	switch (f->type) {
	case OPP_T_LIST:
		if (v->kind != OPP_NODE_SEQ)
			break;
		list(e, sh, f, obj, v, at, ind);
		return;
	case OPP_T_MAP:
		if (v->kind != OPP_NODE_MAP)
			break;
		opp_buf_putc(e->out, '\n');
		map(e, f->shape, v, at, ind + 2, false);
		return;
	case OPP_T_SEQ:
		if (v->kind != OPP_NODE_SEQ)
			break;
		seq(e, f, v, at, ind);
		return;
	case OPP_T_PAIRS:
		if (v->kind != OPP_NODE_MAP)
			break;
		pairs(e, sh, f, obj, v, at, ind);
		return;
	case OPP_T_AKKOORD: akkoord(e, sh, f, obj, v, at, ind); return;
	default:
		opp_buf_putc(e->out, ' ');
		value(e, sh->name, f, obj, f->type, v, at, ind);
		opp_buf_putc(e->out, '\n');
		return;
	}
	/* a scalar, list or mapping where the other kind belongs */
	opp_buf_putc(e->out, ' ');
	other_kind(e, v);
	opp_buf_putc(e->out, '\n');
}

/* A mapping written as node, whose model is obj (NULL: none). */
static void
map(struct emitter *e, const struct opp_shape *sh, const struct opp_node *node, const void *obj, int ind,
    bool dash)
{
	bool first = true;
	int key_ind = dash ? ind + 2 : ind;

	for (const struct opp_node *k = node->kids; k && k->next; k = k->next->next) {
		const struct opp_field *f;

		if (strncmp(k->s, "x-", 2) == 0)
			continue; /* extensions: dropped, they may hold anything */
		for (f = sh->fields; f->key && strcmp(f->key, k->s) != 0; f++)
			;
		if (first && dash) { /* "- key:" — the dash sits two columns left of the keys */
			indent(e->out, key_ind - 2);
			opp_buf_puts(e->out, "- ");
		} else {
			indent(e->out, key_ind);
		}
		first = false;
		if (!f->key) {
			/* An unknown key: a stand-in of the same shape (a key,
			 * or text where a key belongs). */
			if (opp_yaml_key_shaped(k->s))
				opp_buf_printf(e->out, "onbekend-%d: ~\n", ++e->unknown);
			else
				opp_buf_printf(e->out, "\"tekst %d\": ~\n", ++e->unknown);
			continue;
		}
		opp_buf_printf(e->out, "%s:", f->key);
		if (obj)
			field(e, sh, f, k->next, obj, key_ind);
		else {
			opp_buf_putc(e->out, ' ');
			other_kind(e, k->next);
			opp_buf_putc(e->out, '\n');
		}
	}
	if (first) { /* nothing written: an empty mapping */
		indent(e->out, ind);
		opp_buf_puts(e->out, dash ? "- {}\n" : "{}\n");
	}
}

void
opp_emit_yaml(struct opp_buf *out, const struct opp_doc *doc, const struct opp_node *root,
              opp_emit_filter *filter, void *ctx)
{
	struct emitter e = {out, filter, ctx, 0};

	if (root->kind == OPP_NODE_MAP)
		map(&e, &opp_doc_shape, root, doc, 0, false);
	else
		other_kind(&e, root);
}
