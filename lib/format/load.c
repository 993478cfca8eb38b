/*
 * load — the node tree (yaml.c) → the typed model, by the shape table in
 * model.c, with `schema` findings.
 */
#include "format/load.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/email.h"
#include "base/i18n.h"
#include "base/suggest.h"
#include "base/utf8.h"
#include "format/ruleset.h"
#include "format/yaml.h"
#include "format/yaml_hint.h"

/* ---- tree → model ----------------------------------------------------- */

/* Copy at most n-1 bytes of src into dst, cut at a character boundary:
 * a value quoted in a message may be free text, so only its start is
 * shown, and never half a UTF-8 sequence. */
static const char *
shorten(char *dst, size_t n, const char *src)
{
	size_t len = strlen(src);

	if (len < n) {
		memcpy(dst, src, len + 1);
		return dst;
	}
	len = opp_utf8_boundary(src, n - 4); /* room for "…" (3 bytes) and NUL */
	memcpy(dst, src, len);
	memcpy(dst + len, "\xE2\x80\xA6", 4);
	return dst;
}

/* Spec "Empty is missing": no value, ~ or null, a text of only spaces,
 * tabs and line breaks, an empty list or an empty map counts as absent,
 * for the schema and for every rule. */
static bool
empty(const struct opp_node *n)
{
	if (n->kind != OPP_NODE_SCALAR)
		return n->n == 0;
	return opp_node_null(n) || n->s[strspn(n->s, " \t\r\n")] == '\0';
}

struct fill {
	struct opp_arena *arena;
	struct opp_diags *diags;
	const struct opp_config *cfg;
};

static void schema(struct fill *L, struct opp_pos pos, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));

static void
schema(struct fill *L, struct opp_pos pos, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	opp_diags_vadd(L->diags, OPP_RULE_SCHEMA, OPP_SEV_ERROR, pos, fmt, ap);
	va_end(ap);
}

/* A plain value where a mapping was expected that reads "key:value":
 * the space after the ':' is missing. Said at the ':'. */
static bool
glued(struct fill *L, const struct opp_node *n)
{
	size_t k;
	struct opp_pos at = n->pos;

	if (n->kind != OPP_NODE_SCALAR || !n->plain || !(k = opp_yaml_glued(n->s, n->len)))
		return false;
	at.col += (uint32_t)k; /* the key is ASCII: bytes are columns */
	schema(L, at, _("no space after ':': write '%.*s: ' and then the value"), (int)k, n->s);
	return true;
}

/* A plain value where a mapping of shape sh was expected that starts
 * with one of its keys and no ':' ("hypothesen" above its list items,
 * which YAML then reads as one text). Said after the key. */
static bool
colonless(struct fill *L, const struct opp_shape *sh, const struct opp_node *n)
{
	size_t k;
	struct opp_pos at = n->pos;

	if (n->kind != OPP_NODE_SCALAR || !n->plain)
		return false;
	k = strcspn(n->s, " \t\n");
	for (const struct opp_field *f = sh->fields; f->key; f++)
		if (strlen(f->key) == k && strncmp(f->key, n->s, k) == 0) {
			at.col += (uint32_t)k; /* keys are ASCII */
			schema(L, at, _("'%.*s' has no ':' after it: write '%.*s:'"), (int)k, n->s, (int)k,
			       n->s);
			return true;
		}
	return false;
}

/* A mapping of one entry whose key is text, not a key ("- Sam ziet het
 * bord slecht: hij knijpt"), where a text was expected: the ': ' made
 * YAML read a key. Said at that ':', when the key is on one line. */
static bool
colon_text(struct fill *L, const struct opp_node *n)
{
	const struct opp_node *k = n->kids;
	struct opp_pos at;

	if (n->kind != OPP_NODE_MAP || n->n != 2 || !k->plain || !strchr(k->s, ' ') || strchr(k->s, '\n'))
		return false;
	at = k->pos;
	at.col += (uint32_t)opp_utf8_chars(k->s, k->len);
	schema(L, at,
	       _("this text contains ': ', which YAML reads as a new key: put the text between quotes "
	         "(\"...\")"));
	return true;
}

