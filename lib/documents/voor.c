/*
 * voor — the readers and the one table of what each may see: see voor.h.
 */
#include "documents/voor.h"

#include <string.h>

#include "base/alloc.h"

const char *const opp_voor_names[] = {"school", "ouders", "leerling", "swv", NULL};

#define O (1u << OPP_VOOR_OUDERS)
#define L (1u << OPP_VOOR_LEERLING)
#define W (1u << OPP_VOOR_SWV)

/* Every field of the format and who besides the school may see it. An
 * id is listed where the reader's document looks someone or something
 * up by it (it is never shown as such); an enum or date where a section
 * shows it or a derived fact (a goal's status, the next meeting) needs
 * it.
 *
 * ouders (spec: the goals with their progress, the support and who gives
 * it, the afspraken, the next meeting, the signature page): not the
 * funding ("Financien worden afgestemd zonder ouders/kinderen", 003),
 * no contact details beyond name and organisation, nothing of the
 * school's own analysis (observations, hypotheses, factors).
 * leerling: their own goals and what helps, the next meeting; nothing
 * about the family (not the family's needs, not the gezinsplan, not the
 * afspraken between the adults).
 * swv: the categories of the onderwijskundig rapport (pupil, school and
 * group, support tried and its effect, needs, goals, the support asked
 * for with its funding, signatures and consent); no email or phone
 * number, no gezinsplan, no meeting reports (they hold what was said
 * about the family). The format has no birthplace, religion or
 * ethnicity, so no reader can get them. */
static const struct {
	const char *path;
	unsigned voor; /* bits 1 << enum opp_voor, besides the school */
} velden[] = {
        {"opp", 0},
        {"leerling.naam", O | L | W},
        {"leerling.geboortedatum", W},
        {"leerling.school", O | W},
        {"leerling.groep", O | W},
        {"leerling.gemeente", W},
        {"regie.opp", O | W},
        {"regie.gezinsplan", 0},
        {"betrokkenen[].id", O | L | W},
        {"betrokkenen[].naam", O | L | W},
        {"betrokkenen[].rol", O | L | W},
        {"betrokkenen[].email", 0},
        {"betrokkenen[].organisatie", O | W},
        {"betrokkenen[].telefoon", 0},
        {"signalen[]", W},
        {"waarneming.aanleiding[]", W},
        {"waarneming.observaties", W},
        {"waarneming.hypothesen[]", 0},
        {"waarneming.ingezet[].wat", W},
        {"waarneming.ingezet[].effect", W},
        {"waarneming.ouders_geinformeerd", 0},
        {"overleggen[].datum", O | L | W},
        {"overleggen[].tijd", O | L},
        {"overleggen[].duur", O},
        {"overleggen[].locatie", O | L},
        {"overleggen[].soort", O | L | W},
        {"overleggen[].doel", O},
        {"overleggen[].voorzitter", 0},
        {"overleggen[].genodigden[]", O},
        {"overleggen[].aanwezig[]", 0},
        {"overleggen[].toestemming", W},
        {"overleggen[].kindgesprek.datum", W},
        {"overleggen[].kindgesprek.door", 0},
        {"overleggen[].verslag", 0},
        {"overleggen[].uitkomsten", O | L | W},
        {"overleggen[].bijstelling", O | W},
        {"behoeften.leerling[]", W},
        {"behoeften.ouders[]", 0},
        {"behoeften.leerkracht[]", W},
        {"behoeften.eigen_bijdrage", 0},
        {"factoren.bevorderend[]", W},
        {"factoren.belemmerend[]", W},
        {"integratief_beeld", W},
        {"doelen[].id", O | L | W},
        {"doelen[].eigenaar", O | L | W},
        {"doelen[].doel", O | L | W},
        {"doelen[].context", O | W},
        {"doelen[].termijn", O | L | W},
        {"doelen[].gesteld", O | W},
        {"doelen[].status", O | L | W},
        {"doelen[].domein", W},
        {"doelen[].beginsituatie", O | W},
        {"doelen[].criterium", O | L | W},
        {"doelen[].beginwaarde", O | W},
        {"doelen[].streefwaarde", O | W},
        {"doelen[].eenheid", O | W},
        {"doelen[].voortgang[].datum", O | W},
        {"doelen[].voortgang[].door", O | W},
        {"doelen[].voortgang[].waarde", O | W},
        {"doelen[].voortgang[].tekst", O | W},
        {"arrangement[].id", O | L | W},
        {"arrangement[].doelen[]", O | L | W},
        {"arrangement[].wat", O | L | W},
        {"arrangement[].wie", O | L | W},
        {"arrangement[].frequentie", O | L | W},
        {"arrangement[].start", O | W},
        {"arrangement[].eind", O | L | W},
        {"arrangement[].bekostiging.door", W},
        {"arrangement[].bekostiging.grondslag", W},
        {"arrangement[].bekostiging.status", W},
        {"arrangement[].bekostiging.bedrag", W},
        {"arrangement[].bekostiging.kenmerk", W},
        {"arrangement[].bekostiging.aangevraagd", W},
        {"arrangement[].bekostiging.besluit", W},
        {"arrangement[].wachtlijst_tot", O | W},
        {"arrangement[].overbrugging", O | W},
        {"afspraken[].id", O},
        {"afspraken[].wie", O},
        {"afspraken[].wat", O},
        {"afspraken[].uiterlijk", O},
        {"afspraken[].terugkoppeling[]", O},
        {"afspraken[].gedaan", O},
        {"ondertekening.ouders", O | W},
        {"ondertekening.school", O | W},
        {"ondertekening.toegang", O | W},
        {"ondertekening.leerling", O | W},
        {"uitstroomperspectief.richting", W},
        {"uitstroomperspectief.onderbouwing", W},
        {"vastgesteld", O | W},
        {"einddatum", W},
        {"gezinsplan.datum", 0},
        {"gezinsplan.afstemming", 0},
};

