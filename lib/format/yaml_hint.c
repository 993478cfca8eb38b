/*
 * yaml_hint — the likely mistake behind a libyaml error, from the source.
 *
 * Each recogniser below is one mistake: it checks libyaml's words (the
 * fixed English of libyaml 0.2.5, pinned by tests/unit/test_yaml_hint.c)
 * and the lines around the marks, and says what the mistake is, where,
 * and how to fix it. Lines are read the way libyaml counts them (LF, CRLF
 * or a lone CR); columns are characters, as in libyaml's marks.
 */
#include "format/yaml_hint.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/i18n.h"
#include "base/utf8.h"

/* libyaml's words, as far as a recogniser depends on them. */
#define P_MAPPING_VALUES "mapping values are not allowed in this context"
#define P_MAPPING_KEYS   "mapping keys are not allowed in this context"
#define P_BLOCK_SEQ      "block sequence entries are not allowed in this context"
#define P_NO_COLON       "could not find expected ':'"
#define P_NO_KEY         "did not find expected key"
#define P_NO_DASH        "did not find expected '-' indicator"
#define P_CANNOT_START   "found character that cannot start any token"
#define P_END_OF_STREAM  "found unexpected end of stream"
#define P_DOC_INDICATOR  "found unexpected document indicator"
#define P_BAD_ESCAPE     "found unknown escape character"
#define P_BAD_HEX        "did not find expected hexdecimal number"
#define P_BLOCK_HEADER   "did not find expected comment or line break"
#define C_SIMPLE_KEY     "while scanning a simple key"
#define C_BLOCK_MAPPING  "while parsing a block mapping"
#define C_BLOCK_LIST     "while parsing a block collection"
#define C_QUOTED_SCAN    "while scanning a quoted scalar"
#define C_QUOTED_PARSE   "while parsing a quoted scalar"
#define C_FLOW_LIST      "while parsing a flow sequence"
#define C_FLOW_MAP       "while parsing a flow mapping"
#define C_ALIAS          "while scanning an alias"
#define C_ANCHOR         "while scanning an anchor"
#define C_BLOCK_SCALAR   "while scanning a block scalar"
#define C_DIRECTIVE      "while scanning a directive"

/* Longer words are not named in messages: a key of a case file is short,
 * and a long "key" is most likely text typed where a key was expected. */
#define KEY_MAX 40

/* ---- the source as lines ----------------------------------------------- */

struct span {
	size_t start, end; /* byte offsets of a line's first byte and of its end */
};

struct src {
	const char *text;
	struct span *v; /* the lines */
	uint32_t n;
};

static void
src_init(struct src *s, const char *text, size_t len)
{
	size_t cap = 0, i = 0;

	s->text = text;
	s->v = NULL;
	s->n = 0;
	for (;;) {
		size_t stop = i;

		while (stop < len && text[stop] != '\n' && text[stop] != '\r')
			stop++;
		if (stop == len && i == len && s->n > 0)
			break; /* the file ends with a line break */
		xgrow(&s->v, &cap, (size_t)s->n + 1, sizeof(*s->v));
		s->v[s->n++] = (struct span){i, stop};
		if (stop == len)
			break;
		i = stop + (text[stop] == '\r' && stop + 1 < len && text[stop + 1] == '\n' ? 2 : 1);
	}
}

static void
src_release(struct src *s)
{
	free(s->v);
}

/* What a line holds, as far as the recognisers care. Columns are 1-based;
 * everything before the content is ASCII, so there bytes are columns. */
struct line {
	uint32_t no;          /* line number; 0: no such line */
	const char *p, *e;    /* its bytes */
	bool blank;           /* empty, white space or a comment only */
	unsigned indent;      /* white space before the first other character */
	unsigned tab_col;     /* column of a tab in that white space, or 0 */
	unsigned item_col;    /* column of the first "- " list indicator, or 0 */
	unsigned content_col; /* column after the indentation and any "- " */
	const char *key;      /* a key-shaped word followed by ':' and a space or the end, or NULL */
	int keylen;
	bool value;         /* the key has a value on this line */
	unsigned value_col; /* where it starts */
	bool block;         /* that value is '|' or '>': a text on the lines below */
	unsigned glued_col; /* "word:value" without a space: the column of its ':', or 0 */
	bool word;          /* the content is one key-shaped word, no ':' */
	unsigned word_end;  /* the column after that word */
};

