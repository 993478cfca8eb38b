/*
 * history — git log's output parsed, versions loaded on demand, events
 * per commit, and the version an agreement was given to (see
 * history.h).
 */
#include "facts/history.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "facts/handelingsdeel.h"
#include "format/load.h"

/* Each commit starts with \1; its fields end with NUL (-z): id, parents,
 * author (as the mailmap names them), author date; then its raw diff
 * entries, ":mode mode old new status" NUL path NUL (a rename: old path
 * NUL new path NUL). */
const char *const opp_history_log_args[] = {
        "--follow",
        "--no-color",
        "--no-show-signature",
        "--no-ext-diff",
        "--no-abbrev",
        "--raw",
        "-z",
        "--diff-merges=separate",
        "--format=%x01%H%x00%P%x00%aN%x00%as%x00",
        NULL,
};

static bool
is_oid(const char *s, size_t n)
{
	if (n != 40)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return false;
	return true;
}

/* The next NUL-terminated field at *p (before end), or NULL. */
static const char *
field(const char **p, const char *end, size_t *n)
{
	const char *s = *p, *z = memchr(s, '\0', (size_t)(end - s));

	if (!z)
		return NULL;
	*n = (size_t)(z - s);
	*p = z + 1;
	return s;
}

bool
opp_history_parse(struct opp_history *h, const char *text, size_t len)
{
	const char *p = text, *end = text + len;
	struct opp_change *newest_first = NULL;
	size_t n = 0, cap = 0;
	bool ok = true;

	memset(h, 0, sizeof(*h));
	opp_arena_init(&h->arena);
	while (p < end && *p != '\1')
		p++;
	while (p < end) {
		const char *id, *parents, *author, *date, *next;
		size_t nid, npar, nauth, ndate;
		struct opp_change c;
		int32_t day;

		p++; /* \1 */
		next = memchr(p, '\1', (size_t)(end - p));
		if (!next)
			next = end;
		if (!(id = field(&p, next, &nid)) || !(parents = field(&p, next, &npar)) ||
		    !(author = field(&p, next, &nauth)) || !(date = field(&p, next, &ndate)) ||
		    !is_oid(id, nid) || ndate != 10) {
			ok = false;
			break;
		}
		memset(&c, 0, sizeof(c));
		memcpy(c.commit, id, 40);
		c.author = opp_arena_strndup(&h->arena, author, nauth);
		{
			char d[11];
			memcpy(d, date, 10);
			d[10] = '\0';
			if (!opp_date_parse(d, &day)) {
				ok = false;
				break;
			}
			c.date = day;
		}
		for (size_t i = 0; i < npar; i++)
			if (i == 0 || parents[i - 1] == ' ')
				c.parents += parents[i] != ' ';
		/* the raw entries of this commit (one; -m: one per parent, each
		 * after the commit's header again) */
		while (p < next && (*p == '\n' || *p == '\0'))
			p++;
		if (p < next && *p == ':') {
			const char *meta, *path, *path2 = NULL;
			size_t nmeta, npath, n2 = 0;
			if (!(meta = field(&p, next, &nmeta)) || nmeta < 98 ||
			    !(path = field(&p, next, &npath))) {
				ok = false;
				break;
			}
			/* ":100644 100644 <40> <40> R096" */
			if (meta[97] == 'R' || meta[97] == 'C')
				path2 = field(&p, next, &n2);
			if (!is_oid(meta + 15, 40) || !is_oid(meta + 56, 40)) {
				ok = false;
				break;
			}
			if (strncmp(meta + 15, "0000000000000000000000000000000000000000", 40) != 0)
				memcpy(c.old_blob, meta + 15, 40);
			if (strncmp(meta + 56, "0000000000000000000000000000000000000000", 40) != 0)
				memcpy(c.new_blob, meta + 56, 40);
			c.path = path2 ? opp_arena_strndup(&h->arena, path2, n2)
			               : opp_arena_strndup(&h->arena, path, npath);
			c.old_path = path2 ? opp_arena_strndup(&h->arena, path, npath) : NULL;
			if (strcmp(c.old_blob, c.new_blob) != 0 || c.old_path) {
				xgrow(&newest_first, &cap, n + 1, sizeof(*newest_first));
				newest_first[n++] = c;
			}
		}
		p = next;
	}
	/* oldest first; a merge's changes stay together, in parent order */
	h->v = xcalloc(n ? n : 1, sizeof(*h->v));
	h->cap = n;
	for (size_t i = 0; i < n;) {
		size_t k = i;
		while (k + 1 < n && strcmp(newest_first[k + 1].commit, newest_first[i].commit) == 0)
			k++;
		for (size_t j = i; j <= k; j++)
			h->v[n - 1 - k + (j - i)] = newest_first[j];
		i = k + 1;
	}
	h->n = n;
	free(newest_first);
	return ok;
}

