/*
 * mutate — the structure-aware mutator of mutate.h, and libFuzzer's
 * custom mutator hook built on it (every harness links this file).
 */
#include "mutate.h"

#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "base/escape.h"
#include "format/diag.h"
#include "format/yaml.h"

#ifndef OPP_MUTATE_NO_HOOK
size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t max_size);
size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned int seed);
#endif

/* ---- random numbers (xorshift32: small, deterministic) ------------------- */

static unsigned
next(unsigned *s)
{
	unsigned x = *s ? *s : 0x9E3779B9u;
	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	return *s = x;
}

static size_t
pick(unsigned *s, size_t n)
{
	return n ? next(s) % n : 0;
}

/* ---- the values the format finds hard ------------------------------------ */

static const char *const hard[] = {
        "2026-02-30", "2026-13-01", "1899-12-31", "2200-01-01", "0000-00-00", "2026-12-01", "9999-99-99",
        "25:61", "24:00", "00:00", "2147483647", "-2147483648", "2147483648", "9223372036854775808", "0",
        "-1", "1e308", "-0", "0x10", "nan", "inf", "1.5", "", "~", "null", "true", "false", "yes", "no",
        "ib-jansen", "Ib Jansen", "ouders", "leerling", "intern-begeleider", "ot", "evaluatie", "lopend",
        "behaald", "gemeente", "beschikking", "toegekend", "aangevraagd", "sha256:", "x-eigen",
        "naam@example.invalid", "a@b", "<script>alert(1)</script>", "=HYPERLINK(\"http://x\")",
        "+31 6 12345678", "1234.56.782", "NL91ABNA0417164300", "6711 AB", "Bcc: attacker@example",
        "Naam\r\nBcc: attacker@example", "\xE2\x80\xAE" "evil", "\x1b[2J\x1b]8;;http://x\x07", "een\xE2\x80\xA8twee",
        "a\xC2\x85" "b", "Zo\xC3\xAB \xC3\x96zt\xC3\xBCrk", "Y\xC4\xB1lmaz", "\xEF\xBF\xBE", "=?UTF-8?B?QmNjOg==?=",
        "# niet", "- lijst", "key: value", "'", "\"", "|", ">", "&a", "*a", "!!str", "<<",
};

static const char *
long_text(struct opp_arena *a, unsigned *s)
{
	size_t n = 1 + pick(s, 2000);
	char *t = opp_arena_alloc(a, n + 32);
	char c = "XaZ é"[pick(s, 4)];

	memset(t, c, n);
	strcpy(t + n, pick(s, 2) ? "Bcc:attacker@example" : "");
	return t;
}

/* ---- the tree ---------------------------------------------------------------- */

static struct opp_node *
scalar_node(struct opp_arena *a, const char *s, bool plain)
{
	struct opp_node *n = opp_arena_alloc(a, sizeof(*n));

	n->kind = OPP_NODE_SCALAR;
	n->s = opp_arena_strdup(a, s);
	n->len = strlen(s);
	n->plain = plain;
	return n;
}

static struct opp_node *
copy_tree(struct opp_arena *a, const struct opp_node *from)
{
	struct opp_node *n = opp_arena_alloc(a, sizeof(*n)), **tail = &n->kids;

	*n = *from;
	n->next = NULL;
	n->kids = NULL;
	for (const struct opp_node *c = from->kids; c; c = c->next) {
		*tail = copy_tree(a, c);
		tail = &(*tail)->next;
	}
	return n;
}

/* Every container and every value (not keys), in document order. */
struct nodes {
	struct opp_node **v;
	size_t n, cap;
};

static void
collect(struct nodes *out, struct opp_node *n)
{
	xgrow(&out->v, &out->cap, out->n + 1, sizeof(*out->v));
	out->v[out->n++] = n;
	if (n->kind == OPP_NODE_MAP) {
		for (struct opp_node *k = n->kids; k && k->next; k = k->next->next)
			collect(out, k->next);
	} else if (n->kind == OPP_NODE_SEQ) {
		for (struct opp_node *c = n->kids; c; c = c->next)
			collect(out, c);
	}
}

/* A container's entries as an array (a mapping's: its keys, each
 * followed by its value) and back. */
static size_t
entries(struct opp_node *c, struct opp_node ***v)
{
	size_t n = c->kind == OPP_NODE_MAP ? c->n / 2 : c->n, i = 0;

	*v = xcalloc(n + 1, sizeof(**v)); /* room for a duplicate */
	for (struct opp_node *k = c->kids; k && i < n; k = c->kind == OPP_NODE_MAP ? k->next->next : k->next)
		(*v)[i++] = k;
	return i;
}

static void
relink(struct opp_node *c, struct opp_node **v, size_t n)
{
	struct opp_node **tail = &c->kids;
	bool map = c->kind == OPP_NODE_MAP;

	for (size_t i = 0; i < n; i++) {
		*tail = v[i];
		tail = map ? &v[i]->next->next : &v[i]->next;
	}
	*tail = NULL;
	c->n = map ? 2 * n : n;
}