static bool
word_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
	       c == '-';
}

static bool
rest_empty(const char *q, const char *e)
{
	while (q < e && (*q == ' ' || *q == '\t'))
		q++;
	return q == e || *q == '#';
}

static bool
get(const struct src *s, uint32_t no, struct line *l)
{
	const char *p, *e, *q, *w;

	memset(l, 0, sizeof(*l));
	if (no == 0 || no > s->n)
		return false;
	l->no = no;
	l->p = p = s->text + s->v[no - 1].start;
	l->e = e = s->text + s->v[no - 1].end;
	for (q = p; q < e && (*q == ' ' || *q == '\t'); q++)
		if (*q == '\t' && !l->tab_col)
			l->tab_col = (unsigned)(q - p) + 1;
	l->indent = (unsigned)(q - p);
	l->blank = rest_empty(q, e);
	while (q < e && *q == '-' && (q + 1 == e || q[1] == ' ' || q[1] == '\t')) {
		if (!l->item_col)
			l->item_col = (unsigned)(q - p) + 1;
		for (q++; q < e && (*q == ' ' || *q == '\t'); q++)
			;
	}
	l->content_col = (unsigned)(q - p) + 1;
	for (w = q; w < e && word_char(*w); w++)
		;
	if (w == q || w - q > KEY_MAX || *q == '-')
		return true;
	if (w < e && *w == ':' && (w + 1 == e || w[1] == ' ' || w[1] == '\t')) {
		l->key = q;
		l->keylen = (int)(w - q);
		for (w++; w < e && (*w == ' ' || *w == '\t'); w++)
			;
		if (w < e && *w != '#') {
			l->value = true;
			l->value_col = (unsigned)(w - p) + 1;
			if (*w == '|' || *w == '>') {
				const char *h = w + 1;
				while (h < e && (*h == '-' || *h == '+' || (*h >= '0' && *h <= '9')))
					h++;
				l->block = rest_empty(h, e);
			}
		}
	} else if (opp_yaml_glued(q, (size_t)(e - q))) {
		l->glued_col = (unsigned)(w - p) + 1;
	} else if (rest_empty(w, e)) {
		l->word = true;
		l->word_end = (unsigned)(w - p) + 1;
	}
	return true;
}

size_t
opp_yaml_glued(const char *s, size_t len)
{
	size_t n = 0;

	while (n < len && n <= KEY_MAX && word_char(s[n]))
		n++;
	if (n == 0 || n > KEY_MAX || s[0] == '-' || n + 1 >= len || s[n] != ':')
		return 0;
	/* not "::", nor a URL's "://" */
	if (s[n + 1] == ' ' || s[n + 1] == '\t' || s[n + 1] == ':' ||
	    (s[n + 1] == '/' && n + 2 < len && s[n + 2] == '/'))
		return 0;
	return n;
}

/* The nearest line before `no` that is not blank, or 0. */
static uint32_t
prev_content(const struct src *s, uint32_t no)
{
	struct line l;

	while (--no > 0)
		if (get(s, no, &l) && !l.blank)
			return no;
	return 0;
}

/* The nearest line before `no` indented less than `indent`: the one a
 * value or a text on line `no` belongs to. */
static uint32_t
parent(const struct src *s, uint32_t no, unsigned indent)
{
	struct line l;

	while (--no > 0)
		if (get(s, no, &l) && !l.blank && l.indent < indent)
			return no;
	return 0;
}

/* The byte at a position, or NULL past its line. */
static const char *
char_at(const struct src *s, struct opp_pos pos)
{
	struct line l;
	const char *q;
	uint32_t col = 1;

	if (!get(s, pos.line, &l))
		return NULL;
	for (q = l.p; q < l.e && col < pos.col; col++) {
		uint32_t cp;
		q += opp_utf8_next(q, (size_t)(l.e - q), &cp);
	}
	return q < l.e ? q : NULL;
}

