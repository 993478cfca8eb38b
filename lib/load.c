/*
 * load — libyaml events → node tree → typed model.
 *
 * libyaml's event parser is used because its document API loses alias
 * positions and aborts when called again after a failure; building our
 * own tree also lets us refuse what the format refuses as we go, and stop
 * at once on hostile nesting (libyaml 0.2.5 spends quadratic time on deep
 * nesting and has no limit of its own).
 */
#include "load.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "date.h"
#include "i18n.h"
#include "rules.h"

static struct opp_pos
mark_pos(yaml_mark_t m)
{
	struct opp_pos p = { (uint32_t)m.line + 1, (uint32_t)m.column + 1 };
	return p;
}

/* Line and column (in characters) of a byte offset: libyaml's reader
 * errors (invalid UTF-8) only give the offset. */
static struct opp_pos
offset_pos(const char *text, size_t len, size_t off)
{
	struct opp_pos p = { 1, 1 };

	if (off > len)
		off = len;
	for (size_t i = 0; i < off; i++) {
		unsigned char c = (unsigned char)text[i];
		if (c == '\n') {
			p.line++;
			p.col = 1;
		} else if ((c & 0xC0) != 0x80) {
			p.col++;
		}
	}
	return p;
}

bool
opp_node_null(const struct opp_node *n)
{
	if (n->kind != OPP_NODE_SCALAR || !n->plain)
		return false;
	switch (n->len) { /* asked for every value: look at the length first */
	case 0: return true;
	case 1: return n->s[0] == '~';
	case 4: return strcmp(n->s, "null") == 0 || strcmp(n->s, "Null") == 0 || strcmp(n->s, "NULL") == 0;
	default: return false;
	}
}

/* ---- YAML → tree ------------------------------------------------------ */

struct frame {
	struct opp_node *node;
	struct opp_node *last; /* last child, for appending */
};

struct parse {
	struct opp_arena *arena;
	struct opp_diags *diags;
	struct frame stack[OPP_MAX_DEPTH + 1];
	int depth;
	size_t nodes;
	struct opp_node *root;
	bool failed;
};

