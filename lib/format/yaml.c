/*
 * yaml — libyaml events → a small tree of nodes with positions.
 *
 * libyaml's event parser is used because its document API loses alias
 * positions and aborts when called again after a failure; building our
 * own tree also lets us refuse what the format refuses as we go, and stop
 * at once on hostile nesting (libyaml 0.2.5 spends quadratic time on deep
 * nesting and has no limit of its own). This is the only file that
 * includes yaml.h.
 */
#include "format/yaml.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <yaml.h>

#include "base/i18n.h"
#include "base/utf8.h"
#include "format/ruleset.h"
#include "format/yaml_hint.h"

static struct opp_pos
mark_pos(yaml_mark_t m)
{
	struct opp_pos p = {(uint32_t)m.line + 1, (uint32_t)m.column + 1};
	return p;
}

/* Line and column (in characters) of a byte offset: libyaml's reader
 * errors (invalid UTF-8) only give the offset. Lines end in LF, CRLF or
 * a lone CR, as they do for libyaml. */
static struct opp_pos
offset_pos(const char *text, size_t len, size_t off)
{
	struct opp_pos p = {1, 1};
	size_t start = 0; /* of the line off is on */

	if (off > len)
		off = len;
	for (size_t i = 0; i < off; i++) {
		char c = text[i];
		if (c == '\n' || (c == '\r' && !(i + 1 < len && text[i + 1] == '\n'))) {
			p.line++;
			start = i + 1;
		}
	}
	p.col += (uint32_t)opp_utf8_chars(text + start, off - start);
	return p;
}

bool
opp_yaml_key_shaped(const char *s)
{
	size_t n = 0;

	while (s[n] > ' ' && s[n] < 0x7F)
		n++;
	return n > 0 && n <= OPP_KEY_SHAPE_MAX && s[n] == '\0';
}

/* ---- U+2028, U+2029 and U+0085 -----------------------------------------
 * YAML 1.2 reads them as ordinary characters; libyaml (YAML 1.1) as line
 * breaks: a later line number shifts, a quoted value gets a space
 * instead, "a: x<U+2028>b: 1" becomes two keys and a valid plain or
 * block value is refused. So before parsing each is replaced by a
 * stand-in of the same length in bytes and characters, which the file
 * does not hold, not even as an escape (its hex digits do not occur),
 * and each scalar gets the original back. Positions stay exact. */

struct standin {
	const char *orig; /* the character's UTF-8 */
	size_t n;         /* its length: 3, 3, 2 */
	uint32_t first;   /* where the search for a stand-in starts */
	char ph[4];       /* the stand-in's UTF-8, when used */
	bool used;
};

/* find() is not POSIX: the first pat[0..n) in s[0..len), or NULL. */
static char *
find(const char *s, size_t len, const char *pat, size_t n)
{
	for (const char *p = s; len >= n && (p = memchr(p, pat[0], len - n + 1 - (size_t)(p - s))); p++)
		if (memcmp(p, pat, n) == 0)
			return (char *)p;
	return NULL;
}

static bool
contains_ci(const char *text, size_t len, const char *pat, size_t n)
{
	for (size_t i = 0; i + n <= len; i++)
		if (strncasecmp(text + i, pat, n) == 0)
			return true;
	return false;
}

static bool
pick_standin(struct standin *st, const char *text, size_t len)
{
	for (uint32_t cp = st->first; cp < st->first + 64; cp++) {
		char hex[9];

		if (opp_utf8_encode(cp, st->ph) != st->n) /* the same length in bytes */
			break;
		snprintf(hex, sizeof(hex), "%04X", (unsigned)cp);
		if (!find(text, len, st->ph, st->n) && !contains_ci(text, len, hex, 4))
			return true;
	}
	return false;
}

/* A copy of text with the stand-ins in (caller frees), or NULL when the
 * text holds none of the three characters. */