/* The column of a byte of a line (characters, 1-based). */
static unsigned
col_of(const struct line *l, const char *q)
{
	return 1 + (unsigned)opp_utf8_chars(l->p, (size_t)(q - l->p));
}

/* ---- the levels open at a line ------------------------------------------
 * Walking up from a line, each line indented less than all lines after it
 * opens a level: a key (a mapping's column) or a list item (a list's).
 * These are the columns a line could have meant. */

struct level {
	unsigned col;
	uint32_t line;
	const char *key; /* NULL for a list item */
	int keylen;
	bool block; /* the key's value is a '|' or '>' text */
};

#define MAX_LEVELS 64

static size_t
levels(const struct src *s, uint32_t no, struct level *v)
{
	unsigned bound = UINT32_MAX;
	size_t n = 0;
	struct line l;

	while (--no > 0 && bound > 0 && n + 2 <= MAX_LEVELS) {
		if (!get(s, no, &l) || l.blank || l.indent >= bound)
			continue;
		bound = l.indent;
		if (l.key)
			v[n++] = (struct level){l.content_col, no, l.key, l.keylen, l.block};
		if (l.item_col)
			v[n++] = (struct level){l.item_col, no, NULL, 0, false};
	}
	return n;
}

/* The level of the kind (key or list item) closest to col; on a tie the
 * deeper one, which is the line nearer above. NULL when there is none. */
static const struct level *
nearest(const struct level *v, size_t n, bool item, unsigned col)
{
	const struct level *best = NULL;
	unsigned d = UINT32_MAX;

	for (size_t i = 0; i < n; i++) {
		unsigned di = v[i].col > col ? v[i].col - col : col - v[i].col;
		if ((v[i].key == NULL) == item && di < d) {
			best = &v[i];
			d = di;
		}
	}
	return best;
}

/* ---- the mistakes --------------------------------------------------------- */

static bool
is(const char *s, const char *want)
{
	return s && strcmp(s, want) == 0;
}

/* YAML allows no tab in indentation; libyaml says so in several ways. */
static bool
tab(const struct src *s, const struct opp_yaml_error *e, struct opp_pos *pos, struct opp_buf *msg)
{
	const char *c = char_at(s, e->at);
	uint32_t top = e->context && e->ctx.line < e->at.line ? e->ctx.line : e->at.line;
	struct line l;

	if (!strstr(e->problem, "tab") && !(c && *c == '\t'))
		return false;
	*pos = e->at;
	for (uint32_t no = e->at.line; no >= top && no > 0; no--)
		if (get(s, no, &l) && l.tab_col) {
			*pos = (struct opp_pos){no, l.tab_col};
			break;
		}
	opp_buf_puts(msg, _("a tab: use spaces to indent (YAML does not allow tabs for indentation)"));
	return true;
}

/* A quote opened and never closed: libyaml reads on to the end of the
 * file and says so there; the mistake is where the quote opened. */
static bool
open_quote(const struct src *s, const struct opp_yaml_error *e, struct opp_pos *pos, struct opp_buf *msg)
{
	const char *q;

	if (!is(e->context, C_QUOTED_SCAN) ||
	    !(is(e->problem, P_END_OF_STREAM) || is(e->problem, P_DOC_INDICATOR)))
		return false;
	q = char_at(s, e->ctx);
	if (!q || (*q != '"' && *q != '\''))
		return false;
	*pos = e->ctx;
	opp_buf_printf(msg, _("the quote %c opened here is never closed: end the text with %c"), *q, *q);
	return true;
}

/* Whether the bracket at q closes on its own line (quotes skipped). */
static bool
closes_on_line(const char *q, const char *e)
{
	int depth = 0;

	for (; q < e; q++) {
		if (*q == '"' || *q == '\'') {
			char quote = *q;
			while (++q < e && *q != quote)
				if (quote == '"' && *q == '\\' && q + 1 < e)
					q++;
			if (q == e)
				return false;
		} else if (*q == '[' || *q == '{') {
			depth++;
		} else if ((*q == ']' || *q == '}') && --depth == 0) {
			return true;
		}
	}
	return false;
}