static const char *
kind_name(const struct opp_node *n)
{
	return n->kind == OPP_NODE_MAP   ? _("a mapping")
	       : n->kind == OPP_NODE_SEQ ? _("a list")
	                                 : _("a single value");
}

/* Whether s is "sha256:" and 64 lowercase hexadecimal digits. */
static bool
digest_ok(const char *s)
{
	if (strncmp(s, "sha256:", 7) != 0 || strlen(s) != 71)
		return false;
	for (s += 7; *s; s++)
		if (!((*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'f')))
			return false;
	return true;
}

static bool
parse_int(const char *s, int32_t *out)
{
	char *end;
	long v;

	if (!*s || !(isdigit((unsigned char)*s) || (*s == '-' && isdigit((unsigned char)s[1]))))
		return false;
	errno = 0;
	v = strtol(s, &end, 10);
	if (*end || errno || v > INT32_MAX || v < INT32_MIN)
		return false;
	*out = (int32_t)v;
	return true;
}

static bool
parse_num(const char *s, double *out)
{
	char *end;

	/* Only decimal notation: no hex, inf or nan, which strtod accepts. */
	if (!*s || strspn(s, "0123456789.-+eE") != strlen(s))
		return false;
	*out = strtod(s, &end);
	return !*end && isfinite(*out);
}

static void
enum_error(struct fill *L, const struct opp_node *n, const char *key, const char *const *names)
{
	size_t count = 0;
	const char *sug;
	struct opp_buf b = OPP_BUF_INIT;

	while (names[count])
		count++;
	/* The value itself is not repeated: a name typed where a code
	 * belongs would end up in CI logs. The line and key point to it. */
	sug = opp_suggest(n->s, names, count);
	if (sug) {
		opp_buf_printf(&b, _("did you mean '%s'?"), sug);
	} else {
		opp_buf_puts(&b, _("use one of:"));
		for (size_t i = 0; i < count; i++)
			opp_buf_printf(&b, "%s %s", i ? "," : "", names[i]);
	}
	opp_diags_add(L->diags, OPP_RULE_SCHEMA, OPP_SEV_ERROR, n->pos,
	              _("the value of '%s' is not one of its allowed values: %s"), key, b.ptr);
	opp_buf_release(&b);
}

/* Whether a number lies within its field's bounds (spec: `duur` 5 to
 * 480, `bedrag` 0 to 10,000,000); a finding if not. The value itself is
 * not repeated: the line points at it. */
static bool
in_range(struct fill *L, const struct opp_node *n, const char *key, const struct opp_field *f, double x)
{
	/* A fixed value (the format version) is kept: opp_doc_load() says
	 * which version it is and which this opp reads. */
	if ((x >= f->min && x <= f->max) || f->min == f->max)
		return true;
	schema(L, n->pos, _("'%s' must be from %.15g to %.15g"), key, f->min, f->max);
	return false;
}

/* Convert one scalar node to the typed value; false after a finding.
 * f is the field (flags, bounds), NULL for list entries and pairs. */