static char *
standins_in(struct standin *st, const char *text, size_t len)
{
	char *copy = NULL;

	for (int k = 0; k < 3; k++) {
		if (!find(text, len, st[k].orig, st[k].n) || !pick_standin(&st[k], text, len))
			continue;
		if (!copy) {
			copy = xmalloc(len ? len : 1);
			memcpy(copy, text, len);
		}
		st[k].used = true;
		for (char *p = copy; (p = find(p, len - (size_t)(p - copy), st[k].orig, st[k].n));
		     p += st[k].n)
			memcpy(p, st[k].ph, st[k].n);
	}
	return copy;
}

static void
standins_out(const struct standin *st, char *s, size_t len)
{
	for (int k = 0; k < 3; k++)
		if (st[k].used)
			for (char *p = s; (p = find(p, len - (size_t)(p - s), st[k].ph, st[k].n));
			     p += st[k].n)
				memcpy(p, st[k].orig, st[k].n);
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
	const char *text; /* what libyaml reads */
	size_t len, bom;  /* its length; bytes skipped before it (a BOM) */
	size_t ci, bi;    /* a character index of libyaml's marks and its byte offset */
	struct opp_diags *diags;
	struct frame stack[OPP_MAX_DEPTH + 1];
	int depth;
	size_t nodes;
	struct opp_node *root;
	bool failed;
};

/* The byte offset of a mark's character index: libyaml counts
 * characters (a CRLF as two), the editor (edit.c) needs bytes. Marks
 * come nearly in order, so one cursor walks the text forward (and back a
 * little) in linear time. Only for opp_yaml_parse_offsets(): the other
 * readers never look at a node's bytes. */
static size_t
mark_byte(struct parse *ps, size_t index)
{
	/* Eight ASCII bytes are eight characters: most of a case file. */
	while (ps->ci + 8 <= index && ps->bi + 9 <= ps->len) {
		uint64_t w;
		memcpy(&w, ps->text + ps->bi + 1, 8);
		if (w & UINT64_C(0x8080808080808080))
			break;
		ps->bi += 8;
		ps->ci += 8;
	}
	while (ps->ci < index && ps->bi < ps->len) {
		ps->bi = opp_utf8_step(ps->text, ps->len, ps->bi);
		ps->ci++;
	}
	while (ps->ci > index && ps->bi > 0) {
		ps->bi = opp_utf8_step_back(ps->text, ps->bi);
		ps->ci--;
	}
	return ps->bom + ps->bi;
}

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

/* A key that is not shaped like one is text typed where a key was
 * expected (a paragraph without |): never repeated in a message. */