/* A [list] or {mapping} on one line whose bracket is never closed. */
static bool
open_bracket(const struct src *s, const struct opp_yaml_error *e, struct opp_pos *pos, struct opp_buf *msg)
{
	const char *q;
	struct line l;

	if (!is(e->context, C_FLOW_LIST) && !is(e->context, C_FLOW_MAP))
		return false;
	q = char_at(s, e->ctx);
	if (!q || (*q != '[' && *q != '{') || !get(s, e->ctx.line, &l) || closes_on_line(q, l.e))
		return false;
	*pos = e->ctx;
	opp_buf_printf(msg, _("the %c opened here is never closed: close it with %c"), *q,
	               *q == '[' ? ']' : '}');
	return true;
}

/* A backslash between double quotes, as in a Windows path. */
static bool
escape(const struct src *s, const struct opp_yaml_error *e, struct opp_pos *pos, struct opp_buf *msg)
{
	const char *q = char_at(s, e->at), *b = NULL;
	struct line l;

	if (!is(e->context, C_QUOTED_PARSE) || !(is(e->problem, P_BAD_ESCAPE) || is(e->problem, P_BAD_HEX)) ||
	    !get(s, e->at.line, &l))
		return false;
	for (const char *r = l.p; r < (q ? q + 1 : l.e); r++)
		if (*r == '\\')
			b = r;
	*pos = b ? (struct opp_pos){l.no, col_of(&l, b)} : e->at;
	opp_buf_puts(msg, _("a backslash (\\) between double quotes starts an escape: put the text between "
	                    "single quotes ('...') instead, or write \\\\ for a backslash"));
	return true;
}

/* A plain text may not start with a character YAML reserves. */
static bool
reserved_start(const struct src *s, const struct opp_yaml_error *e, struct opp_pos *pos, struct opp_buf *msg)
{
	struct opp_pos at = e->at;
	const char *q;

	if (is(e->context, C_ALIAS) || is(e->context, C_ANCHOR) || is(e->context, C_DIRECTIVE))
		at = e->ctx;
	else if (is(e->context, C_BLOCK_SCALAR) && is(e->problem, P_BLOCK_HEADER))
		at = e->ctx;
	else if (!is(e->problem, P_CANNOT_START) && !is(e->problem, P_MAPPING_KEYS))
		return false;
	if (!(q = char_at(s, at)) || !strchr("@`%*&?|>", *q))
		return false;
	*pos = at;
	if (*q == '|' || *q == '>')
		opp_buf_printf(msg,
		               _("%c after a key starts a text on the lines below it: put the text on the "
		                 "next lines, indented, or between quotes (\"...\")"),
		               *q);
	else
		opp_buf_printf(msg, _("a text cannot start with %c: put it between quotes (\"...\")"), *q);
	return true;
}

/* "key: - item": a list must start on the line below its key. */
static bool
list_on_key_line(const struct src *s, const struct opp_yaml_error *e, struct opp_pos *pos,
                 struct opp_buf *msg)
{
	struct line l;

	if (!is(e->problem, P_BLOCK_SEQ) || !get(s, e->at.line, &l) || !l.key || e->at.col <= l.content_col)
		return false;
	*pos = e->at;
	opp_buf_printf(msg,
	               _("a list cannot start on the line of its key: put each item ('- ...') on a line "
	                 "of its own below '%.*s', indented"),
	               l.keylen, l.key);
	return true;
}

static void
no_space(struct opp_buf *msg, const struct line *l)
{
	const char *w = l->p + l->content_col - 1;

	opp_buf_printf(msg, _("no space after ':': write '%.*s: ' and then the value"),
	               (int)(l->p + l->glued_col - 1 - w), w);
}

/* Say that the key at line l should start in another column. */
static void
misindented(struct opp_buf *msg, const struct line *l, const struct level *lv)
{
	opp_buf_printf(msg,
	               _("the indentation does not match: '%.*s' starts in column %u, expected column %u, "
	                 "like '%.*s' on line %u"),
	               l->keylen, l->key, l->content_col, lv->col, lv->keylen, lv->key, (unsigned)lv->line);
}