static void fail(struct parse *ps, struct opp_pos pos, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Only the first syntax problem is reported: after it, libyaml's state
 * (and ours) says nothing reliable about the rest of the file. */
static void
fail(struct parse *ps, struct opp_pos pos, const char *fmt, ...)
{
	va_list ap;

	if (!ps->failed) {
		va_start(ap, fmt);
		opp_diags_vadd(ps->diags, OPP_RULE_SYNTAX, OPP_SEV_ERROR, pos, fmt, ap);
		va_end(ap);
	}
	ps->failed = true;
}

static int
cmp_key(const void *a, const void *b)
{
	const struct opp_node *x = *(const struct opp_node *const *)a;
	const struct opp_node *y = *(const struct opp_node *const *)b;
	int c;

	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	c = memcmp(x->s, y->s, x->len);
	if (c)
		return c;
	if (x->pos.line != y->pos.line)
		return x->pos.line < y->pos.line ? -1 : 1;
	return x->pos.col < y->pos.col ? -1 : x->pos.col > y->pos.col;
}

/* libyaml accepts duplicate keys; the format does not. Sorting makes
 * this O(n log n) even for a hostile mapping with thousands of keys. */
static void
check_duplicates(struct parse *ps, const struct opp_node *map)
{
	size_t n = map->n / 2, k = 0;
	const struct opp_node **keys;

	if (n < 2)
		return;
	if (n <= 16) { /* most mappings: compare pairs, no allocation */
		const struct opp_node *a = map->kids;
		for (; a && a->next; a = a->next->next)
			for (const struct opp_node *b = map->kids; b != a; b = b->next->next)
				if (a->len == b->len && memcmp(a->s, b->s, a->len) == 0) {
					fail(ps, a->pos, _("duplicate key '%s' (first at line %u): keep one of them"),
					     a->s, (unsigned)b->pos.line);
					return;
				}
		return;
	}
	keys = xmalloc(n * sizeof(*keys));
	for (const struct opp_node *c = map->kids; c && c->next; c = c->next->next)
		keys[k++] = c;
	qsort(keys, k, sizeof(*keys), cmp_key);
	for (size_t i = 1; i < k; i++) {
		if (keys[i]->len == keys[i - 1]->len &&
		    memcmp(keys[i]->s, keys[i - 1]->s, keys[i]->len) == 0) {
			fail(ps, keys[i]->pos, _("duplicate key '%s' (first at line %u): keep one of them"),
			     keys[i]->s, (unsigned)keys[i - 1]->pos.line);
			break;
		}
	}
	free(keys);
}

static void
append(struct parse *ps, struct opp_node *node)
{
	struct frame *f;

	if (++ps->nodes > OPP_MAX_NODES) {
		fail(ps, node->pos, _("more than %d values in one file: the file is too big to be a case file"),
		     OPP_MAX_NODES);
		return;
	}
	if (ps->depth == 0) {
		ps->root = node;
		return;
	}
	f = &ps->stack[ps->depth - 1];
	if (f->node->kind == OPP_NODE_MAP && f->node->n % 2 == 0) {
		if (node->kind != OPP_NODE_SCALAR) {
			fail(ps, node->pos, _("a key must be plain text, not a %s"),
			     node->kind == OPP_NODE_MAP ? _("mapping") : _("list"));
			return;
		}
		if (node->plain && strcmp(node->s, "<<") == 0) {
			fail(ps, node->pos, _("merge keys ('%s') are not supported: write the keys out"), "<<");
			return;
		}
	}
	if ((f->node->kind == OPP_NODE_MAP ? f->node->n / 2 : f->node->n) >= OPP_MAX_ITEMS) {
		fail(ps, node->pos, _("more than %d entries in one mapping or list"), OPP_MAX_ITEMS);
		return;
	}
	if (f->last)
		f->last->next = node;
	else
		f->node->kids = node;
	f->last = node;
	f->node->n++;
}

static bool
refuse_props(struct parse *ps, const yaml_event_t *ev, const yaml_char_t *anchor,
             const yaml_char_t *tag)
{
	struct opp_pos pos = mark_pos(ev->start_mark);

	if (anchor) {
		fail(ps, pos, _("anchors (&%s) are not supported: write the value out in full"),
		     (const char *)anchor);
		return true;
	}
	if (tag) {
		fail(ps, pos, _("tags (%s) are not supported: remove the tag"), (const char *)tag);
		return true;
	}
	return false;
}

static void
yaml_failed(struct parse *ps, const yaml_parser_t *p, const char *text, size_t len)
{
	struct opp_pos pos;
	char what[256];

	switch (p->error) {
	case YAML_MEMORY_ERROR:
		fail(ps, (struct opp_pos){ 1, 1 }, _("out of memory while reading YAML"));
		return;
	case YAML_READER_ERROR:
		/* Reader errors leave problem_mark at 0:0; the offset is right. */
		pos = offset_pos(text, len, p->problem_offset);
		if (p->problem_value != -1 && p->problem_value > 0xFF)
			snprintf(what, sizeof(what), "%s (U+%04X)", p->problem, (unsigned)p->problem_value);
		else if (p->problem_value != -1)
			snprintf(what, sizeof(what), "%s (byte 0x%02X)", p->problem,
			         (unsigned)p->problem_value & 0xFF);
		else
			snprintf(what, sizeof(what), "%s", p->problem);
		fail(ps, pos, _("not valid UTF-8 text: %s; save the file as UTF-8"), what);
		return;
	default:
		pos = mark_pos(p->problem_mark);
		{
			/* At the end of the stream libyaml's mark is one line past
			 * the last: point at the last line instead. */
			struct opp_pos end = offset_pos(text, len, len);
			if (len && text[len - 1] == '\n' && end.line > 1)
				end.line--;
			if (pos.line > end.line) {
				/* e.g. an unclosed quote: where it started says more */
				if (p->context && p->context_mark.line < (size_t)end.line)
					pos = mark_pos(p->context_mark);
				else
					pos = (struct opp_pos){ end.line, 1 };
			}
		}
		if (p->context)
			snprintf(what, sizeof(what), "%s %s", p->context, p->problem ? p->problem : "");
		else
			snprintf(what, sizeof(what), "%s", p->problem ? p->problem : "error");
		fail(ps, pos, _("invalid YAML: %s"), what);
	}
}

struct opp_node *
opp_yaml_parse(struct opp_arena *arena, const char *text, size_t len, struct opp_diags *diags)
{
	struct parse ps = { .arena = arena, .diags = diags };
	yaml_parser_t p;
	yaml_event_t ev;
	int docs = 0;
	bool done = false;

	if (len > OPP_MAX_FILE) {
		/* Callers read at most the limit + 1 bytes: say "more than". */
		fail(&ps, (struct opp_pos){ 1, 1 },
		     _("the file is larger than %u MiB: a case file is a few kilobytes"),
		     OPP_MAX_FILE / (1024 * 1024));
		return NULL;
	}
	if (len >= 2 && (((unsigned char)text[0] == 0xFF && (unsigned char)text[1] == 0xFE) ||
	                 ((unsigned char)text[0] == 0xFE && (unsigned char)text[1] == 0xFF))) {
		fail(&ps, (struct opp_pos){ 1, 1 }, _("the file is UTF-16: save it as UTF-8"));
		return NULL;
	}
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
		/* A BOM is tolerated; skipping it keeps first-line columns right. */
		text += 3;
		len -= 3;
	}
	if (memchr(text, '\0', len)) {
		fail(&ps, offset_pos(text, len, (size_t)((const char *)memchr(text, '\0', len) - text)),
		     _("the file contains a NUL byte: it is not a text file"));
		return NULL;
	}

	yaml_parser_initialize(&p);
	yaml_parser_set_input_string(&p, (const unsigned char *)text, len);
	yaml_parser_set_encoding(&p, YAML_UTF8_ENCODING);

	while (!done && !ps.failed) {
		struct opp_node *node;

		if (!yaml_parser_parse(&p, &ev)) {
			yaml_failed(&ps, &p, text, len);
			break;
		}
		switch (ev.type) {
		case YAML_DOCUMENT_START_EVENT:
			if (++docs > 1)
				fail(&ps, mark_pos(ev.start_mark),
				     _("a second YAML document ('%s'): a case file holds one document"), "---");
			break;
		case YAML_ALIAS_EVENT:
			fail(&ps, mark_pos(ev.start_mark),
			     _("aliases (*%s) are not supported: write the value out in full"),
			     (const char *)ev.data.alias.anchor);
			break;
		case YAML_SCALAR_EVENT:
			if (refuse_props(&ps, &ev, ev.data.scalar.anchor, ev.data.scalar.tag))
				break;
			if (memchr(ev.data.scalar.value, '\0', ev.data.scalar.length)) {
				/* A "\0" escape: keys and values are C strings from here on. */
				fail(&ps, mark_pos(ev.start_mark), _("a NUL character (\\0) in a value is not allowed"));
				break;
			}
			if (ev.data.scalar.length > OPP_MAX_SCALAR) {
				fail(&ps, mark_pos(ev.start_mark),
				     _("a value longer than %u KiB: split it up or shorten it"), OPP_MAX_SCALAR / 1024);
				break;
			}
			node = opp_arena_alloc(arena, sizeof(*node));
			node->kind = OPP_NODE_SCALAR;
			node->pos = mark_pos(ev.start_mark);
			node->s = opp_arena_strndup(arena, (const char *)ev.data.scalar.value,
			                            ev.data.scalar.length);
			node->len = ev.data.scalar.length;
			node->plain = ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
			append(&ps, node);
			break;
		case YAML_SEQUENCE_START_EVENT:
		case YAML_MAPPING_START_EVENT:
			if (ev.type == YAML_SEQUENCE_START_EVENT
			        ? refuse_props(&ps, &ev, ev.data.sequence_start.anchor, ev.data.sequence_start.tag)
			        : refuse_props(&ps, &ev, ev.data.mapping_start.anchor, ev.data.mapping_start.tag))
				break;
			if (ps.depth >= OPP_MAX_DEPTH) {
				fail(&ps, mark_pos(ev.start_mark),
				     _("nested more than %d levels deep: a case file is much flatter"), OPP_MAX_DEPTH);
				break;
			}
			node = opp_arena_alloc(arena, sizeof(*node));
			node->kind = ev.type == YAML_MAPPING_START_EVENT ? OPP_NODE_MAP : OPP_NODE_SEQ;
			node->pos = mark_pos(ev.start_mark);
			node->s = "";
			append(&ps, node);
			if (ps.failed)
				break;
			ps.stack[ps.depth].node = node;
			ps.stack[ps.depth].last = NULL;
			ps.depth++;
			break;
		case YAML_SEQUENCE_END_EVENT:
		case YAML_MAPPING_END_EVENT:
			ps.depth--;
			if (ps.stack[ps.depth].node->kind == OPP_NODE_MAP)
				check_duplicates(&ps, ps.stack[ps.depth].node);
			break;
		case YAML_STREAM_END_EVENT:
			done = true;
			break;
		default:
			break;
		}
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&p);
	if (ps.failed)
		return NULL;
	if (!ps.root) { /* an empty file */
		ps.root = opp_arena_alloc(arena, sizeof(*ps.root));
		ps.root->kind = OPP_NODE_SCALAR;
		ps.root->pos = (struct opp_pos){ 1, 1 };
		ps.root->s = "";
		ps.root->plain = true;
	}
	return ps.root;
}

