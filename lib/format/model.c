/*
 * model — the format's shape table, enum names and lookups.
 *
 * The tables below are the C form of ../docs/format.md (and of the JSON
 * Schema in schema/): key names, types, required keys and enum values.
 */
#include "format/model.h"

#include <stdlib.h>
#include <string.h>

#define X_NAME(id, name) name,
const char *const opp_rol_names[] = {OPP_ROLLEN(X_NAME) NULL};
const char *const opp_signaal_names[] = {OPP_SIGNALEN(X_NAME) NULL};
const char *const opp_aanleiding_names[] = {OPP_AANLEIDINGEN(X_NAME) NULL};
const char *const opp_soort_names[] = {OPP_SOORTEN(X_NAME) NULL};
const char *const opp_doelstatus_names[] = {OPP_STATUSSEN(X_NAME) NULL};
const char *const opp_uitkomst_names[] = {OPP_UITKOMSTEN(X_NAME) NULL};
const char *const opp_eigenaar_names[] = {OPP_EIGENAREN(X_NAME) NULL};
const char *const opp_context_names[] = {OPP_CONTEXTEN(X_NAME) NULL};
const char *const opp_financier_names[] = {OPP_FINANCIERS(X_NAME) NULL};
const char *const opp_grondslag_names[] = {OPP_GRONDSLAGEN(X_NAME) NULL};
const char *const opp_bekstatus_names[] = {OPP_BEKOSTIGINGSSTATUSSEN(X_NAME) NULL};
#undef X_NAME

#define REQ OPP_F_REQUIRED
#define F(st, k, t, fl)                                                                                      \
	{                                                                                                    \
#k, OPP_T_##t, fl, offsetof(st, k), NULL, 0, NULL, 0                                         \
	}
#define E(st, k, names, fl, def)                                                                             \
	{                                                                                                    \
#k, OPP_T_ENUM, fl, offsetof(st, k), names, 0, NULL, def                                     \
	}
#define L(st, k, elem, names, fl)                                                                            \
	{                                                                                                    \
#k, OPP_T_LIST, fl, offsetof(st, k), names, OPP_T_##elem, NULL, 0                            \
	}
#define M(st, k, shape, fl)                                                                                  \
	{                                                                                                    \
#k, OPP_T_MAP, fl, offsetof(st, k), NULL, 0, &shape, 0                                       \
	}
#define S(st, k, shape, fl)                                                                                  \
	{                                                                                                    \
#k, OPP_T_SEQ, fl, offsetof(st, k), NULL, 0, &shape, 0                                       \
	}
#define END                                                                                                  \
	{                                                                                                    \
		NULL, 0, 0, 0, NULL, 0, NULL, 0                                                              \
	}

static const struct opp_field leerling_fields[] = {
        F(struct opp_leerling, naam, STR, REQ),   F(struct opp_leerling, geboortedatum, DATE, 0),
        F(struct opp_leerling, school, STR, REQ), F(struct opp_leerling, groep, STR, 0),
        F(struct opp_leerling, gemeente, STR, 0), END};
static const struct opp_shape leerling_shape = {"leerling", sizeof(struct opp_leerling), leerling_fields};

static const struct opp_field persoon_fields[] = {
        F(struct opp_persoon, id, ID, REQ),
        F(struct opp_persoon, naam, STR, REQ),
        E(struct opp_persoon, rol, opp_rol_names, REQ | OPP_F_ROLE, 0),
        F(struct opp_persoon, email, STR, 0),
        F(struct opp_persoon, organisatie, STR, 0),
        F(struct opp_persoon, telefoon, STR, 0),
        END};
static const struct opp_shape persoon_shape = {"betrokkenen", sizeof(struct opp_persoon), persoon_fields};

static const struct opp_field regie_fields[] = {F(struct opp_regie, opp, ID, REQ),
                                                F(struct opp_regie, gezinsplan, ID, 0), END};
static const struct opp_shape regie_shape = {"regie", sizeof(struct opp_regie), regie_fields};