/* A line of text where YAML expected a key, after line `prev`. */
static void
stray_text(struct opp_buf *msg, const struct src *s, uint32_t prev)
{
	struct line p;

	if (get(s, prev, &p) && p.key && p.value && !p.block)
		opp_buf_printf(msg,
		               _("this line is text where a key was expected: a text over several lines "
		                 "needs | (write '%.*s: |' and indent its lines below it)"),
		               p.keylen, p.key);
	else
		opp_buf_puts(msg,
		             _("this line is text where a key was expected: write 'key: value', or use | "
		               "for a text over several lines"));
}

static void
text_in_list(struct opp_buf *msg)
{
	opp_buf_puts(msg, _("this line is text inside a list: start a new item with '- ', or put the "
	                    "item's text between quotes to let it run on"));
}

static void
block_indent(struct opp_buf *msg, const struct level *lv)
{
	opp_buf_printf(msg,
	               _("the lines of the | text of '%.*s' (line %u) must be indented further than "
	                 "'%.*s', each at least as far as the first"),
	               lv->keylen, lv->key, (unsigned)lv->line, lv->keylen, lv->key);
}

/* "mapping values are not allowed": a ':' and a space where the value
 * is a plain text. Either in the text itself, or a key whose line libyaml
 * reads as the continuation of a text begun above. */
static bool
colon(const struct src *s, const struct opp_yaml_error *e, struct opp_pos *pos, struct opp_buf *msg)
{
	struct line l, p;
	uint32_t up;

	if (!is(e->problem, P_MAPPING_VALUES) || !get(s, e->at.line, &l))
		return false;
	*pos = e->at;
	if (l.key && l.value && e->at.col > l.value_col) {
		opp_buf_printf(msg,
		               _("the text of '%.*s' contains ': ', which YAML reads as a new key: put the "
		                 "text between quotes (\"...\")"),
		               l.keylen, l.key);
		return true;
	}
	if (l.key && e->at.col == l.content_col + (unsigned)l.keylen) {
		get(s, prev_content(s, l.no), &p);
		if (p.glued_col) { /* "ouders:2026-10-09" runs into this line */
			*pos = (struct opp_pos){p.no, p.glued_col};
			no_space(msg, &p);
			return true;
		}
		if (p.word && p.indent == l.indent) {
			*pos = (struct opp_pos){p.no, p.word_end};
			opp_buf_printf(msg, _("'%.*s' has no ':' after it: write '%.*s:'"),
			               (int)(p.word_end - p.content_col), p.p + p.content_col - 1,
			               (int)(p.word_end - p.content_col), p.p + p.content_col - 1);
			return true;
		}
		if (get(s, parent(s, l.no, l.indent), &p) && p.key && p.value) {
			*pos = (struct opp_pos){l.no, l.content_col};
			opp_buf_printf(msg,
			               _("the indentation does not match: '%.*s' starts in column %u, deeper "
			                 "than '%.*s' on line %u, which has a value already: start it in "
			                 "column %u, like that line"),
			               l.keylen, l.key, l.content_col, p.keylen, p.key, (unsigned)p.no,
			               p.content_col);
			return true;
		}
	}
	up = parent(s, l.no, l.indent);
	if (get(s, up, &p) && p.key && p.value && !p.block)
		opp_buf_printf(msg,
		               _("the text of '%.*s' (from line %u) contains ': ', which YAML reads as a new "
		                 "key: put the whole text between quotes, or write '%.*s: |' and indent its "
		                 "lines below it"),
		               p.keylen, p.key, (unsigned)p.no, p.keylen, p.key);
	else
		opp_buf_puts(msg, _("this text contains ': ', which YAML reads as a new key: put the text "
		                    "between quotes (\"...\")"));
	return true;
}

/* "could not find expected ':'": a line libyaml took for the start of a
 * key (its context mark) has no ':' by the end of the line, so it says so
 * on the next line. The mistake is on the line itself. */