#undef O
#undef L
#undef W

#define NVELDEN (sizeof(velden) / sizeof(*velden))

bool
opp_voor_mag(enum opp_voor r, const char *path)
{
	for (size_t i = 0; i < NVELDEN; i++)
		if (strcmp(velden[i].path, path) == 0)
			return r == OPP_VOOR_SCHOOL || (velden[i].voor & (1u << r));
	return false;
}

void
opp_voor_velden(struct opp_buf *out, enum opp_voor r)
{
	for (size_t i = 0; i < NVELDEN; i++)
		if (r == OPP_VOOR_SCHOOL || (velden[i].voor & (1u << r)))
			opp_buf_printf(out, "%s\n", velden[i].path);
}

/* ---- the paths of the shape ----------------------------------------- */

/* Back to the first len bytes of a path (the prefix of the field). */
static void
cut(struct opp_buf *b, size_t len)
{
	if (b->len > len) {
		b->len = len;
		b->ptr[len] = '\0';
	}
}

/* A field's path below prefix: a list's items are "key[]", a sequence's
 * "key[].", a map's "key."; a party's agreements (a date, a signature or
 * a list of them) and a meeting's uitkomsten are one field each. */
static void
paden(struct opp_buf *out, struct opp_buf *path, const struct opp_shape *sh)
{
	for (const struct opp_field *f = sh->fields; f->key; f++) {
		size_t len = path->len;

		opp_buf_puts(path, f->key);
		switch (f->type) {
		case OPP_T_LIST: opp_buf_puts(path, "[]"); break;
		case OPP_T_MAP: opp_buf_putc(path, '.'); break;
		case OPP_T_SEQ: opp_buf_puts(path, "[]."); break;
		default: break;
		}
		if (f->type == OPP_T_MAP || f->type == OPP_T_SEQ)
			paden(out, path, f->shape);
		else
			opp_buf_printf(out, "%s\n", path->ptr);
		cut(path, len);
	}
}

void
opp_voor_paden(struct opp_buf *out)
{
	struct opp_buf path = OPP_BUF_INIT;

	paden(out, &path, &opp_doc_shape);
	opp_buf_release(&path);
}

/* ---- the reader's copy ----------------------------------------------- */

struct filter {
	struct opp_doc *doc; /* the copy, whose arena holds the copied items */
	enum opp_voor r;
	struct opp_buf path;
};

static void filter_map(struct filter *c, const struct opp_shape *sh, void *obj);

static void
filter_field(struct filter *c, const struct opp_field *f, void *at)
{
	switch (f->type) {
	case OPP_T_MAP: filter_map(c, f->shape, at); return;
	case OPP_T_SEQ: {
		OPP_SEQ(char) *seq = at;
		char *v;

		if (!seq->n)
			return;
		/* The items are the original's: copy them before clearing. */
		v = opp_arena_alloc(&c->doc->arena, seq->n * f->shape->size);
		memcpy(v, seq->v, seq->n * f->shape->size);
		seq->v = v;
		for (size_t i = 0; i < seq->n; i++)
			filter_map(c, f->shape, v + i * f->shape->size);
		return;
	}
	default: break;
	}
	if (opp_voor_mag(c->r, c->path.ptr))
		return;
	switch (f->type) {
	case OPP_T_LIST: {
		struct opp_list *l = at;
		l->n = 0;
		l->h.set = false;
		break;
	}
	case OPP_T_PAIRS:
	case OPP_T_AKKOORD: {
		OPP_SEQ(char) *seq = at;
		seq->n = 0;
		seq->h.set = false;
		break;
	}
	default: {
		struct opp_val *v = at;
		v->s = NULL;
		v->i = f->def;
		v->n = 0;
	}
	}
}

static void
filter_map(struct filter *c, const struct opp_shape *sh, void *obj)
{
	for (const struct opp_field *f = sh->fields; f->key; f++) {
		size_t len = c->path.len;

		opp_buf_puts(&c->path, f->key);
		switch (f->type) {
		case OPP_T_LIST: opp_buf_puts(&c->path, "[]"); break;
		case OPP_T_MAP: opp_buf_putc(&c->path, '.'); break;
		case OPP_T_SEQ: opp_buf_puts(&c->path, "[]."); break;
		default: break;
		}
		filter_field(c, f, (char *)obj + f->off);
		cut(&c->path, len);
	}
}

struct opp_doc *
opp_voor_doc(const struct opp_doc *doc, enum opp_voor r)
{
	struct opp_arena a;
	struct opp_doc *copy;
	struct filter c;

	opp_arena_init(&a);
	copy = opp_arena_alloc(&a, sizeof(*copy));
	*copy = *doc;
	copy->arena = a;
	/* The original's indexes point into its own items. */
	copy->by_id = NULL;
	copy->doel_by_id = NULL;
	copy->inzet_start = NULL;
	copy->inzet_idx = NULL;
	copy->uitkomst_start = NULL;
	copy->uitkomst_idx = NULL;
	c = (struct filter){copy, r, OPP_BUF_INIT};
	filter_map(&c, &opp_doc_shape, copy);
	opp_buf_release(&c.path);
	opp_doc_index(copy);
	return copy;
}

bool
opp_voor_swv_aanvraag(const struct opp_doc *doc)
{
	for (size_t i = 0; i < doc->arrangement.n; i++) {
		const struct opp_bekostiging *b = &doc->arrangement.v[i].bekostiging;
		if (b->door.s && b->door.i == OPP_FIN_SWV)
			return true;
	}
	return false;
}