/* Replace the value node `old` (somewhere under root) by `with`. */
static bool
replace(struct opp_node *root, struct opp_node *old, struct opp_node *with)
{
	if (root->kind == OPP_NODE_SCALAR)
		return false;
	for (struct opp_node **p = &root->kids; *p; p = &(*p)->next) {
		if (*p == old) {
			with->next = old->next;
			*p = with;
			return true;
		}
		if (replace(*p, old, with))
			return true;
	}
	return false;
}

/* Swap (op 0), drop (1) or duplicate (2) entries of container n, whose
 * count entries are v (room for one more is made here). */
static void
on_entries(struct opp_arena *a, struct opp_node *n, struct opp_node **v, size_t count, unsigned op, unsigned *s)
{
	size_t i = pick(s, count), j;

	switch (op) {
	case 0: /* swap two entries, or two values of a mapping */
		j = pick(s, count);
		if (count < 2 || i == j)
			return;
		if (n->kind == OPP_NODE_MAP && pick(s, 2)) {
			struct opp_node *vi = v[i]->next, *vj = v[j]->next, *ni = vi->next, *nj = vj->next;
			v[i]->next = vj;
			v[j]->next = vi;
			vj->next = ni;
			vi->next = nj;
		} else {
			struct opp_node *t = v[i];
			v[i] = v[j];
			v[j] = t;
		}
		relink(n, v, count);
		return;
	case 1: /* drop an entry */
		memmove(v + i, v + i + 1, (count - i - 1) * sizeof(*v));
		relink(n, v, count - 1);
		return;
	default: /* duplicate an entry */
		if (n->kind == OPP_NODE_SEQ) {
			memmove(v + i + 1, v + i, (count - i) * sizeof(*v));
			v[i + 1] = copy_tree(a, v[i]);
			relink(n, v, count + 1);
		} else if (pick(s, 8) == 0) { /* the same key twice */
			struct opp_node *k = copy_tree(a, v[i]);
			k->next = copy_tree(a, v[i]->next);
			v[count] = k;
			relink(n, v, count + 1);
		} else { /* a value copied under another key */
			struct opp_node *c = copy_tree(a, v[i]->next);
			j = pick(s, count);
			c->next = v[j]->next->next;
			v[j]->next = c;
			relink(n, v, count);
		}
	}
}

static void
mutate_tree(struct opp_arena *a, struct opp_node **root, unsigned *s)
{
	struct nodes all = {0}, containers = {0};
	struct opp_node *n, **v;
	size_t count;
	unsigned op;

	collect(&all, *root);
	for (size_t i = 0; i < all.n; i++)
		if (all.v[i]->kind != OPP_NODE_SCALAR && all.v[i]->n) {
			xgrow(&containers.v, &containers.cap, containers.n + 1, sizeof(*containers.v));
			containers.v[containers.n++] = all.v[i];
		}

	op = (unsigned)pick(s, 6);
	if (op <= 2 && containers.n) {
		/* swap, drop or duplicate: on one container's entries */
		n = containers.v[pick(s, containers.n)];
		count = entries(n, &v);
		if (count)
			on_entries(a, n, v, count, op, s);
		free(v);
	}
	switch (op) {
	case 0:
	case 1:
	case 2: break; /* done above */
	case 3: { /* retype a value */
		struct opp_node *old = all.v[pick(s, all.n)], *with;
		unsigned what = (unsigned)pick(s, 6);
		if (old->kind != OPP_NODE_SCALAR && what < 2) {
			with = scalar_node(a, hard[pick(s, sizeof(hard) / sizeof(*hard))], pick(s, 2));
		} else if (what == 0) { /* into a list of itself */
			with = opp_arena_alloc(a, sizeof(*with));
			with->kind = OPP_NODE_SEQ;
			with->kids = copy_tree(a, old);
			with->n = 1;
		} else if (what == 1) { /* into a mapping */
			with = opp_arena_alloc(a, sizeof(*with));
			with->kind = OPP_NODE_MAP;
			with->kids = scalar_node(a, pick(s, 2) ? "naam" : "x", true);
			with->kids->next = copy_tree(a, old);
			with->n = 2;
		} else if (what == 2) {
			with = scalar_node(a, long_text(a, s), pick(s, 2));
		} else {
			with = scalar_node(a, hard[pick(s, sizeof(hard) / sizeof(*hard))], pick(s, 3) != 0);
		}
		if (old == *root)
			*root = with;
		else
			replace(*root, old, with);
		break;
	}
	default: { /* splice: a value becomes a copy of another part */
		struct opp_node *old = all.v[pick(s, all.n)], *from = all.v[pick(s, all.n)];
		struct opp_node *with = copy_tree(a, from);
		if (old != *root)
			replace(*root, old, with);
		break;
	}
	}
	free(all.v);
	free(containers.v);
}

/* ---- writing it back ---------------------------------------------------------- */

/* Whether a scalar can be written plain where it is and read back the
 * same: as it was plain, without what would end or change it. */