static const struct opp_field ingezet_fields[] = {F(struct opp_ingezet, wat, STR, REQ),
                                                  F(struct opp_ingezet, effect, STR, 0), END};
static const struct opp_shape ingezet_shape = {"ingezet", sizeof(struct opp_ingezet), ingezet_fields};

static const struct opp_field waarneming_fields[] = {
        L(struct opp_waarneming, aanleiding, ENUM, opp_aanleiding_names, 0),
        F(struct opp_waarneming, observaties, STR, 0),
        L(struct opp_waarneming, hypothesen, STR, NULL, 0),
        S(struct opp_waarneming, ingezet, ingezet_shape, 0),
        F(struct opp_waarneming, ouders_geinformeerd, DATE, 0),
        END};
static const struct opp_shape waarneming_shape = {"waarneming", sizeof(struct opp_waarneming),
                                                  waarneming_fields};

static const struct opp_field kindgesprek_fields[] = {F(struct opp_kindgesprek, datum, DATE, REQ),
                                                      F(struct opp_kindgesprek, door, ID, 0), END};
static const struct opp_shape kindgesprek_shape = {"kindgesprek", sizeof(struct opp_kindgesprek),
                                                   kindgesprek_fields};

static const struct opp_field overleg_fields[] = {
        F(struct opp_overleg, datum, DATE, REQ),
        F(struct opp_overleg, tijd, TIME, 0),
        {"duur", OPP_T_INT, OPP_F_POSITIVE, offsetof(struct opp_overleg, duur), NULL, 0, NULL, 90},
        F(struct opp_overleg, locatie, STR, 0),
        E(struct opp_overleg, soort, opp_soort_names, REQ, 0),
        F(struct opp_overleg, doel, STR, REQ),
        F(struct opp_overleg, voorzitter, ID, 0),
        L(struct opp_overleg, genodigden, ID, NULL, REQ | OPP_F_NONEMPTY),
        L(struct opp_overleg, aanwezig, ID, NULL, 0),
        F(struct opp_overleg, toestemming, DATE, 0),
        M(struct opp_overleg, kindgesprek, kindgesprek_shape, 0),
        F(struct opp_overleg, verslag, STR, 0),
        {"uitkomsten", OPP_T_PAIRS, 0, offsetof(struct opp_overleg, uitkomsten), opp_uitkomst_names, OPP_T_ID,
         NULL, 0},
        F(struct opp_overleg, bijstelling, STR, 0),
        END};
static const struct opp_shape overleg_shape = {"overleggen", sizeof(struct opp_overleg), overleg_fields};

static const struct opp_field behoeften_fields[] = {L(struct opp_behoeften, leerling, STR, NULL, 0),
                                                    L(struct opp_behoeften, ouders, STR, NULL, 0),
                                                    L(struct opp_behoeften, leerkracht, STR, NULL, 0),
                                                    F(struct opp_behoeften, eigen_bijdrage, STR, 0), END};
static const struct opp_shape behoeften_shape = {"behoeften", sizeof(struct opp_behoeften), behoeften_fields};

static const struct opp_field factoren_fields[] = {L(struct opp_factoren, bevorderend, STR, NULL, 0),
                                                   L(struct opp_factoren, belemmerend, STR, NULL, 0), END};
static const struct opp_shape factoren_shape = {"factoren", sizeof(struct opp_factoren), factoren_fields};

static const struct opp_field doel_fields[] = {
        F(struct opp_doel, id, ID, REQ),
        E(struct opp_doel, eigenaar, opp_eigenaar_names, 0, 0),
        F(struct opp_doel, doel, STR, REQ),
        E(struct opp_doel, context, opp_context_names, 0, OPP_CTX_SCHOOL),
        F(struct opp_doel, termijn, DATE, REQ),
        E(struct opp_doel, status, opp_doelstatus_names, 0, OPP_DOEL_LOPEND),
        F(struct opp_doel, domein, STR, 0),
        F(struct opp_doel, beginsituatie, STR, 0),
        F(struct opp_doel, criterium, STR, 0),
        END};
