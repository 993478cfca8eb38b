/*
 * events — two versions of a plan compared as the domain sees them (see
 * events.h). Goals, items and afspraken are matched by id, meetings by
 * date and soort (then, for a moved meeting, by order within their
 * soort), agreements and notes by position.
 */
#include "facts/events.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/escape.h"
#include "facts/handelingsdeel.h"
#include "facts/query.h"

#define X_NAME(id, name) name,
const char *const opp_event_kind_names[] = {OPP_EVENT_KINDS(X_NAME) NULL};
#undef X_NAME

#define DS(d) opp_date_str(d).s

struct cmp {
	struct opp_events *l;
	const struct opp_doc *a, *b; /* a may be NULL */
	int32_t today;
	const void *at;
	struct opp_buf t; /* the text being built */
	struct opp_buf k; /* its short form, when it differs */
};

void
opp_events_init(struct opp_events *l)
{
	memset(l, 0, sizeof(*l));
	opp_arena_init(&l->arena);
}

void
opp_events_release(struct opp_events *l)
{
	free(l->v);
	opp_arena_release(&l->arena);
	memset(l, 0, sizeof(*l));
}

/* Add an event with the text built in c->t. */
static void
emit(struct cmp *c, enum opp_event_kind kind, const char *id, int32_t datum, bool hd)
{
	struct opp_events *l = c->l;
	struct opp_event *e;

	xgrow(&l->v, &l->cap, l->n + 1, sizeof(*l->v));
	e = &l->v[l->n++];
	e->kind = kind;
	e->id = id ? opp_arena_strdup(&l->arena, id) : NULL;
	e->datum = datum;
	e->tekst = opp_arena_strndup(&l->arena, c->t.ptr, c->t.len);
	e->kort = c->k.len ? opp_arena_strndup(&l->arena, c->k.ptr, c->k.len) : e->tekst;
	e->handelingsdeel = hd;
	e->at = c->at;
	opp_buf_reset(&c->t);
	opp_buf_reset(&c->k);
}