static bool
plain_ok(const struct opp_node *n, bool flow)
{
	const char *s = n->s;

	if (!n->plain || !*s || strchr("-?:,[]{}#&*!|>'\"%@` \t", s[0]) || s[strlen(s) - 1] == ' ')
		return !*s && n->plain; /* an empty plain scalar is null: "" would not be */
	if (strstr(s, ": ") || strstr(s, " #") || strchr(s, '\n') || strchr(s, '\r') || strchr(s, '\t') ||
	    s[strlen(s) - 1] == ':')
		return false;
	return !flow || !strpbrk(s, ",[]{}");
}

static void
put_scalar(struct opp_buf *out, const struct opp_node *n, bool flow)
{
	if (n->plain && !*n->s)
		opp_buf_puts(out, "~");
	else if (plain_ok(n, flow))
		opp_buf_puts(out, n->s);
	else
		opp_yaml_quoted(out, n->s);
}

static void
flow(struct opp_buf *out, const struct opp_node *n)
{
	if (n->kind == OPP_NODE_SCALAR) {
		put_scalar(out, n, true);
		return;
	}
	opp_buf_putc(out, n->kind == OPP_NODE_MAP ? '{' : '[');
	for (const struct opp_node *c = n->kids; c; c = c->next) {
		if (c != n->kids)
			opp_buf_puts(out, ", ");
		flow(out, c);
		if (n->kind == OPP_NODE_MAP && c->next) {
			opp_buf_puts(out, ": ");
			c = c->next;
			flow(out, c);
		}
	}
	opp_buf_putc(out, n->kind == OPP_NODE_MAP ? '}' : ']');
}

static void block_map(struct opp_buf *out, const struct opp_node *n, int ind, bool first_inline);

static void
indent(struct opp_buf *out, int n)
{
	while (n-- > 0)
		opp_buf_putc(out, ' ');
}

/* A value after "key:" or "- ". */
static void
block_value(struct opp_buf *out, const struct opp_node *v, int ind)
{
	if (v->kind == OPP_NODE_SCALAR || !v->n) {
		opp_buf_putc(out, ' ');
		if (v->kind == OPP_NODE_SCALAR)
			put_scalar(out, v, false);
		else
			opp_buf_puts(out, v->kind == OPP_NODE_MAP ? "{}" : "[]");
		opp_buf_putc(out, '\n');
		return;
	}
	opp_buf_putc(out, '\n');
	if (v->kind == OPP_NODE_MAP) {
		block_map(out, v, ind + 2, false);
		return;
	}
	for (const struct opp_node *c = v->kids; c; c = c->next) {
		indent(out, ind + 2);
		opp_buf_putc(out, '-');
		if (c->kind == OPP_NODE_MAP && c->n) {
			opp_buf_putc(out, ' ');
			block_map(out, c, ind + 4, true);
		} else if (c->kind == OPP_NODE_SEQ && c->n) {
			opp_buf_putc(out, ' ');
			flow(out, c);
			opp_buf_putc(out, '\n');
		} else {
			block_value(out, c, ind + 2);
		}
	}
}

static void
block_map(struct opp_buf *out, const struct opp_node *n, int ind, bool first_inline)
{
	for (const struct opp_node *k = n->kids; k && k->next; k = k->next->next) {
		if (!(first_inline && k == n->kids))
			indent(out, ind);
		if (k->kind == OPP_NODE_SCALAR)
			put_scalar(out, k, true);
		else
			flow(out, k);
		opp_buf_putc(out, ':');
		block_value(out, k->next, ind);
	}
}

static void
write_yaml(struct opp_buf *out, const struct opp_node *root)
{
	if (root->kind == OPP_NODE_MAP && root->n)
		block_map(out, root, 0, false);
	else if (root->kind == OPP_NODE_SCALAR)
		put_scalar(out, root, false), opp_buf_putc(out, '\n');
	else
		flow(out, root), opp_buf_putc(out, '\n');
}

size_t
opp_fuzz_mutate(uint8_t *data, size_t size, size_t max_size, unsigned seed)
{
	struct opp_arena a;
	struct opp_diags d;
	struct opp_buf out = OPP_BUF_INIT;
	struct opp_node *root;
	unsigned s = seed;
	size_t n = 0;

	opp_arena_init(&a);
	opp_diags_init(&d);
	root = opp_yaml_parse(&a, (const char *)data, size, &d);
	if (root) {
		for (unsigned k = 1 + (unsigned)pick(&s, 3); k > 0; k--)
			mutate_tree(&a, &root, &s);
		write_yaml(&out, root);
		if (out.len <= max_size) {
			memcpy(data, out.ptr, out.len);
			n = out.len;
		}
	}
	opp_buf_release(&out);
	opp_diags_release(&d);
	opp_arena_release(&a);
	return n;
}

#ifndef OPP_MUTATE_NO_HOOK
/* libFuzzer calls this instead of its own mutations: ours three times in
 * four, its own (byte-level, with the dictionary) otherwise. */
size_t
LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned int seed)
{
	size_t n;

	if (seed % 4 == 0 || !(n = opp_fuzz_mutate(data, size, max_size, seed)))
		return LLVMFuzzerMutate(data, size, max_size);
	return n;
}
#endif