static const struct opp_shape doel_shape = {"doelen", sizeof(struct opp_doel), doel_fields};

static const struct opp_field bekostiging_fields[] = {
        E(struct opp_bekostiging, door, opp_financier_names, REQ, 0),
        E(struct opp_bekostiging, grondslag, opp_grondslag_names, REQ, 0),
        E(struct opp_bekostiging, status, opp_bekstatus_names, REQ, OPP_BEK_ONBEKEND),
        F(struct opp_bekostiging, bedrag, NUM, OPP_F_NONNEG),
        F(struct opp_bekostiging, kenmerk, STR, 0),
        END};
static const struct opp_shape bekostiging_shape = {"bekostiging", sizeof(struct opp_bekostiging),
                                                   bekostiging_fields};

static const struct opp_field inzet_fields[] = {F(struct opp_inzet, id, ID, REQ),
                                                L(struct opp_inzet, doelen, ID, NULL, REQ | OPP_F_NONEMPTY),
                                                F(struct opp_inzet, wat, STR, REQ),
                                                F(struct opp_inzet, wie, STR, REQ),
                                                F(struct opp_inzet, frequentie, STR, 0),
                                                F(struct opp_inzet, start, DATE, REQ),
                                                F(struct opp_inzet, eind, DATE, 0),
                                                M(struct opp_inzet, bekostiging, bekostiging_shape, REQ),
                                                F(struct opp_inzet, wachtlijst_tot, DATE, 0),
                                                F(struct opp_inzet, overbrugging, STR, 0),
                                                END};
static const struct opp_shape inzet_shape = {"arrangement", sizeof(struct opp_inzet), inzet_fields};

/* wie, wat, uiterlijk and terugkoppeling are required too, but a missing
 * one is reported by the rule `afspraak-volledig`, which says why. */
static const struct opp_field afspraak_fields[] = {F(struct opp_afspraak, id, ID, REQ),
                                                   F(struct opp_afspraak, wie, ID, 0),
                                                   F(struct opp_afspraak, wat, STR, 0),
                                                   F(struct opp_afspraak, uiterlijk, DATE, 0),
                                                   L(struct opp_afspraak, terugkoppeling, ID, NULL, 0),
                                                   F(struct opp_afspraak, gedaan, DATE, 0),
                                                   END};
static const struct opp_shape afspraak_shape = {"afspraken", sizeof(struct opp_afspraak), afspraak_fields};

static const struct opp_field ondertekening_fields[] = {
        F(struct opp_ondertekening, ouders, DATE, 0), F(struct opp_ondertekening, school, DATE, 0),
        F(struct opp_ondertekening, toegang, DATE, 0), F(struct opp_ondertekening, leerling, DATE, 0), END};
static const struct opp_shape ondertekening_shape = {"ondertekening", sizeof(struct opp_ondertekening),
                                                     ondertekening_fields};

static const struct opp_field uitstroom_fields[] = {F(struct opp_uitstroom, richting, STR, 0),
                                                    F(struct opp_uitstroom, onderbouwing, STR, 0), END};
static const struct opp_shape uitstroom_shape = {"uitstroomperspectief", sizeof(struct opp_uitstroom),
                                                 uitstroom_fields};

static const struct opp_field gezinsplan_fields[] = {F(struct opp_gezinsplan, datum, DATE, 0),
                                                     F(struct opp_gezinsplan, afstemming, STR, 0), END};
static const struct opp_shape gezinsplan_shape = {"gezinsplan", sizeof(struct opp_gezinsplan),
                                                  gezinsplan_fields};