/* ---- "did you mean" --------------------------------------------------- */

static size_t
distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), row[64];

	if (la >= 63 || lb >= 63)
		return SIZE_MAX;
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t prev = row[0];
		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t cur = row[j];
			size_t best = prev + (a[i - 1] != b[j - 1]);
			if (row[j] + 1 < best)
				best = row[j] + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			prev = cur;
		}
	}
	return row[lb];
}

const char *
opp_suggest(const char *s, const char *const *names, size_t n)
{
	const char *best = NULL;
	size_t bestd = SIZE_MAX, len = strlen(s);
	size_t limit = len <= 3 ? 1 : len <= 8 ? 2 : 3;

	for (size_t i = 0; i < n && names[i]; i++) {
		size_t d = distance(s, names[i]);
		if (d < bestd) {
			bestd = d;
			best = names[i];
		}
	}
	return bestd <= limit ? best : NULL;
}

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
	len = n - 4; /* room for "…" (3 bytes) and NUL */
	while (len > 0 && ((unsigned char)src[len] & 0xC0) == 0x80)
		len--;
	memcpy(dst, src, len);
	memcpy(dst + len, "\xE2\x80\xA6", 4);
	return dst;
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

static const char *
kind_name(const struct opp_node *n)
{
	return n->kind == OPP_NODE_MAP ? _("a mapping") : n->kind == OPP_NODE_SEQ ? _("a list") : _("a single value");
}