void
opp_history_release(struct opp_history *h)
{
	free(h->v);
	opp_arena_release(&h->arena);
	memset(h, 0, sizeof(*h));
}

/* ---- versions ------------------------------------------------------------ */

void
opp_versions_init(struct opp_versions *vs, opp_blob_fn *fetch, void *ctx, const struct opp_config *cfg)
{
	memset(vs, 0, sizeof(*vs));
	vs->fetch = fetch;
	vs->ctx = ctx;
	vs->cfg = cfg;
}

void
opp_versions_release(struct opp_versions *vs)
{
	for (int i = 0; i < OPP_VERSIONS_SLOTS; i++)
		opp_doc_free(vs->slot[i].doc);
	memset(vs, 0, sizeof(*vs));
}

const struct opp_doc *
opp_versions_get(struct opp_versions *vs, const char *oid)
{
	int lru = 0;
	char *text;
	size_t len;

	if (!oid || !*oid)
		return NULL;
	for (int i = 0; i < OPP_VERSIONS_SLOTS; i++) {
		if (strcmp(vs->slot[i].oid, oid) == 0) {
			vs->slot[i].used = ++vs->clock;
			return vs->slot[i].doc;
		}
		if (vs->slot[i].used < vs->slot[lru].used)
			lru = i;
	}
	opp_doc_free(vs->slot[lru].doc);
	vs->slot[lru].doc = NULL;
	snprintf(vs->slot[lru].oid, sizeof(vs->slot[lru].oid), "%s", oid);
	vs->slot[lru].used = ++vs->clock;
	if (vs->fetch(vs->ctx, oid, &text, &len)) {
		struct opp_diags d;
		opp_diags_init(&d);
		vs->slot[lru].doc = opp_doc_load("-", text, len, vs->cfg, &d);
		opp_diags_release(&d);
		free(text);
		vs->loads++;
	}
	return vs->slot[lru].doc;
}

/* ---- the log ---------------------------------------------------------------- */

static bool
same_event(const struct opp_event *x, const struct opp_event *y)
{
	return x->kind == y->kind && strcmp(x->tekst, y->tekst) == 0;
}

static bool
has_event(const struct opp_events *l, size_t from, const struct opp_event *e)
{
	for (size_t i = from; i < l->n; i++)
		if (same_event(&l->v[i], e))
			return true;
	return false;
}

static void
add_event(struct opp_events *l, const struct opp_event *e)
{
	xgrow(&l->v, &l->cap, l->n + 1, sizeof(*l->v));
	l->v[l->n] = *e;
	l->v[l->n].tekst = opp_arena_strdup(&l->arena, e->tekst);
	l->v[l->n].id = e->id ? opp_arena_strdup(&l->arena, e->id) : NULL;
	l->n++;
}

/* A merge, changes h->v[i..k] (one per parent): what it changed against
 * every parent alike (a conflict resolved by hand), and the agreements
 * that held on one side and lapse where the merge joins them to a
 * changed plan. */
