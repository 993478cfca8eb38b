/*
 * emit — YAML out of the model, by the shape table in model.c.
 */
#include "format/emit.h"

#include <string.h>

#include "base/date.h"
#include "base/escape.h"

struct emitter {
	struct opp_buf *out;
	opp_emit_filter *filter;
	void *ctx;
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

static void map(struct emitter *e, const struct opp_shape *sh, const void *obj, int ind, bool dash);

static void
field(struct emitter *e, const struct opp_shape *sh, const struct opp_field *f, const void *obj, int ind,
      bool *first, bool dash)
{
	const void *at = (const char *)obj + f->off;

	if (f->type < OPP_T_LIST && !((const struct opp_val *)at)->s)
		return;
	if (f->type >= OPP_T_LIST && !((const struct opp_hdr *)at)->set)
		return;
	if (*first && dash) { /* "- key:" — the dash sits two columns left of the keys */
		indent(e->out, ind - 2);
		opp_buf_puts(e->out, "- ");
	} else {
		indent(e->out, ind);
	}
	*first = false;
	opp_buf_printf(e->out, "%s:", f->key);
	switch (f->type) {
	case OPP_T_LIST: {
		const struct opp_list *l = at;
		if (!l->n)
			opp_buf_puts(e->out, " []");
		for (size_t i = 0; i < l->n; i++) {
			opp_buf_putc(e->out, '\n');
			indent(e->out, ind + 2);
			opp_buf_puts(e->out, "- ");
			scalar(e, sh->name, f, obj, f->elem, &l->v[i], ind + 4);
		}
		opp_buf_putc(e->out, '\n');
		break;
	}
	case OPP_T_MAP:
		opp_buf_putc(e->out, '\n');
		map(e, f->shape, at, ind + 2, false);
		break;
	case OPP_T_SEQ: {
		const struct {
			struct opp_hdr h;
			const char *v;
			size_t n;
		} *seq = at;
		if (!seq->n)
			opp_buf_puts(e->out, " []");
		opp_buf_putc(e->out, '\n');
		for (size_t i = 0; i < seq->n; i++)
			map(e, f->shape, seq->v + i * f->shape->size, ind + 2, true);
		break;
	}
	case OPP_T_PAIRS: {
		const struct {
			struct opp_hdr h;
			const struct opp_paar *v;
			size_t n;
		} *pairs = at;
		if (!pairs->n)
			opp_buf_puts(e->out, " {}");
		opp_buf_putc(e->out, '\n');
		for (size_t i = 0; i < pairs->n; i++) {
			const char *key = pairs->v[i].key.s;
			if (e->filter)
				key = e->filter(e->ctx, sh->name, f, obj, key);
			indent(e->out, ind + 2);
			opp_buf_printf(e->out, "%s: %s\n", key, pairs->v[i].value.s);
		}
		break;
	}
	case OPP_T_AKKOORD: {
		/* As it was written: one date, one signature, or a list. */
		const struct opp_akkoorden *a = at;
		if (a->n == 1 && !a->v[0].handelingsdeel.s) {
			opp_buf_putc(e->out, ' ');
			scalar(e, sh->name, f, obj, OPP_T_DATE, &a->v[0].datum, ind);
			opp_buf_putc(e->out, '\n');
			break;
		}
		opp_buf_putc(e->out, '\n');
		for (size_t i = 0; i < a->n; i++) {
			if (a->v[i].handelingsdeel.s) {
				map(e, f->shape, &a->v[i], ind + 2, true);
			} else {
				indent(e->out, ind + 2);
				opp_buf_puts(e->out, "- ");
				scalar(e, sh->name, f, obj, OPP_T_DATE, &a->v[i].datum, ind + 4);
				opp_buf_putc(e->out, '\n');
			}
		}
		break;
	}
	default:
		opp_buf_putc(e->out, ' ');
		scalar(e, sh->name, f, obj, f->type, at, ind);
		opp_buf_putc(e->out, '\n');
	}
}

static void
map(struct emitter *e, const struct opp_shape *sh, const void *obj, int ind, bool dash)
{
	bool first = true;

	for (const struct opp_field *f = sh->fields; f->key; f++)
		field(e, sh, f, obj, dash ? ind + 2 : ind, &first, dash);
	if (first) { /* nothing set: an empty mapping */
		indent(e->out, ind);
		if (dash)
			opp_buf_puts(e->out, "- {}\n");
		else
			opp_buf_puts(e->out, "{}\n");
	}
}

void
opp_emit_yaml(struct opp_buf *out, const struct opp_doc *doc, opp_emit_filter *filter, void *ctx)
{
	struct emitter e = {out, filter, ctx};

	map(&e, &opp_doc_shape, doc, 0, false);
}