static const struct opp_field doc_fields[] = {
        F(struct opp_doc, opp, INT, REQ),
        M(struct opp_doc, leerling, leerling_shape, REQ),
        M(struct opp_doc, regie, regie_shape, REQ),
        S(struct opp_doc, betrokkenen, persoon_shape, REQ | OPP_F_NONEMPTY),
        L(struct opp_doc, signalen, ENUM, opp_signaal_names, 0),
        M(struct opp_doc, waarneming, waarneming_shape, 0),
        S(struct opp_doc, overleggen, overleg_shape, 0),
        M(struct opp_doc, behoeften, behoeften_shape, 0),
        M(struct opp_doc, factoren, factoren_shape, 0),
        F(struct opp_doc, integratief_beeld, STR, 0),
        S(struct opp_doc, doelen, doel_shape, 0),
        S(struct opp_doc, arrangement, inzet_shape, 0),
        S(struct opp_doc, afspraken, afspraak_shape, 0),
        M(struct opp_doc, ondertekening, ondertekening_shape, 0),
        M(struct opp_doc, uitstroomperspectief, uitstroom_shape, 0),
        F(struct opp_doc, vastgesteld, DATE, 0),
        F(struct opp_doc, einddatum, DATE, 0),
        M(struct opp_doc, gezinsplan, gezinsplan_shape, 0),
        END};
const struct opp_shape opp_doc_shape = {"", sizeof(struct opp_doc), doc_fields};

/* ---- lookups --------------------------------------------------------- */

void
opp_doc_free(struct opp_doc *doc)
{
	struct opp_arena a;

	if (!doc)
		return;
	free(doc->by_id);
	a = doc->arena; /* the document lives in its own arena */
	opp_arena_release(&a);
}

static int
cmp_persoon(const void *a, const void *b)
{
	const struct opp_persoon *p = *(const struct opp_persoon *const *)a;
	const struct opp_persoon *q = *(const struct opp_persoon *const *)b;
	return strcmp(p->id.s, q->id.s);
}

void
opp_doc_index(struct opp_doc *doc)
{
	size_t n = 0;

	free(doc->by_id);
	doc->by_id = xcalloc(doc->betrokkenen.n, sizeof(*doc->by_id));
	for (size_t i = 0; i < doc->betrokkenen.n; i++)
		if (doc->betrokkenen.v[i].id.s)
			doc->by_id[n++] = &doc->betrokkenen.v[i];
	/* Stable order among duplicate ids is irrelevant: duplicates are a
	 * `ref` finding and lookups then find one of them. */
	if (n > 1)
		qsort(doc->by_id, n, sizeof(*doc->by_id), cmp_persoon);
	doc->n_by_id = n;
}

const struct opp_persoon *
opp_doc_persoon(const struct opp_doc *doc, const char *id)
{
	size_t lo = 0, hi = doc->n_by_id;

	if (!id)
		return NULL;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(id, doc->by_id[mid]->id.s);
		if (c == 0)
			return doc->by_id[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

const struct opp_doel *
opp_doc_doel(const struct opp_doc *doc, const char *id)
{
	if (!id)
		return NULL;
	for (size_t i = 0; i < doc->doelen.n; i++)
		if (doc->doelen.v[i].id.s && strcmp(doc->doelen.v[i].id.s, id) == 0)
			return &doc->doelen.v[i];
	return NULL;
}

bool
opp_doel_actief(const struct opp_doel *d)
{
	return d->status.i == OPP_DOEL_LOPEND;
}

bool
opp_rol_school(int rol)
{
	switch (rol) {
	case OPP_ROL_LEERLING:
	case OPP_ROL_OUDERS:
	case OPP_ROL_LEERKRACHT:
	case OPP_ROL_MENTOR:
	case OPP_ROL_IB:
	case OPP_ROL_OSC:
	case OPP_ROL_ORTHOPEDAGOOG:
	case OPP_ROL_DIRECTEUR: return true;
	default: return false;
	}
}

bool
opp_list_has(const struct opp_list *l, const char *s)
{
	if (!s)
		return false;
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].s && strcmp(l->v[i].s, s) == 0)
			return true;
	return false;
}

int
opp_name_index(const char *const *names, const char *s)
{
	for (int i = 0; names[i]; i++)
		if (strcmp(names[i], s) == 0)
			return i;
	return -1;
}