static bool
valid_id(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!(islower((unsigned char)*s) || isdigit((unsigned char)*s) || *s == '-'))
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

/* Convert one scalar node to the typed value; false after a finding. */
static bool
conv_scalar(struct fill *L, enum opp_ftype type, unsigned flags, const char *const *names,
            const char *key, const struct opp_node *n, struct opp_val *v)
{
	int32_t i = 0;
	int minutes;
	double d = 0;

	if (n->kind != OPP_NODE_SCALAR) {
		schema(L, n->pos, _("'%s' must be a single value, not %s"), key, kind_name(n));
		return false;
	}
	switch (type) {
	case OPP_T_STR:
		break;
	case OPP_T_ID:
		if (!valid_id(n->s)) {
			/* Often a person's name written where their id belongs:
			 * not repeated in the message (CI logs). */
			schema(L, n->pos, _("the value of '%s' is not a valid id: ids use only a-z, 0-9 "
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
		if ((flags & OPP_F_POSITIVE) && i <= 0) {
			schema(L, n->pos, _("'%s' must be more than zero"), key);
			return false;
		}
		break;
	case OPP_T_NUM:
		if (!n->plain || !parse_num(n->s, &d)) {
			schema(L, n->pos, _("'%s' must be a number such as 1250 or 99.50"), key);
			return false;
		}
		if ((flags & OPP_F_NONNEG) && d < 0) {
			schema(L, n->pos, _("'%s' must not be negative"), key);
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
	default:
		return false;
	}
	v->s = n->s;
	v->pos = n->pos;
	v->i = i;
	v->n = d;
	return true;
}

static void fill_map(struct fill *L, const struct opp_shape *sh, const struct opp_node *map,
                     void *dst, const char *where);

static void
fill_list(struct fill *L, const struct opp_field *f, const struct opp_node *n, struct opp_list *l)
{
	size_t k = 0;

	l->h.pos = n->pos;
	if (n->kind != OPP_NODE_SEQ) {
		schema(L, n->pos, _("'%s' must be a list (lines starting with '- ')"), f->key);
		return;
	}
	l->h.set = true;
	l->v = opp_arena_alloc(L->arena, n->n * sizeof(*l->v));
	for (const struct opp_node *c = n->kids; c; c = c->next) {
		if (opp_node_null(c)) {
			schema(L, c->pos, _("an empty entry in '%s': remove it or fill it in"), f->key);
			continue;
		}
		if (conv_scalar(L, f->elem, 0, f->names, f->key, c, &l->v[k]))
			k++;
	}
	l->n = k;
	if ((f->flags & OPP_F_NONEMPTY) && n->n == 0)
		schema(L, n->pos, _("'%s' needs at least one entry"), f->key);
}

static void
fill_seq(struct fill *L, const struct opp_field *f, const struct opp_node *n, void *dst)
{
	struct { struct opp_hdr h; void *v; size_t n; } *seq = dst;
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
	struct { struct opp_hdr h; struct opp_paar *v; size_t n; } *seq = dst;
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
		if (conv_scalar(L, f->elem, 0, NULL, f->key, c, &p->key) &&
		    conv_scalar(L, OPP_T_ENUM, 0, f->names, f->key, c->next, &p->value))
			k++;
	}
	seq->n = k;
}

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
fill_map(struct fill *L, const struct opp_shape *sh, const struct opp_node *map, void *dst,
         const char *where)
{
	struct opp_hdr *h = dst;
	const char *known[40];
	uint64_t seen = 0;
	size_t nf = 0;

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
		if (*where)
			schema(L, map->pos, _("'%s' must be a mapping of keys, not %s"), where, kind_name(map));
		else if (opp_node_null(map))
			schema(L, map->pos, _("the file is empty: a case file starts with 'opp: 1' and 'leerling:'"));
		else
			schema(L, map->pos, _("a case file must be a mapping of keys (opp: 1, leerling: ...), not %s"),
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
		for (f = sh->fields; f->key && strcmp(f->key, k->s) != 0; f++)
			idx++;
		if (!f->key) {
			const char *sug = opp_suggest(k->s, known, nf < 40 ? nf : 40);
			char shown[48];
			shorten(shown, sizeof(shown), k->s);
			if (sug)
				opp_diags_add(L->diags, OPP_RULE_SCHEMA, OPP_SEV_ERROR, k->pos,
				              _("unknown key '%s' in %s: did you mean '%s'?"), shown,
				              *where ? where : _("the top level"), sug);
			else
				opp_diags_add(L->diags, OPP_RULE_SCHEMA, OPP_SEV_ERROR, k->pos,
				              _("unknown key '%s' in %s (keys of your own start with x-)"), shown,
				              *where ? where : _("the top level"));
			continue;
		}
		seen |= UINT64_C(1) << idx;
		at = (char *)dst + f->off;
		if (opp_node_null(v)) {
			if (f->flags & OPP_F_REQUIRED)
				schema(L, v->pos, _("'%s' has no value: fill it in"), f->key);
			if (f->type >= OPP_T_LIST)
				((struct opp_hdr *)at)->pos = k->pos;
			else
				((struct opp_val *)at)->pos = k->pos;
			continue;
		}
		switch (f->type) {
		case OPP_T_LIST:
			fill_list(L, f, v, at);
			break;
		case OPP_T_MAP:
			fill_map(L, f->shape, v, at, join_where(L, where, f->key));
			break;
		case OPP_T_SEQ:
			fill_seq(L, f, v, at);
			break;
		case OPP_T_PAIRS:
			fill_pairs(L, f, v, at);
			break;
		default:
			conv_scalar(L, f->type, f->flags, f->names, f->key, v, at);
			((struct opp_val *)at)->pos = v->pos;
		}
	}
	{
		size_t idx = 0;
		for (const struct opp_field *f = sh->fields; f->key; f++, idx++)
			if ((f->flags & OPP_F_REQUIRED) && !(seen & (UINT64_C(1) << idx)))
				opp_diags_add(L->diags, OPP_RULE_SCHEMA, OPP_SEV_ERROR, map->pos,
				              _("missing required key '%s' in %s"), f->key,
				              *where ? where : _("the top level"));
	}
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