static bool
conv_scalar(struct fill *L, enum opp_ftype type, const struct opp_field *f, const char *const *names,
            const char *key, const struct opp_node *n, struct opp_val *v)
{
	unsigned flags = f ? f->flags : 0;
	int32_t i = 0;
	int minutes;
	double d = 0;

	if (n->kind != OPP_NODE_SCALAR) {
		if (colon_text(L, n))
			return false;
		schema(L, n->pos, _("'%s' must be a single value, not %s"), key, kind_name(n));
		return false;
	}
	switch (type) {
	case OPP_T_STR: break;
	case OPP_T_ID:
		if (!opp_id_ok(n->s) && (flags & OPP_F_PERSON) && !(flags & OPP_F_DEFINES)) {
			/* Most often a person's name: rule `ref` says whose id
			 * it is, which only the betrokkenen can tell. */
			i = OPP_VAL_NOT_ID;
			break;
		}
		if (!opp_id_ok(n->s)) {
			/* Often a person's name written where their id belongs:
			 * not repeated in the message (CI logs). */
			schema(L, n->pos,
			       _("the value of '%s' is not a valid id: ids use only a-z, 0-9 "
			         "and - (refer to a person by their id in betrokkenen)"),
			       key);
			return false;
		}
		break;
	case OPP_T_INT:
		if (!n->plain || !parse_int(n->s, &i)) {
			schema(L, n->pos, _("'%s' must be a whole number"), key);
			return false;
		}
		if ((flags & OPP_F_RANGE) && !in_range(L, n, key, f, i))
			return false;
		break;
	case OPP_T_NUM:
		if (!n->plain || !parse_num(n->s, &d)) {
			schema(L, n->pos, _("'%s' must be a number such as 1250 or 99.50"), key);
			return false;
		}
		if ((flags & OPP_F_RANGE) && !in_range(L, n, key, f, d))
			return false;
		break;
	case OPP_T_DIGEST:
		if (!digest_ok(n->s)) {
			schema(L, n->pos,
			       _("'%s' must be sha256: followed by 64 lowercase hexadecimal digits, as "
			         "'opp sign' writes it"),
			       key);
			return false;
		}
		break;
	case OPP_T_EMAIL:
		/* Not repeated in the message: it is someone's address. */
		if (!opp_email_ok(n->s)) {
			schema(L, n->pos,
			       _("the value of '%s' is not one plain email address such as "
			         "naam@school.nl: no name, brackets, spaces or second address"),
			       key);
			return false;
		}
		break;
	case OPP_T_DATE:
		if (!opp_date_parse(n->s, &i)) {
			schema(L, n->pos, _("'%s' must be a real date written as YYYY-MM-DD"), key);
			return false;
		}
		break;
	case OPP_T_TIME:
		if (!opp_time_parse(n->s, &minutes)) {
			schema(L, n->pos, _("'%s' must be a time written as HH:MM (24 hours)"), key);
			return false;
		}
		i = minutes;
		break;
	case OPP_T_ENUM:
		i = opp_name_index(names, n->s);
		if (i < 0 && (flags & OPP_F_ROLE) && L->cfg)
			i = opp_config_rol(L->cfg, n->s);
		if (i < 0) {
			enum_error(L, n, key, names);
			return false;
		}
		break;
	default: return false;
	}
	v->s = n->s;
	v->pos = n->pos;
	v->i = i;
	v->n = d;
	return true;
}

static void fill_akkoord(struct fill *L, const struct opp_field *f, const struct opp_node *n,
                         struct opp_akkoorden *a);
static void fill_map(struct fill *L, const struct opp_shape *sh, const struct opp_node *map, void *dst,
                     const char *where);

static const char *
join_where(struct fill *L, const char *where, const char *key)
{
	size_t a = strlen(where), b = strlen(key);
	char *s;

	if (!a)
		return key;
	s = opp_arena_alloc(L->arena, a + b + 2);
	memcpy(s, where, a);
	s[a] = '.';
	memcpy(s + a + 1, key, b + 1);
	return s;
}

static void
fill_list(struct fill *L, const struct opp_field *f, const struct opp_node *n, struct opp_list *l,
          const char *where)
{
	size_t k = 0;
	const char *path = NULL; /* where.key: the list a broken entry is in */

	l->h.pos = n->pos;
	if (n->kind != OPP_NODE_SEQ) {
		schema(L, n->pos, _("'%s' must be a list (lines starting with '- ')"), f->key);
		return;
	}
	l->h.set = true;
	l->v = opp_arena_alloc(L->arena, n->n * sizeof(*l->v));
	for (const struct opp_node *c = n->kids; c; c = c->next) {
		/* A broken entry is not counted: it explains a count that
		 * comes out too low (root causes, format/diag.c). */
		bool broken = empty(c);

		if (broken)
			schema(L, c->pos, _("an empty entry in '%s': remove it or fill it in"), f->key);
		else if (conv_scalar(L, f->elem, f, f->names, f->key, c, &l->v[k]))
			k++;
		else
			broken = true;
		if (broken) {
			if (!path)
				path = join_where(L, where, f->key);
			opp_diags_about(L->diags, OPP_ABOUT_BROKEN, path);
		}
	}
	l->n = k;
	if ((f->flags & OPP_F_NONEMPTY) && n->n == 0)
		schema(L, n->pos, _("'%s' needs at least one entry"), f->key);
}