static void say(struct cmp *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void kort(struct cmp *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The short form of the event being built. */
static void
kort(struct cmp *c, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	opp_buf_vprintf(&c->k, fmt, ap);
	va_end(ap);
}

static void
say(struct cmp *c, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	opp_buf_vprintf(&c->t, fmt, ap);
	va_end(ap);
}

/* Free text on one line: line breaks and tabs become spaces, runs of
 * them one, no space at the end. */
static void
one_line(struct opp_buf *b, const char *s)
{
	bool space = false, started = false;

	for (; s && *s; s++) {
		if (*s == '\n' || *s == '\r' || *s == '\t' || *s == ' ') {
			space = true;
			continue;
		}
		if (space && started)
			opp_buf_putc(b, ' ');
		space = false;
		started = true;
		opp_buf_putc(b, *s);
	}
}

static bool
same_val(const struct opp_val *x, const struct opp_val *y)
{
	return (!x->s && !y->s) || (x->s && y->s && strcmp(x->s, y->s) == 0);
}

static bool
same_list(const struct opp_list *x, const struct opp_list *y)
{
	if (x->n != y->n)
		return false;
	for (size_t i = 0; i < x->n; i++)
		if (!same_val(&x->v[i], &y->v[i]))
			return false;
	return true;
}

/* A person's name where the value is a betrokkene's id. */
static const char *
naam(const struct opp_doc *doc, const char *id)
{
	const struct opp_persoon *p = doc ? opp_doc_persoon(doc, id) : NULL;

	return p && p->naam.s ? p->naam.s : id;
}

/* How a key's value is shown: KORT (dates, codes, numbers: also in the
 * short form), WOORD (a short string: the full form only), TEKST (free
 * text, quoted), PERSOON (a name for an id), LIJST (ids). */
enum vorm { KORT, WOORD, TEKST, PERSOON, LIJST };

struct veld {
	const char *key;
	size_t off;
	enum vorm vorm;
};

/* The handelingsdeel's keys (facts/handelingsdeel.c), in the order the
 * format lists them; `id` is how they are matched. */
#define D(k, v)                                                                                              \
	{                                                                                                    \
#k, offsetof(struct opp_doel, k), v                                                          \
	}
static const struct veld doel_velden[] = {
        D(doel, TEKST),       D(eigenaar, KORT),     D(context, KORT),        D(termijn, KORT),
        D(gesteld, KORT),     D(domein, KORT),       D(beginsituatie, TEKST), D(criterium, TEKST),
        D(beginwaarde, KORT), D(streefwaarde, KORT), D(eenheid, WOORD),       {NULL, 0, KORT},
};
#undef D
#define Z(k, v)                                                                                              \
	{                                                                                                    \
#k, offsetof(struct opp_inzet, k), v                                                         \
	}
static const struct veld inzet_velden[] = {
        Z(doelen, LIJST), Z(wat, TEKST), Z(wie, PERSOON),        Z(frequentie, KORT),
        Z(start, KORT),   Z(eind, KORT), Z(overbrugging, TEKST), {NULL, 0, KORT},
};
#undef Z

static void
value(struct cmp *c, const struct opp_doc *doc, const void *obj, const struct veld *f)
{
	const void *at = (const char *)obj + f->off;

	switch (f->vorm) {
	case LIJST: {
		const struct opp_list *l = at;
		for (size_t i = 0; i < l->n; i++)
			say(c, "%s%s", i ? ", " : "", l->v[i].s);
		break;
	}
	case TEKST:
		opp_buf_putc(&c->t, '"');
		one_line(&c->t, ((const struct opp_val *)at)->s);
		opp_buf_putc(&c->t, '"');
		break;
	case PERSOON: opp_buf_puts(&c->t, naam(doc, ((const struct opp_val *)at)->s)); break;
	default: opp_buf_puts(&c->t, ((const struct opp_val *)at)->s); break;
	}
}

static bool
present(const void *obj, const struct veld *f)
{
	const void *at = (const char *)obj + f->off;
	return f->vorm == LIJST ? ((const struct opp_list *)at)->n > 0
	                        : ((const struct opp_val *)at)->s != NULL;
}

/* "termijn 2027-03-05 → 2027-05-28, criterium nu "..."": the keys that
 * differ, except skip (handled as an event of its own). Returns how
 * many. */
static size_t
changes(struct cmp *c, const struct veld *velden, const void *x, const void *y, const char *skip)
{
	size_t n = 0;

	for (const struct veld *f = velden; f->key; f++) {
		const void *ax = (const char *)x + f->off, *ay = (const char *)y + f->off;
		bool px = present(x, f), py = present(y, f);

		if (skip && strcmp(f->key, skip) == 0 && !px)
			continue;
		if (f->vorm == LIJST ? same_list(ax, ay) : same_val(ax, ay))
			continue;
		kort(c, "%s%s", n ? ", " : "", f->key);
		if (f->vorm == KORT && px && py)
			kort(c, " %s → %s", ((const struct opp_val *)ax)->s, ((const struct opp_val *)ay)->s);
		else if (f->vorm == KORT && py)
			kort(c, " %s", ((const struct opp_val *)ay)->s);
		else if (px && !py)
			kort(c, " weggehaald");
		say(c, "%s%s ", n++ ? ", " : "", f->key);
		if (px && !py) {
			opp_buf_puts(&c->t, "weggehaald");
		} else if (!px) {
			value(c, c->b, y, f);
		} else if (f->vorm == TEKST) {
			opp_buf_puts(&c->t, "nu ");
			value(c, c->b, y, f);
		} else {
			value(c, c->a, x, f);
			opp_buf_puts(&c->t, " → ");
			value(c, c->b, y, f);
		}
	}
	return n;
}

/* Whether the ids both versions share come in another order. */
static bool
reordered(const char *const *ida, size_t na, const char *const *idb, size_t nb)
{
	size_t last = 0;
	bool any = false;

	for (size_t i = 0; i < nb; i++)
		for (size_t k = 0; idb[i] && k < na; k++)
			if (ida[k] && strcmp(ida[k], idb[i]) == 0) {
				if (any && k < last)
					return true;
				last = k;
				any = true;
				break;
			}
	return false;
}

/* ---- goals and their notes --------------------------------------------- */

static bool
same_note(const struct opp_voortgang *x, const struct opp_voortgang *y)
{
	return same_val(&x->datum, &y->datum) && same_val(&x->door, &y->door) &&
	       same_val(&x->waarde, &y->waarde) && same_val(&x->tekst, &y->tekst);
}

static void
notes(struct cmp *c, const struct opp_doel *x, const struct opp_doel *y)
{
	for (size_t i = 0; i < y->voortgang.n; i++) {
		const struct opp_voortgang *v = &y->voortgang.v[i];
		bool old = false;

		for (size_t k = 0; x && k < x->voortgang.n && !old; k++)
			old = same_note(&x->voortgang.v[k], v);
		if (old)
			continue;
		say(c, "voortgang bij doel '%s' (%s%s%s): ", y->id.s, v->datum.s ? DS(v->datum.i) : "?",
		    v->door.s ? ", " : "", v->door.s ? naam(c->b, v->door.s) : "");
		if (v->waarde.s)
			say(c, "%s%s%s", v->waarde.s, y->eenheid.s ? " " : "",
			    y->eenheid.s ? y->eenheid.s : "");
		if (v->tekst.s) {
			say(c, "%s\"", v->waarde.s ? "; " : "");
			one_line(&c->t, v->tekst.s);
			opp_buf_putc(&c->t, '"');
		}
		emit(c, OPP_EV_VOORTGANG, y->id.s, v->datum.s ? v->datum.i : 0, false);
	}
}

static void
status(struct cmp *c, const struct opp_doel *y, int was)
{
	int st = opp_doel_status(c->b, y, c->today);

	if (st == was)
		return;
	switch (st) {
	case OPP_DOEL_BEHAALD:
		say(c, "doel '%s' behaald", y->id.s);
		emit(c, OPP_EV_DOEL_BEHAALD, y->id.s, 0, false);
		break;
	case OPP_DOEL_GESTOPT:
		say(c, "doel '%s' gestopt", y->id.s);
		emit(c, OPP_EV_DOEL_GESTOPT, y->id.s, 0, false);
		break;
	case OPP_DOEL_LOPEND:
		say(c, "doel '%s' loopt weer", y->id.s);
		emit(c, OPP_EV_DOEL_STATUS, y->id.s, 0, false);
		break;
	default:
		say(c, "doel '%s': %s", y->id.s, opp_label_doelstatus[st]);
		emit(c, OPP_EV_DOEL_STATUS, y->id.s, 0, false);
	}
}

static void
doelen(struct cmp *c)
{
	const struct opp_doc *a = c->a, *b = c->b;
	const char **ida = xcalloc(a ? a->doelen.n + 1 : 1, sizeof(*ida));
	const char **idb = xcalloc(b->doelen.n + 1, sizeof(*idb));

	for (size_t i = 0; i < b->doelen.n; i++) {
		const struct opp_doel *y = &b->doelen.v[i], *x;
		int32_t set;

		if (!(idb[i] = y->id.s))
			continue;
		x = a ? opp_doc_doel(a, y->id.s) : NULL;
		if (!x) {
			kort(c, "doel '%s' gesteld", y->id.s);
			say(c, "doel '%s' gesteld: ", y->id.s);
			one_line(&c->t, y->doel.s ? y->doel.s : "?");
			if (y->termijn.s)
				say(c, " (termijn %s)", DS(y->termijn.i));
			emit(c, OPP_EV_DOEL_GESTELD, y->id.s,
			     opp_doel_gesteld(b, y, c->today, &set) ? set : 0, true);
			status(c, y, OPP_DOEL_LOPEND);
			notes(c, NULL, y);
			continue;
		}
		say(c, "doel '%s' gewijzigd: ", y->id.s);
		kort(c, "doel '%s' gewijzigd: ", y->id.s);
		if (changes(c, doel_velden, x, y, NULL))
			emit(c, OPP_EV_DOEL_GEWIJZIGD, y->id.s, 0, true);
		opp_buf_reset(&c->t);
		opp_buf_reset(&c->k);
		status(c, y, opp_doel_status(a, x, c->today));
		notes(c, x, y);
	}
	for (size_t i = 0; a && i < a->doelen.n; i++) {
		const struct opp_doel *x = &a->doelen.v[i];
		if (!(ida[i] = x->id.s) || opp_doc_doel(b, x->id.s))
			continue;
		say(c, "doel '%s' verwijderd", x->id.s);
		emit(c, OPP_EV_DOEL_VERWIJDERD, x->id.s, 0, true);
	}
	if (a && reordered(ida, a->doelen.n, idb, b->doelen.n)) {
		say(c, "volgorde van de doelen gewijzigd");
		emit(c, OPP_EV_DOELEN_VOLGORDE, NULL, 0, true);
	}
	free(ida);
	free(idb);
}

/* ---- support and its funding ---------------------------------------------- */

static const struct opp_inzet *
inzet(const struct opp_doc *doc, const char *id)
{
	for (size_t i = 0; doc && id && i < doc->arrangement.n; i++)
		if (doc->arrangement.v[i].id.s && strcmp(doc->arrangement.v[i].id.s, id) == 0)
			return &doc->arrangement.v[i];
	return NULL;
}

static void
bekostiging(struct cmp *c, const struct opp_inzet *x, const struct opp_inzet *y)
{
	const struct opp_bekostiging *b = &y->bekostiging;
	const char *door = b->door.s ? opp_label_financier[b->door.i] : NULL;
	int was = x && x->bekostiging.status.s ? x->bekostiging.status.i : OPP_BEK_ONBEKEND;

	if (!b->status.s || b->status.i == was)
		return;
	switch (b->status.i) {
	case OPP_BEK_AANGEVRAAGD:
		say(c, "bekostiging van inzet '%s' aangevraagd%s%s", y->id.s, door ? " bij " : "",
		    door ? door : "");
		if (b->aangevraagd.s)
			say(c, " op %s", DS(b->aangevraagd.i));
		emit(c, OPP_EV_BEKOSTIGING_AANGEVRAAGD, y->id.s, b->aangevraagd.s ? b->aangevraagd.i : 0,
		     false);
		break;
	case OPP_BEK_TOEGEKEND:
	case OPP_BEK_AFGEWEZEN:
		say(c, "bekostiging van inzet '%s' %s%s%s", y->id.s,
		    b->status.i == OPP_BEK_TOEGEKEND ? "toegekend" : "afgewezen", door ? " door " : "",
		    door ? door : "");
		if (b->besluit.s)
			say(c, " (besluit %s)", DS(b->besluit.i));
		emit(c,
		     b->status.i == OPP_BEK_TOEGEKEND ? OPP_EV_BEKOSTIGING_TOEGEKEND
		                                      : OPP_EV_BEKOSTIGING_AFGEWEZEN,
		     y->id.s, b->besluit.s ? b->besluit.i : 0, false);
		break;
	default: break;
	}
}

static void
arrangement(struct cmp *c)
{
	const struct opp_doc *a = c->a, *b = c->b;
	const char **ida = xcalloc(a ? a->arrangement.n + 1 : 1, sizeof(*ida));
	const char **idb = xcalloc(b->arrangement.n + 1, sizeof(*idb));

	for (size_t i = 0; i < b->arrangement.n; i++) {
		const struct opp_inzet *y = &b->arrangement.v[i], *x;

		if (!(idb[i] = y->id.s))
			continue;
		if (!(x = inzet(a, y->id.s))) {
			kort(c, "inzet '%s' toegevoegd", y->id.s);
			say(c, "inzet '%s' toegevoegd: ", y->id.s);
			one_line(&c->t, y->wat.s ? y->wat.s : "?");
			say(c, " (%s%s%s)", y->wie.s ? naam(b, y->wie.s) : "?", y->start.s ? ", vanaf " : "",
			    y->start.s ? DS(y->start.i) : "");
			emit(c, OPP_EV_INZET_TOEGEVOEGD, y->id.s, y->start.s ? y->start.i : 0, true);
			bekostiging(c, NULL, y);
			continue;
		}
		say(c, "inzet '%s' gewijzigd: ", y->id.s);
		kort(c, "inzet '%s' gewijzigd: ", y->id.s);
		if (changes(c, inzet_velden, x, y, "eind"))
			emit(c, OPP_EV_INZET_GEWIJZIGD, y->id.s, 0, true);
		opp_buf_reset(&c->t);
		opp_buf_reset(&c->k);
		if (!x->eind.s && y->eind.s) {
			say(c, "inzet '%s' eindigt op %s", y->id.s, DS(y->eind.i));
			emit(c, OPP_EV_INZET_BEEINDIGD, y->id.s, y->eind.i, true);
		}
		if (!same_val(&x->wachtlijst_tot, &y->wachtlijst_tot)) {
			if (y->wachtlijst_tot.s)
				say(c, "inzet '%s': wachtlijst tot %s", y->id.s, DS(y->wachtlijst_tot.i));
			else
				say(c, "inzet '%s': geen wachtlijst meer", y->id.s);
			emit(c, OPP_EV_INZET_WACHTLIJST, y->id.s,
			     y->wachtlijst_tot.s ? y->wachtlijst_tot.i : 0, false);
		}
		bekostiging(c, x, y);
	}
	for (size_t i = 0; a && i < a->arrangement.n; i++) {
		const struct opp_inzet *x = &a->arrangement.v[i];
		if (!(ida[i] = x->id.s) || inzet(b, x->id.s))
			continue;
		say(c, "inzet '%s' verwijderd", x->id.s);
		emit(c, OPP_EV_INZET_VERWIJDERD, x->id.s, 0, true);
	}
	if (a && reordered(ida, a->arrangement.n, idb, b->arrangement.n)) {
		say(c, "volgorde van de inzet gewijzigd");
		emit(c, OPP_EV_ARRANGEMENT_VOLGORDE, NULL, 0, true);
	}
	free(ida);
	free(idb);
}

/* ---- meetings ------------------------------------------------------------------ */

static const char *
soort(const struct opp_overleg *o)
{
	return o->soort.s ? opp_label_soort[o->soort.i] : "overleg";
}

static bool
same_uitkomsten(const struct opp_overleg *x, const struct opp_overleg *y)
{
	if (x->uitkomsten.n != y->uitkomsten.n)
		return false;
	for (size_t i = 0; i < x->uitkomsten.n; i++)
		if (!same_val(&x->uitkomsten.v[i].key, &y->uitkomsten.v[i].key) ||
		    !same_val(&x->uitkomsten.v[i].value, &y->uitkomsten.v[i].value))
			return false;
	return true;
}

static void
uitkomsten(struct cmp *c, const struct opp_overleg *y)
{
	for (size_t i = 0; i < y->uitkomsten.n; i++)
		say(c, "%s%s %s", i ? ", " : ": ", y->uitkomsten.v[i].key.s,
		    opp_label_uitkomst[y->uitkomsten.v[i].value.i]);
}

static void
held(struct cmp *c, const struct opp_overleg *y)
{
	say(c, "%s van %s gehouden", soort(y), DS(y->datum.i));
	uitkomsten(c, y);
	emit(c, OPP_EV_OVERLEG_GEHOUDEN, NULL, y->datum.i, false);
}

static void
overleggen(struct cmp *c)
{
	const struct opp_doc *a = c->a, *b = c->b;
	size_t na = a ? a->overleggen.n : 0, nb = b->overleggen.n;
	size_t *pair = xcalloc(nb + 1, sizeof(*pair)); /* b's meeting i is a's pair[i] - 1 */
	bool *taken = xcalloc(na + 1, sizeof(*taken));

	/* the same day and soort, then the next of the same soort in order */
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < nb; i++) {
			const struct opp_overleg *y = &b->overleggen.v[i];
			for (size_t k = 0; !pair[i] && y->datum.s && k < na; k++) {
				const struct opp_overleg *x = &a->overleggen.v[k];
				if (!taken[k] && x->datum.s && x->soort.i == y->soort.i &&
				    (pass == 1 || x->datum.i == y->datum.i)) {
					pair[i] = k + 1;
					taken[k] = true;
				}
			}
		}
	for (size_t i = 0; i < nb; i++) {
		const struct opp_overleg *y = &b->overleggen.v[i], *x;
		if (!y->datum.s)
			continue;
		if (!pair[i]) {
			if (y->verslag.s) {
				held(c, y);
			} else {
				say(c, "%s gepland op %s", soort(y), DS(y->datum.i));
				if (y->doel.s) {
					opp_buf_puts(&c->t, ": ");
					one_line(&c->t, y->doel.s);
				}
				emit(c, OPP_EV_OVERLEG_GEPLAND, NULL, y->datum.i, false);
			}
			continue;
		}
		x = &a->overleggen.v[pair[i] - 1];
		if (x->datum.i != y->datum.i) {
			say(c, "%s van %s verzet naar %s", soort(y), DS(x->datum.i), DS(y->datum.i));
			emit(c, OPP_EV_OVERLEG_VERZET, NULL, y->datum.i, false);
		}
		if (!x->verslag.s && y->verslag.s) {
			held(c, y);
		} else if (!same_uitkomsten(x, y) && y->uitkomsten.n) {
			say(c, "uitkomsten van de %s van %s", soort(y), DS(y->datum.i));
			uitkomsten(c, y);
			emit(c, OPP_EV_OVERLEG_UITKOMSTEN, NULL, y->datum.i, false);
		}
	}
	for (size_t k = 0; k < na; k++) {
		const struct opp_overleg *x = &a->overleggen.v[k];
		if (taken[k] || !x->datum.s)
			continue;
		say(c, "%s van %s geschrapt", soort(x), DS(x->datum.i));
		emit(c, OPP_EV_OVERLEG_GESCHRAPT, NULL, x->datum.i, false);
	}
	free(pair);
	free(taken);
}

/* ---- afspraken, agreements, establishing -------------------------------------- */

static void
afspraken(struct cmp *c)
{
	for (size_t i = 0; i < c->b->afspraken.n; i++) {
		const struct opp_afspraak *y = &c->b->afspraken.v[i], *x = NULL;
		for (size_t k = 0; y->id.s && c->a && k < c->a->afspraken.n && !x; k++)
			if (c->a->afspraken.v[k].id.s && strcmp(c->a->afspraken.v[k].id.s, y->id.s) == 0)
				x = &c->a->afspraken.v[k];
		if (!y->id.s)
			continue;
		if (!x) {
			say(c, "afspraak '%s' gemaakt: %s: ", y->id.s, y->wie.s ? naam(c->b, y->wie.s) : "?");
			one_line(&c->t, y->wat.s ? y->wat.s : "?");
			if (y->uiterlijk.s)
				say(c, " (uiterlijk %s)", DS(y->uiterlijk.i));
			emit(c, OPP_EV_AFSPRAAK_GEMAAKT, y->id.s, y->uiterlijk.s ? y->uiterlijk.i : 0, false);
		}
		if ((!x || !x->gedaan.s) && y->gedaan.s) {
			say(c, "afspraak '%s' gedaan op %s", y->id.s, DS(y->gedaan.i));
			emit(c, OPP_EV_AFSPRAAK_GEDAAN, y->id.s, y->gedaan.i, false);
		}
	}
}

static bool
same_akkoord(const struct opp_akkoord *x, const struct opp_akkoord *y)
{
	return same_val(&x->datum, &y->datum) && same_val(&x->handelingsdeel, &y->handelingsdeel);
}

static void
akkoorden(struct cmp *c)
{
	struct opp_akkoord_status sa[OPP_PARTIJ_COUNT], sb[OPP_PARTIJ_COUNT];
	char digest[OPP_DIGEST_SIZE] = "";
	bool bound = false;

	/* the digest only when an agreement is bound to one (a history of
	 * thousands of versions computes it once per version at most) */
	for (int p = 0; p < OPP_PARTIJ_COUNT && !bound; p++) {
		const struct opp_akkoorden *l = opp_partij_akkoorden(c->b, p);
		for (size_t i = 0; i < l->n && !bound; i++)
			bound = l->v[i].handelingsdeel.s != NULL;
	}
	if (bound)
		opp_handelingsdeel_digest(c->b, digest);
	opp_akkoord_statussen(c->b, bound ? digest : NULL, sb);
	if (c->a)
		opp_akkoord_statussen(c->a, NULL, sa);
	for (int p = 0; p < OPP_PARTIJ_COUNT; p++) {
		const struct opp_akkoorden *la = c->a ? opp_partij_akkoorden(c->a, p) : NULL;
		const struct opp_akkoorden *lb = opp_partij_akkoorden(c->b, p);
		size_t from = 0;

		/* the agreements after those both versions share */
		while (la && from < la->n && from < lb->n && same_akkoord(&la->v[from], &lb->v[from]))
			from++;
		for (size_t i = from; i < lb->n; i++) {
			const struct opp_akkoord *y = &lb->v[i];
			if (!y->datum.s)
				continue;
			say(c, "akkoord van %s op %s", opp_partij_names[p], DS(y->datum.i));
			if (y->handelingsdeel.s)
				opp_buf_puts(&c->t,
				             strcmp(y->handelingsdeel.s, digest) == 0
				                     ? ", met deze versie van het handelingsdeel"
				                     : ", met een andere versie van het handelingsdeel");
			emit(c, OPP_EV_AKKOORD_GEGEVEN, opp_partij_names[p], y->datum.i, false);
		}
		if (c->a && sa[p].stand == OPP_AKKOORD_ACTUEEL && sb[p].stand == OPP_AKKOORD_VERVALLEN) {
			say(c, "akkoord van %s van %s vervallen: het handelingsdeel is gewijzigd",
			    opp_partij_names[p], DS(sb[p].laatste->datum.i));
			emit(c, OPP_EV_AKKOORD_VERVALLEN, opp_partij_names[p], sb[p].laatste->datum.i, false);
		}
	}
	if (c->b->vastgesteld.s && !(c->a && c->a->vastgesteld.s)) {
		say(c, "OPP vastgesteld op %s", DS(c->b->vastgesteld.i));
		emit(c, OPP_EV_VASTGESTELD, NULL, c->b->vastgesteld.i, false);
	}
}

void
opp_events_diff(struct opp_events *l, const struct opp_doc *a, const struct opp_doc *b, int32_t today,
                const void *at)
{
	struct cmp c = {l, a, b, today, at, OPP_BUF_INIT, OPP_BUF_INIT};

	doelen(&c);
	arrangement(&c);
	overleggen(&c);
	afspraken(&c);
	akkoorden(&c);
	opp_buf_release(&c.t);
	opp_buf_release(&c.k);
}

void
opp_events_handelingsdeel(struct opp_buf *out, const struct opp_events *l, size_t first)
{
	bool any = false;

	for (size_t i = first; i < l->n; i++)
		if (l->v[i].handelingsdeel) {
			opp_buf_printf(out, "%s%s", any ? "; " : "", l->v[i].kort);
			any = true;
		}
}

void
opp_event_json(struct opp_buf *out, const struct opp_event *e)
{
	opp_buf_printf(out, "\"kind\": \"%s\", \"id\": ", opp_event_kind_names[e->kind]);
	if (e->id)
		opp_json_str(out, e->id);
	else
		opp_buf_puts(out, "null");
	opp_buf_puts(out, ", \"text\": ");
	opp_json_str(out, e->tekst);
}