static void
merge(struct opp_log *log, const struct opp_history *h, size_t i, size_t k, struct opp_versions *vs)
{
	const struct opp_change *c = &h->v[i];
	struct opp_events *side = xcalloc(k - i + 1, sizeof(*side));

	for (size_t j = i; j <= k; j++) {
		opp_events_init(&side[j - i]);
		opp_events_diff(&side[j - i], opp_versions_get(vs, h->v[j].old_blob),
		                opp_versions_get(vs, c->new_blob), c->date + 1, c);
	}
	for (size_t x = 0; x < side[0].n; x++) {
		bool all = true;
		for (size_t j = 1; j <= k - i && all; j++)
			all = has_event(&side[j], 0, &side[0].v[x]);
		if (all)
			add_event(&log->events, &side[0].v[x]);
	}
	for (size_t j = 0; j <= k - i; j++)
		for (size_t x = 0; x < side[j].n; x++)
			if (side[j].v[x].kind == OPP_EV_AKKOORD_VERVALLEN &&
			    !has_event(&log->events, 0, &side[j].v[x]))
				add_event(&log->events, &side[j].v[x]);
	for (size_t j = 0; j <= k - i; j++)
		opp_events_release(&side[j]);
	free(side);
}

void
opp_log_build(struct opp_log *log, const struct opp_history *h, struct opp_versions *vs)
{
	memset(log, 0, sizeof(*log));
	opp_events_init(&log->events);
	for (size_t i = 0; i < h->n;) {
		const struct opp_change *c = &h->v[i];
		const struct opp_doc *b = opp_versions_get(vs, c->new_blob);
		size_t k = i, first = log->events.n;
		struct opp_log_entry *e;

		while (k + 1 < h->n && strcmp(h->v[k + 1].commit, c->commit) == 0)
			k++;
		/* a merge that kept one parent's version as it was (git gives no
		 * change against that parent) brought nothing of its own */
		if (c->parents >= 2 && k - i + 1 < c->parents) {
			i = k + 1;
			continue;
		}
		if (b && k == i) {
			const struct opp_doc *a = opp_versions_get(vs, c->old_blob);
			/* after a version that was not YAML: the last one that was */
			for (size_t j = i; !a && c->old_blob[0] && j-- > 0;)
				a = opp_versions_get(vs, h->v[j].new_blob);
			b = opp_versions_get(vs, c->new_blob);
			opp_events_diff(&log->events, a, b, c->date + 1, c);
		} else if (b) {
			merge(log, h, i, k, vs);
		}
		if (log->events.n > first || (!b && c->new_blob[0]) || c->old_path) {
			xgrow(&log->v, &log->cap, log->n + 1, sizeof(*log->v));
			e = &log->v[log->n++];
			e->change = c;
			e->first = first;
			e->n = log->events.n - first;
			e->unreadable = !b && c->new_blob[0];
			e->renamed = c->old_path != NULL;
		}
		i = k + 1;
	}
}

void
opp_log_release(struct opp_log *log)
{
	free(log->v);
	opp_events_release(&log->events);
	memset(log, 0, sizeof(*log));
}

/* ---- the version agreed to ------------------------------------------------------ */

const struct opp_change *
opp_history_agreed(const struct opp_history *h, struct opp_versions *vs, const char *digest)
{
	char d[OPP_DIGEST_SIZE];

	for (size_t i = h->n; i-- > 0;) {
		const struct opp_doc *doc = opp_versions_get(vs, h->v[i].new_blob);
		if (!doc)
			continue;
		opp_handelingsdeel_digest(doc, d);
		if (strcmp(d, digest) == 0)
			return &h->v[i];
	}
	return NULL;
}

void
opp_history_lapse(struct opp_buf *out, const struct opp_change *c, struct opp_versions *vs,
                  const struct opp_doc *doc, int32_t today)
{
	struct opp_events ev;
	const struct opp_doc *then;

	if (!c || !(then = opp_versions_get(vs, c->new_blob))) {
		opp_buf_puts(out, "geen vastgelegde versie in git heeft dit handelingsdeel");
		return;
	}
	opp_events_init(&ev);
	opp_events_diff(&ev, then, doc, today, NULL);
	opp_buf_printf(out, "sinds de versie van %s (%.7s): ", opp_date_str(c->date).s, c->commit);
	opp_events_handelingsdeel(out, &ev, 0);
	opp_events_release(&ev);
}