static void
fill_seq(struct fill *L, const struct opp_field *f, const struct opp_node *n, void *dst)
{
	struct {
		struct opp_hdr h;
		void *v;
		size_t n;
	} *seq = dst;
	size_t k = 0;

	seq->h.pos = n->pos;
	if (n->kind != OPP_NODE_SEQ) {
		schema(L, n->pos, _("'%s' must be a list (lines starting with '- ')"), f->key);
		return;
	}
	seq->h.set = true;
	seq->v = opp_arena_alloc(L->arena, n->n * f->shape->size);
	for (const struct opp_node *c = n->kids; c; c = c->next) {
		if (c->kind != OPP_NODE_MAP) {
			if (!glued(L, c))
				schema(L, c->pos, _("each entry of '%s' must be a mapping of keys"), f->key);
			continue;
		}
		fill_map(L, f->shape, c, (char *)seq->v + k * f->shape->size, f->key);
		k++;
	}
	seq->n = k;
	if ((f->flags & OPP_F_NONEMPTY) && n->n == 0)
		schema(L, n->pos, _("'%s' needs at least one entry"), f->key);
}

static void
fill_pairs(struct fill *L, const struct opp_field *f, const struct opp_node *n, void *dst)
{
	struct {
		struct opp_hdr h;
		struct opp_paar *v;
		size_t n;
	} *seq = dst;
	size_t k = 0;

	seq->h.pos = n->pos;
	if (n->kind != OPP_NODE_MAP) {
		schema(L, n->pos, _("'%s' must be a mapping (key: value lines)"), f->key);
		return;
	}
	seq->h.set = true;
	seq->v = opp_arena_alloc(L->arena, (n->n / 2) * sizeof(*seq->v));
	for (const struct opp_node *c = n->kids; c && c->next; c = c->next->next) {
		struct opp_paar *p = &seq->v[k];
		p->h.pos = c->pos;
		p->h.set = true;
		if (conv_scalar(L, f->elem, NULL, NULL, f->key, c, &p->key) &&
		    conv_scalar(L, OPP_T_ENUM, NULL, f->names, f->key, c->next, &p->value))
			k++;
	}
	seq->n = k;
}