static void
duplicate(struct parse *ps, const struct opp_node *dup, const struct opp_node *first)
{
	if (opp_yaml_key_shaped(dup->s))
		fail(ps, dup->pos, _("duplicate key '%s' (first at line %u): keep one of them"), dup->s,
		     (unsigned)first->pos.line);
	else
		fail(ps, dup->pos,
		     _("the text used as a key here is also a key at line %u: keep one of them (a "
		       "multi-line text needs `|`)"),
		     (unsigned)first->pos.line);
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
					duplicate(ps, a, b);
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
			duplicate(ps, keys[i], keys[i - 1]);
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
		fail(ps, node->pos,
		     _("more than %d values in one file: the file is too big to be a case file"),
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
			fail(ps, node->pos, _("merge keys ('%s') are not supported: write the keys out"),
			     "<<");
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
refuse_props(struct parse *ps, const yaml_event_t *ev, const yaml_char_t *anchor, const yaml_char_t *tag)
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

/* The likely mistake, in words people understand (yaml_hint.h). */
static bool
hint(struct parse *ps, const yaml_parser_t *p, const char *text, size_t len)
{
	struct opp_yaml_error e = {p->problem, p->context, mark_pos(p->problem_mark),
	                           mark_pos(p->context_mark)};
	struct opp_buf msg = OPP_BUF_INIT;
	struct opp_pos pos;
	bool found = opp_yaml_hint(text, len, &e, &pos, &msg);

	if (found)
		fail(ps, pos, "%s", msg.ptr);
	opp_buf_release(&msg);
	return found;
}

static void
yaml_failed(struct parse *ps, const yaml_parser_t *p, const char *text, size_t len)
{
	struct opp_pos pos;
	char what[256];

	switch (p->error) {
	case YAML_MEMORY_ERROR:
		fail(ps, (struct opp_pos){1, 1}, _("out of memory while reading YAML"));
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
		if (hint(ps, p, text, len))
			return;
		pos = mark_pos(p->problem_mark);
		{
			/* At the end of the stream libyaml's mark is one line past
			 * the last: point at the last line instead. */
			struct opp_pos end = offset_pos(text, len, len);
			if (len && (text[len - 1] == '\n' || text[len - 1] == '\r') && end.line > 1)
				end.line--;
			if (pos.line > end.line) {
				/* e.g. an unclosed quote: where it started says more */
				if (p->context && p->context_mark.line < (size_t)end.line)
					pos = mark_pos(p->context_mark);
				else
					pos = (struct opp_pos){end.line, 1};
			}
		}
		if (p->context)
			snprintf(what, sizeof(what), "%s %s", p->context, p->problem ? p->problem : "");
		else
			snprintf(what, sizeof(what), "%s", p->problem ? p->problem : "error");
		fail(ps, pos, _("invalid YAML: %s"), what);
	}
}

/* The marks, character indices while parsing, as bytes: in document
 * order, so mark_byte's cursor only moves forward (and back a little). */
static void
to_bytes(struct parse *ps, struct opp_node *n)
{
	n->start = mark_byte(ps, n->start);
	for (struct opp_node *k = n->kids; k; k = k->next)
		to_bytes(ps, k);
	n->end = mark_byte(ps, n->end);
}

static struct opp_node *
parse_tree(struct opp_arena *arena, const char *text, size_t len, struct opp_diags *diags, bool offsets)
{
	struct parse ps = {.arena = arena, .diags = diags};
	struct standin st[3] = {{"\xE2\x80\xA8", 3, 0xE000, "", false},
	                        {"\xE2\x80\xA9", 3, 0xE100, "", false},
	                        {"\xC2\x85", 2, 0x07C0, "", false}};
	char *copy;
	yaml_parser_t p;
	yaml_event_t ev;
	int docs = 0;
	bool done = false;

	if (len > OPP_MAX_FILE) {
		/* Callers read at most the limit + 1 bytes: say "more than". */
		fail(&ps, (struct opp_pos){1, 1},
		     _("the file is larger than %u MiB: a case file is a few kilobytes"),
		     OPP_MAX_FILE / (1024 * 1024));
		return NULL;
	}
	if (len >= 2 && (((unsigned char)text[0] == 0xFF && (unsigned char)text[1] == 0xFE) ||
	                 ((unsigned char)text[0] == 0xFE && (unsigned char)text[1] == 0xFF))) {
		fail(&ps, (struct opp_pos){1, 1}, _("the file is UTF-16: save it as UTF-8"));
		return NULL;
	}
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
		/* A BOM is tolerated; skipping it keeps first-line columns right. */
		text += 3;
		len -= 3;
		ps.bom = 3;
	}
	ps.text = text;
	ps.len = len;
	if (memchr(text, '\0', len)) {
		fail(&ps, offset_pos(text, len, (size_t)((const char *)memchr(text, '\0', len) - text)),
		     _("the file contains a NUL byte: it is not a text file"));
		return NULL;
	}

	copy = standins_in(st, text, len);
	yaml_parser_initialize(&p);
	yaml_parser_set_input_string(&p, (const unsigned char *)(copy ? copy : text), len);
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
				     _("a second YAML document ('%s'): a case file holds one document"),
				     "---");
			break;
		case YAML_ALIAS_EVENT:
			fail(&ps, mark_pos(ev.start_mark),
			     _("aliases (*%s) are not supported: write the value out in full"),
			     (const char *)ev.data.alias.anchor);
			break;
		case YAML_SCALAR_EVENT:
			if (refuse_props(&ps, &ev, ev.data.scalar.anchor, ev.data.scalar.tag))
				break;
			/* The text has no NUL (checked above): only a "\0" escape
			 * in double quotes makes one. */
			if (ev.data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE &&
			    memchr(ev.data.scalar.value, '\0', ev.data.scalar.length)) {
				/* A "\0" escape: keys and values are C strings from here on. */
				fail(&ps, mark_pos(ev.start_mark),
				     _("a NUL character (\\0) in a value is not allowed"));
				break;
			}
			if (ev.data.scalar.length > OPP_MAX_SCALAR) {
				fail(&ps, mark_pos(ev.start_mark),
				     _("a value longer than %u KiB: split it up or shorten it"),
				     OPP_MAX_SCALAR / 1024);
				break;
			}
			node = opp_arena_alloc(arena, sizeof(*node));
			node->kind = OPP_NODE_SCALAR;
			node->pos = mark_pos(ev.start_mark);
			node->s = opp_arena_strndup(arena, (const char *)ev.data.scalar.value,
			                            ev.data.scalar.length);
			node->len = ev.data.scalar.length;
			if (copy)
				standins_out(st, (char *)node->s, node->len);
			node->plain = ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
			node->start = ev.start_mark.index;
			node->end = ev.end_mark.index;
			append(&ps, node);
			break;
		case YAML_SEQUENCE_START_EVENT:
		case YAML_MAPPING_START_EVENT:
			if (ev.type == YAML_SEQUENCE_START_EVENT
			            ? refuse_props(&ps, &ev, ev.data.sequence_start.anchor,
			                           ev.data.sequence_start.tag)
			            : refuse_props(&ps, &ev, ev.data.mapping_start.anchor,
			                           ev.data.mapping_start.tag))
				break;
			if (ps.depth >= OPP_MAX_DEPTH) {
				fail(&ps, mark_pos(ev.start_mark),
				     _("nested more than %d levels deep: a case file is much flatter"),
				     OPP_MAX_DEPTH);
				break;
			}
			node = opp_arena_alloc(arena, sizeof(*node));
			node->kind = ev.type == YAML_MAPPING_START_EVENT ? OPP_NODE_MAP : OPP_NODE_SEQ;
			node->pos = mark_pos(ev.start_mark);
			node->s = "";
			node->start = node->end = ev.start_mark.index;
			node->flow = ev.type == YAML_MAPPING_START_EVENT
			                     ? ev.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
			                     : ev.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
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
			{
				struct frame *f = &ps.stack[ps.depth];
				f->node->end = f->node->flow || !f->last ? ev.end_mark.index : f->last->end;
			}
			if (ps.stack[ps.depth].node->kind == OPP_NODE_MAP)
				check_duplicates(&ps, ps.stack[ps.depth].node);
			break;
		case YAML_STREAM_END_EVENT: done = true; break;
		default: break;
		}
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&p);
	free(copy);
	if (ps.failed)
		return NULL;
	if (!ps.root) { /* an empty file */
		ps.root = opp_arena_alloc(arena, sizeof(*ps.root));
		ps.root->kind = OPP_NODE_SCALAR;
		ps.root->pos = (struct opp_pos){1, 1};
		ps.root->s = "";
		ps.root->plain = true;
		ps.root->start = ps.root->end = 0;
	}
	if (offsets)
		to_bytes(&ps, ps.root);
	return ps.root;
}

struct opp_node *
opp_yaml_parse(struct opp_arena *arena, const char *text, size_t len, struct opp_diags *diags)
{
	return parse_tree(arena, text, len, diags, false);
}

struct opp_node *
opp_yaml_parse_offsets(struct opp_arena *arena, const char *text, size_t len, struct opp_diags *diags)
{
	return parse_tree(arena, text, len, diags, true);
}