static bool
no_colon(const struct src *s, const struct opp_yaml_error *e, struct opp_pos *pos, struct opp_buf *msg)
{
	struct line k, p;
	struct level lv[MAX_LEVELS];
	size_t n;

	if (!is(e->problem, P_NO_COLON) || !is(e->context, C_SIMPLE_KEY) || !get(s, e->ctx.line, &k))
		return false;
	if (k.glued_col) {
		*pos = (struct opp_pos){k.no, k.glued_col};
		no_space(msg, &k);
		return true;
	}
	*pos = (struct opp_pos){k.no, k.content_col};
	n = levels(s, k.no, lv);
	get(s, prev_content(s, k.no), &p);
	if (n && lv[0].block)
		block_indent(msg, &lv[0]);
	else if (p.item_col && k.indent + 1 >= p.item_col)
		text_in_list(msg);
	else
		stray_text(msg, s, p.no);
	return true;
}

/* A stray ']' or '}', or text after a closing quote, on a key's line. */
static bool
after_value(const struct src *s, const struct opp_yaml_error *e, struct opp_pos *pos, struct opp_buf *msg)
{
	const char *q = char_at(s, e->at), *r;
	struct line l;

	if (!q || !get(s, e->at.line, &l))
		return false;
	if (*q == ']' || *q == '}') {
		*pos = e->at;
		opp_buf_printf(msg, _("this %c closes nothing: remove it"), *q);
		return true;
	}
	for (r = q; r > l.p && (r[-1] == ' ' || r[-1] == '\t'); r--)
		;
	if (r == l.p || (r[-1] != '"' && r[-1] != '\'') || !memchr(l.p, r[-1], (size_t)(r - 1 - l.p)))
		return false;
	*pos = e->at;
	opp_buf_puts(msg, r[-1] == '"' ? _("text after the closing quote: put quotes around the whole text "
	                                   "only, and inside \"...\" write \\\" for a quote")
	                               : _("text after the closing quote: put quotes around the whole text "
	                                   "only, and inside '...' write '' for an apostrophe"));
	return true;
}

/* A line that fits no level: a key or a list item in the wrong column,
 * or text where a key (or, in a list, a '-') was expected. */
static bool
misplaced(const struct src *s, const struct opp_yaml_error *e, struct opp_pos *pos, struct opp_buf *msg)
{
	bool in_list = is(e->context, C_BLOCK_LIST);
	struct level lv[MAX_LEVELS];
	const struct level *best;
	struct line l;
	size_t n;

	if (!((is(e->problem, P_NO_KEY) && is(e->context, C_BLOCK_MAPPING)) ||
	      (is(e->problem, P_NO_DASH) && in_list)))
		return false;
	if (!in_list && after_value(s, e, pos, msg))
		return true;
	if (!get(s, e->at.line, &l) || (e->at.col != l.content_col && e->at.col != l.item_col))
		return false;
	n = levels(s, l.no, lv);
	if (l.item_col && e->at.col == l.item_col) {
		best = nearest(lv, n, true, l.item_col);
		if (!best || best->col == l.item_col)
			return false;
		*pos = e->at;
		opp_buf_printf(msg,
		               _("this list item starts in column %u, the list item on line %u in column %u: "
		                 "the items of one list start in the same column"),
		               l.item_col, (unsigned)best->line, best->col);
		return true;
	}
	*pos = (struct opp_pos){l.no, l.content_col};
	if (l.key) {
		best = nearest(lv, n, false, l.content_col);
		if (!best || best->col == l.content_col)
			return false;
		misindented(msg, &l, best);
	} else if (n && lv[0].block) {
		block_indent(msg, &lv[0]);
	} else if (in_list) {
		text_in_list(msg);
	} else {
		stray_text(msg, s, prev_content(s, l.no));
	}
	return true;
}

bool
opp_yaml_hint(const char *text, size_t len, const struct opp_yaml_error *e, struct opp_pos *pos,
              struct opp_buf *msg)
{
	struct src s;
	bool found;

	if (!e->problem)
		return false;
	src_init(&s, text, len);
	found = tab(&s, e, pos, msg) || open_quote(&s, e, pos, msg) || open_bracket(&s, e, pos, msg) ||
	        escape(&s, e, pos, msg) || reserved_start(&s, e, pos, msg) ||
	        list_on_key_line(&s, e, pos, msg) || colon(&s, e, pos, msg) || no_colon(&s, e, pos, msg) ||
	        misplaced(&s, e, pos, msg);
	src_release(&s);
	return found;
}