static void
fill_map(struct fill *L, const struct opp_shape *sh, const struct opp_node *map, void *dst, const char *where)
{
	struct opp_hdr *h = dst;
	const char *known[40];
	uint64_t seen = 0, written = 0;
	size_t nf = 0, nmisspelt = 0;
	struct misspelling {
		size_t diag;         /* the unknown key's finding */
		const char *section; /* the key it resembles */
	} misspelt[8];
	/* A field's index is its bit in seen; test_load.c (shapes_fit)
	 * checks that no shape in model.c has more fields than known holds. */
	_Static_assert(sizeof(known) / sizeof(*known) <= sizeof(seen) * 8, "a bit in seen for every field");

	for (const struct opp_field *f = sh->fields; f->key; f++) {
		if (f->type < OPP_T_LIST) {
			struct opp_val *v = (struct opp_val *)((char *)dst + f->off);
			v->i = f->def;
			v->pos = map->pos;
		} else {
			((struct opp_hdr *)((char *)dst + f->off))->pos = map->pos;
		}
		if (nf < 40)
			known[nf] = f->key;
		nf++;
	}
	h->pos = map->pos;
	if (map->kind != OPP_NODE_MAP) {
		if (glued(L, map) || colonless(L, sh, map))
			;
		else if (*where)
			schema(L, map->pos, _("'%s' must be a mapping of keys, not %s"), where,
			       kind_name(map));
		else if (opp_node_null(map))
			schema(L, map->pos,
			       _("the file is empty: a case file starts with 'opp: 1' and 'leerling:'"));
		else
			schema(L, map->pos,
			       _("a case file must be a mapping of keys (opp: 1, leerling: ...), not %s"),
			       kind_name(map));
		return;
	}
	h->set = true;
	for (const struct opp_node *k = map->kids; k && k->next; k = k->next->next) {
		const struct opp_node *v = k->next;
		const struct opp_field *f;
		size_t idx = 0;
		void *at;

		if (strncmp(k->s, "x-", 2) == 0)
			continue; /* free extensions */
		/* The first byte settles most comparisons without a call:
		 * this runs for every key of every file. */
		for (f = sh->fields; f->key && (f->key[0] != k->s[0] || strcmp(f->key, k->s) != 0); f++)
			idx++;
		if (!f->key && !opp_yaml_key_shaped(k->s)) {
			/* A paragraph typed without |: free text, often about
			 * the family, never repeated in a message. */
			schema(L, k->pos,
			       _("line %u holds text where a key is expected (a multi-line text needs `|`)"),
			       (unsigned)k->pos.line);
			continue;
		}
		if (!f->key) {
			const char *sug = opp_suggest(k->s, known, nf < 40 ? nf : 40);
			char shown[48];
			shorten(shown, sizeof(shown), k->s);
			if (sug) {
				opp_diags_add(L->diags, OPP_RULE_SCHEMA, OPP_SEV_ERROR, k->pos,
				              _("unknown key '%s' in %s: did you mean '%s'?"), shown,
				              *where ? where : _("the top level"), sug);
				/* A misspelt section, if it turns out to be absent. */
				if (!*where && nmisspelt < sizeof(misspelt) / sizeof(*misspelt))
					misspelt[nmisspelt++] = (struct misspelling){L->diags->n - 1, sug};
			} else
				opp_diags_add(L->diags, OPP_RULE_SCHEMA, OPP_SEV_ERROR, k->pos,
				              _("unknown key '%s' in %s (keys of your own start with x-)"),
				              shown, *where ? where : _("the top level"));
			continue;
		}
		seen |= UINT64_C(1) << idx;
		at = (char *)dst + f->off;
		if (!empty(v))
			written |= UINT64_C(1) << idx;
		if (empty(v)) {
			if (f->flags & OPP_F_REQUIRED)
				schema(L, v->pos, _("'%s' has no value: fill it in"), f->key);
			if (f->type >= OPP_T_LIST)
				((struct opp_hdr *)at)->pos = k->pos;
			else
				((struct opp_val *)at)->pos = k->pos;
			continue;
		}
		switch (f->type) {
		case OPP_T_LIST: fill_list(L, f, v, at, where); break;
		case OPP_T_MAP: fill_map(L, f->shape, v, at, join_where(L, where, f->key)); break;
		case OPP_T_SEQ: fill_seq(L, f, v, at); break;
		case OPP_T_PAIRS: fill_pairs(L, f, v, at); break;
		case OPP_T_AKKOORD: fill_akkoord(L, f, v, at); break;
		default:
			conv_scalar(L, f->type, f, f->names, f->key, v, at);
			((struct opp_val *)at)->pos = v->pos;
		}
	}
	{
		size_t idx = 0;
		for (const struct opp_field *f = sh->fields; f->key; f++, idx++) {
			if ((f->flags & OPP_F_REQUIRED) && !(seen & (UINT64_C(1) << idx))) {
				opp_diags_add(L->diags, OPP_RULE_SCHEMA, OPP_SEV_ERROR, map->pos,
				              _("missing required key '%s' in %s"), f->key,
				              *where ? where : _("the top level"));
				if (!*where)
					opp_diags_about(L->diags, OPP_ABOUT_MISSING, f->key);
			}
			/* `doele:` explains what is missing without doelen (root
			 * causes, format/diag.c), unless doelen is there too. */
			for (size_t m = 0; m < nmisspelt; m++)
				if (strcmp(misspelt[m].section, f->key) == 0 &&
				    !(seen & (UINT64_C(1) << idx))) {
					struct opp_diag *g = &L->diags->v[misspelt[m].diag];
					g->about = OPP_ABOUT_MISSPELT;
					g->subject = xstrdup(f->key);
				}
		}
	}
	if (sh->any_of[0]) {
		/* e.g. a progress note: a value, a text, or both. A key that
		 * is written but wrong has its own finding already. */
		bool any = false;
		size_t idx = 0;
		for (const struct opp_field *f = sh->fields; f->key && !any; f++, idx++)
			for (const char *const *k = sh->any_of; *k && !any; k++)
				any = strcmp(f->key, *k) == 0 && (written & (UINT64_C(1) << idx));
		if (!any)
			opp_diags_add(L->diags, OPP_RULE_SCHEMA, OPP_SEV_ERROR, map->pos,
			              _("an entry of '%s' needs '%s' or '%s' (or both)"), sh->name,
			              sh->any_of[0], sh->any_of[1]);
	}
}

/* One agreement of a party: a date (agreement on that day, not bound to
 * a text) or a signature map {datum, handelingsdeel}. */
static bool
fill_akkoord_one(struct fill *L, const struct opp_field *f, const struct opp_node *n, struct opp_akkoord *a)
{
	a->h.pos = n->pos;
	a->h.set = true;
	if (n->kind == OPP_NODE_SCALAR)
		return conv_scalar(L, OPP_T_DATE, NULL, NULL, f->key, n, &a->datum);
	if (n->kind != OPP_NODE_MAP) {
		schema(L, n->pos,
		       _("an agreement in ondertekening.%s is a date or {datum, handelingsdeel}, not %s"),
		       f->key, kind_name(n));
		return false;
	}
	fill_map(L, f->shape, n, a, join_where(L, "ondertekening", f->key));
	return a->datum.s != NULL;
}

/* A party's agreements: one (a date or a signature), or a list of them,
 * oldest first. */
static void
fill_akkoord(struct fill *L, const struct opp_field *f, const struct opp_node *n, struct opp_akkoorden *a)
{
	size_t k = 0;

	a->h.pos = n->pos;
	a->h.set = true;
	if (n->kind != OPP_NODE_SEQ) {
		a->v = opp_arena_alloc(L->arena, sizeof(*a->v));
		a->n = fill_akkoord_one(L, f, n, &a->v[0]);
		return;
	}
	a->v = opp_arena_alloc(L->arena, n->n * sizeof(*a->v));
	for (const struct opp_node *c = n->kids; c; c = c->next) {
		if (empty(c)) {
			schema(L, c->pos, _("an empty entry in '%s': remove it or fill it in"), f->key);
			continue;
		}
		if (c->kind == OPP_NODE_SEQ) {
			schema(L, c->pos,
			       _("a list inside the list of ondertekening.%s: each entry is a date or "
			         "{datum, handelingsdeel}"),
			       f->key);
			continue;
		}
		if (fill_akkoord_one(L, f, c, &a->v[k]))
			k++;
	}
	a->n = k;
}

struct opp_doc *
opp_doc_load(const char *name, const char *text, size_t len, const struct opp_config *cfg,
             struct opp_diags *diags)
{
	struct opp_arena a;
	struct opp_doc *doc;
	struct opp_node *root;
	struct fill L;

	opp_arena_init(&a);
	doc = opp_arena_alloc(&a, sizeof(*doc));
	doc->arena = a;
	root = opp_yaml_parse(&doc->arena, text, len, diags);
	if (!root) {
		opp_doc_free(doc);
		return NULL;
	}
	L.arena = &doc->arena;
	L.diags = diags;
	L.cfg = cfg;
	fill_map(&L, &opp_doc_shape, root, doc, "");
	doc->name = opp_arena_strdup(&doc->arena, name ? name : "-");
	if (doc->opp.s && doc->opp.i != 1)
		opp_diags_add(diags, OPP_RULE_SCHEMA, OPP_SEV_ERROR, doc->opp.pos,
		              _("format version %d is not supported: this opp reads version 1"),
		              (int)doc->opp.i);
	opp_doc_index(doc);
	return doc;
}
