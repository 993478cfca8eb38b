/*
 * model — the typed, in-memory OPP: what every command reads.
 *
 * A struct opp_doc is built by the loader (load.c) from one case file and
 * owns everything reachable from it in its arena: opp_doc_free() releases
 * it all. Structs are open so commands can read them directly.
 *
 * Every value keeps where it was written (struct opp_pos, 1-based line and
 * column). A scalar is a struct opp_val: `s` is the text as written, NULL
 * when the key is absent; `i` carries the typed value (a date's day
 * number, a time's minutes, an integer, an enum's index, a boolean), or
 * the documented default when the key is absent. Every mapping and list
 * starts with `struct opp_hdr`, whose `set` says whether it was written.
 *
 * The shape of the format lives in one table (opp_doc_shape, model.c):
 * the loader fills these structs from it, and schema checks come from it.
 */
#ifndef OPP_MODEL_H
#define OPP_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/alloc.h"

struct opp_pos {
	uint32_t line; /* 1-based; 0 = unknown */
	uint32_t col;  /* 1-based, in characters */
};

struct opp_hdr {
	struct opp_pos pos; /* where the mapping/list (or its key) starts */
	bool set;           /* written in the file */
};

/* .i of a person reference that is not shaped like an id ("Tom Dekker"
 * in genodigden): kept, so that rule `ref` can say whose id is meant. */
#define OPP_VAL_NOT_ID (-1)

struct opp_val {
	const char *s;      /* text as written; NULL when absent or invalid */
	struct opp_pos pos; /* where the value (or, if absent, its parent) is */
	int32_t i;          /* typed value; see the file comment */
	double n;           /* numbers (bedrag) */
};

struct opp_list { /* a list of scalars */
	struct opp_hdr h;
	struct opp_val *v;
	size_t n;
};

#define OPP_SEQ(T)                                                                                           \
	struct {                                                                                             \
		struct opp_hdr h;                                                                            \
		T *v;                                                                                        \
		size_t n;                                                                                    \
	}

/* Enumerations: one list each, X(ID, "name in the file", "Dutch label"),
 * expanded into the C enum, the names table and the labels table
 * (model.c), so none of them can drift apart or lack an entry: a value
 * without its label does not compile. The labels are what documents
 * show (Dutch, whatever the user's locale: the documents are for Dutch
 * parents and professionals). */
/* clang-format off */
#define OPP_ROLLEN(X) \
	X(LEERLING, "leerling", "leerling") \
	X(OUDERS, "ouders", "ouders") \
	X(LEERKRACHT, "leerkracht", "leerkracht") \
	X(MENTOR, "mentor", "mentor") \
	X(IB, "intern-begeleider", "intern begeleider") \
	X(OSC, "ondersteuningscoordinator", "ondersteuningscoördinator") \
	X(ORTHOPEDAGOOG, "orthopedagoog", "orthopedagoog") \
	X(DIRECTEUR, "directeur", "directeur") \
	X(ONDERWIJSSPECIALIST, "onderwijsspecialist", "onderwijsspecialist") \
	X(AB, "ambulant-begeleider", "ambulant begeleider") \
	X(ZORGMAKELAAR, "zorgmakelaar", "zorgmakelaar") \
	X(GEZINSSPECIALIST, "gezinsspecialist", "gezinsspecialist") \
	X(WIJKTEAM, "wijkteammedewerker", "wijkteammedewerker") \
	X(JEUGDHULP, "jeugdhulpverlener", "jeugdhulpverlener") \
	X(BEHANDELAAR, "behandelaar", "behandelaar") \
	X(JGZ, "jgz", "jeugdgezondheidszorg") \
	X(CJG, "cjg", "centrum voor jeugd en gezin") \
	X(SMW, "smw", "schoolmaatschappelijk werk") \
	X(LPA, "leerplichtambtenaar", "leerplichtambtenaar") \
	X(ANDERS, "anders", "anders")
/* Handbook 001 step 3: the concerns that call for an invitee. */
#define OPP_SIGNALEN(X) \
	X(VERZUIM, "verzuim", "zorgen over verzuim") \
	X(SOCIAAL_MEDISCH, "sociaal-medisch", "zorgen over de sociaal-medische ontwikkeling") \
	X(OPVOEDEN_LICHT, "opvoeden-licht", "lichte opvoed- en opgroeiproblematiek") \
	X(OPVOEDEN_ZWAAR, "opvoeden-zwaar", "zware opvoed- en opgroeiproblematiek") \
	X(ANDERE_LEVENSGEBIEDEN, "andere-levensgebieden", "problematiek op andere levensgebieden dan school") \
	X(EVALUATIE_ARRANGEMENT, "evaluatie-arrangement", "evaluatie van een lopend arrangement")
/* Handbook 001: "Om tot een OT over te gaan kunnen grofweg 5 aanleidingen
 * aangewezen worden". */
#define OPP_AANLEIDINGEN(X) \
	X(BEGRIP, "begrip", "we begrijpen niet goed waarom het zo gaat met de leerling") \
	X(BEHOEFTE, "behoefte", "we kunnen niet formuleren wat de leerling nodig heeft") \
	X(HAALBAARHEID, "haalbaarheid", "we weten niet of de doelen haalbaar zijn") \
	X(EXPERTISE, "expertise", "specifieke expertise is nodig om de aanpak op school en thuis af te stemmen") \
	X(SAMENWERKING, "samenwerking", "de samenwerking tussen school en thuis is verstoord")
#define OPP_SOORTEN(X) \
	X(OT, "ot", "OT") \
	X(EVALUATIE, "evaluatie", "evaluatie")
#define OPP_STATUSSEN(X) \
	X(LOPEND, "lopend", "lopend") \
	X(BEHAALD, "behaald", "behaald") \
	X(DEELS, "deels", "deels behaald") \
	X(NIET_BEHAALD, "niet-behaald", "niet behaald") \
	X(GESTOPT, "gestopt", "gestopt")
#define OPP_UITKOMSTEN(X) \
	X(BEHAALD, "behaald", "behaald") \
	X(DEELS, "deels", "deels behaald") \
	X(NIET_BEHAALD, "niet-behaald", "niet behaald") \
	X(GESTOPT, "gestopt", "gestopt")
#define OPP_EIGENAREN(X) \
	X(LEERLING, "leerling", "leerling") \
	X(OUDERS, "ouders", "ouders") \
	X(LEERKRACHT, "leerkracht", "leerkracht")
#define OPP_CONTEXTEN(X) \
	X(SCHOOL, "school", "school") \
	X(THUIS, "thuis", "thuis")
#define OPP_FINANCIERS(X) \
	X(SCHOOL, "school", "school") \
	X(SWV, "swv", "samenwerkingsverband") \
	X(GEMEENTE, "gemeente", "gemeente") \
	X(CJG, "cjg", "CJG") \
	X(ZORGVERZEKERAAR, "zorgverzekeraar", "zorgverzekeraar") \
	X(OUDERS, "ouders", "ouders") \
	X(ANDERS, "anders", "anders")
#define OPP_GRONDSLAGEN(X) \
	X(BASIS, "basisondersteuning", "basisondersteuning") \
	X(EXTRA, "extra-ondersteuning", "extra ondersteuning") \
	X(ARRANGEMENT_SWV, "arrangement-swv", "arrangement SWV") \
	X(BESCHIKKING, "beschikking", "beschikking") \
	X(VRIJ, "vrij-toegankelijk", "vrij toegankelijk") \
	X(ANDERS, "anders", "anders")
#define OPP_BEKOSTIGINGSSTATUSSEN(X) \
	X(ONBEKEND, "onbekend", "onbekend") \
	X(AANGEVRAAGD, "aangevraagd", "aangevraagd") \
	X(TOEGEKEND, "toegekend", "toegekend") \
	X(AFGEWEZEN, "afgewezen", "afgewezen")
/* clang-format on */

#define X_ROL(id, name, label) OPP_ROL_##id,
#define X_SIG(id, name, label) OPP_SIG_##id,
#define X_AAN(id, name, label) OPP_AANL_##id,
#define X_SRT(id, name, label) OPP_SOORT_##id,
#define X_ST(id, name, label)  OPP_DOEL_##id,
#define X_UIT(id, name, label) OPP_UIT_##id,
#define X_EIG(id, name, label) OPP_EIG_##id,
#define X_CTX(id, name, label) OPP_CTX_##id,
#define X_FIN(id, name, label) OPP_FIN_##id,
#define X_GRD(id, name, label) OPP_GROND_##id,
#define X_BST(id, name, label) OPP_BEK_##id,
enum opp_rol { OPP_ROLLEN(X_ROL) OPP_ROL_COUNT };
enum opp_signaal { OPP_SIGNALEN(X_SIG) OPP_SIG_COUNT };
enum opp_aanleiding { OPP_AANLEIDINGEN(X_AAN) OPP_AANL_COUNT };
enum opp_soort { OPP_SOORTEN(X_SRT) OPP_SOORT_COUNT };
enum opp_doelstatus { OPP_STATUSSEN(X_ST) OPP_DOEL_COUNT };
enum opp_uitkomst { OPP_UITKOMSTEN(X_UIT) OPP_UIT_COUNT };
enum opp_eigenaar { OPP_EIGENAREN(X_EIG) OPP_EIG_COUNT };
enum opp_context { OPP_CONTEXTEN(X_CTX) OPP_CTX_COUNT };
enum opp_financier { OPP_FINANCIERS(X_FIN) OPP_FIN_COUNT };
enum opp_grondslag { OPP_GRONDSLAGEN(X_GRD) OPP_GROND_COUNT };
enum opp_bekstatus { OPP_BEKOSTIGINGSSTATUSSEN(X_BST) OPP_BEK_COUNT };
#undef X_ROL
#undef X_SIG
#undef X_AAN
#undef X_SRT
#undef X_ST
#undef X_UIT
#undef X_EIG
#undef X_CTX
#undef X_FIN
#undef X_GRD
#undef X_BST

/* NULL-terminated name tables, indexed by the enums above. */
extern const char *const opp_rol_names[];
extern const char *const opp_signaal_names[];
extern const char *const opp_aanleiding_names[];
extern const char *const opp_soort_names[];
extern const char *const opp_doelstatus_names[];
extern const char *const opp_uitkomst_names[];
extern const char *const opp_eigenaar_names[];
extern const char *const opp_context_names[];
extern const char *const opp_financier_names[];
extern const char *const opp_grondslag_names[];
extern const char *const opp_bekstatus_names[];

/* The Dutch labels, indexed by the same enums (not NULL-terminated). */
extern const char *const opp_label_rol[OPP_ROL_COUNT];
extern const char *const opp_label_signaal[OPP_SIG_COUNT];
extern const char *const opp_label_aanleiding[OPP_AANL_COUNT];
extern const char *const opp_label_soort[OPP_SOORT_COUNT];
extern const char *const opp_label_doelstatus[OPP_DOEL_COUNT];
extern const char *const opp_label_uitkomst[OPP_UIT_COUNT];
extern const char *const opp_label_eigenaar[OPP_EIG_COUNT];
extern const char *const opp_label_context[OPP_CTX_COUNT];
extern const char *const opp_label_financier[OPP_FIN_COUNT];
extern const char *const opp_label_grondslag[OPP_GROND_COUNT];
extern const char *const opp_label_bekstatus[OPP_BEK_COUNT];

struct opp_leerling {
	struct opp_hdr h;
	struct opp_val naam;          /* string, required (a pseudonym is fine) */
	struct opp_val geboortedatum; /* date */
	struct opp_val school;        /* string, required */
	struct opp_val groep;         /* string ("6" and 6 both) */
	struct opp_val gemeente;      /* string */
};

struct opp_persoon {
	struct opp_hdr h;
	struct opp_val id;          /* id, required, unique */
	struct opp_val naam;        /* string, required */
	struct opp_val rol;         /* enum opp_rol (config `rollen` mapped) */
	struct opp_val email;       /* string */
	struct opp_val organisatie; /* string */
	struct opp_val telefoon;    /* string */
};

struct opp_regie {
	struct opp_hdr h;
	struct opp_val opp;        /* id of the education-side regievoerder */
	struct opp_val gezinsplan; /* id of the youth-care-side regievoerder */
};

struct opp_ingezet {
	struct opp_hdr h;
	struct opp_val wat;    /* support already tried */
	struct opp_val effect; /* and its effect */
};

struct opp_waarneming {
	struct opp_hdr h;
	struct opp_list aanleiding;          /* enum opp_aanleiding */
	struct opp_val observaties;          /* text */
	struct opp_list hypothesen;          /* strings */
	OPP_SEQ(struct opp_ingezet) ingezet; /* support tried */
	struct opp_val ouders_geinformeerd;  /* date */
};

struct opp_kindgesprek {
	struct opp_hdr h;
	struct opp_val datum; /* date */
	struct opp_val door;  /* id */
};

struct opp_paar { /* one entry of a key → value mapping */
	struct opp_hdr h;
	struct opp_val key;   /* e.g. a doel id */
	struct opp_val value; /* e.g. enum opp_uitkomst */
};

struct opp_overleg {
	struct opp_hdr h;
	struct opp_val datum;                /* date, required */
	struct opp_val tijd;                 /* time (minutes after midnight) */
	struct opp_val duur;                 /* minutes, default 90 */
	struct opp_val locatie;              /* string */
	struct opp_val soort;                /* enum opp_soort, required */
	struct opp_val doel;                 /* text, required */
	struct opp_val voorzitter;           /* id */
	struct opp_list genodigden;          /* ids, required */
	struct opp_list aanwezig;            /* ids, after the meeting */
	struct opp_val toestemming;          /* date of the parents' consent */
	struct opp_kindgesprek kindgesprek;  /* the pupil heard beforehand */
	struct opp_val verslag;              /* text, after the meeting */
	OPP_SEQ(struct opp_paar) uitkomsten; /* doel id → enum opp_uitkomst */
	struct opp_val bijstelling;          /* text: step 9 adjustment */
};

struct opp_behoeften {
	struct opp_hdr h;
	struct opp_list leerling, ouders, leerkracht; /* strings */
	struct opp_val eigen_bijdrage;                /* text */
};

struct opp_factoren {
	struct opp_hdr h;
	struct opp_list bevorderend, belemmerend; /* strings */
};

struct opp_voortgang { /* a progress note between evaluations */
	struct opp_hdr h;
	struct opp_val datum;  /* date, required, not after today */
	struct opp_val door;   /* id of who wrote it, required */
	struct opp_val waarde; /* number in .n: the measured value */
	struct opp_val tekst;  /* text */
};

struct opp_doel {
	struct opp_hdr h;
	struct opp_val id;            /* id, required, unique */
	struct opp_val eigenaar;      /* enum opp_eigenaar */
	struct opp_val doel;          /* text, required */
	struct opp_val context;       /* enum opp_context, default school */
	struct opp_val termijn;       /* date, required */
	struct opp_val gesteld;       /* date the goal was set (default: the first held OT) */
	struct opp_val status;        /* enum opp_doelstatus: only for a goal closed outside a meeting;
	                                 the status is derived (opp_doel_status, facts/query.h) */
	struct opp_val domein;        /* string */
	struct opp_val beginsituatie; /* text */
	struct opp_val criterium;     /* text */
	struct opp_val beginwaarde;   /* number in .n: where the expected line starts */
	struct opp_val streefwaarde;  /* number in .n: where it should be at termijn */
	struct opp_val eenheid;       /* string: what the numbers count */
	OPP_SEQ(struct opp_voortgang) voortgang; /* notes, oldest first */
};

struct opp_bekostiging {
	struct opp_hdr h;
	struct opp_val door;        /* enum opp_financier */
	struct opp_val grondslag;   /* enum opp_grondslag */
	struct opp_val status;      /* enum opp_bekstatus */
	struct opp_val bedrag;      /* number (euro) in .n, 0 to 10,000,000 */
	struct opp_val kenmerk;     /* string */
	struct opp_val aangevraagd; /* date the application was submitted */
	struct opp_val besluit;     /* date of the decision (toegekend or afgewezen) */
};

struct opp_inzet {
	struct opp_hdr h;
	struct opp_val id;                  /* id, required, unique */
	struct opp_list doelen;             /* doel ids, required */
	struct opp_val wat;                 /* text, required */
	struct opp_val wie;                 /* a betrokkene id or a provider's name */
	struct opp_val frequentie;          /* string */
	struct opp_val start;               /* date, required */
	struct opp_val eind;                /* date */
	struct opp_bekostiging bekostiging; /* required */
	struct opp_val wachtlijst_tot;      /* date */
	struct opp_val overbrugging;        /* text: plan B meanwhile */
};

struct opp_afspraak {
	struct opp_hdr h;
	struct opp_val id;              /* id, unique */
	struct opp_val wie;             /* id: A */
	struct opp_val wat;             /* text: B */
	struct opp_val uiterlijk;       /* date: X */
	struct opp_list terugkoppeling; /* ids: Z */
	struct opp_val gedaan;          /* date; absent while open */
};

/* One agreement of a party to the plan: a date, bound to the exact
 * handelingsdeel when `handelingsdeel` holds its digest (opp sign). */
struct opp_akkoord {
	struct opp_hdr h;
	struct opp_val datum;          /* date, required, not after today */
	struct opp_val handelingsdeel; /* "sha256:<64 hex>", or absent: not bound */
};

/* A party's agreements, oldest first (a plain date or a signature in the
 * file is a list of one): the first counts for `ondertekening` and
 * `vastgesteld`, the last for `ondertekening-actueel`. */
struct opp_akkoorden {
	struct opp_hdr h;
	struct opp_akkoord *v;
	size_t n;
};

struct opp_ondertekening {
	struct opp_hdr h;
	struct opp_akkoorden ouders, school, toegang, leerling;
};

struct opp_uitstroom {
	struct opp_hdr h;
	struct opp_val richting;     /* string */
	struct opp_val onderbouwing; /* text */
};

struct opp_gezinsplan {
	struct opp_hdr h;
	struct opp_val datum;      /* date */
	struct opp_val afstemming; /* text */
};

struct opp_doc {
	struct opp_hdr h;
	struct opp_val opp; /* format version, 1 */
	struct opp_leerling leerling;
	struct opp_regie regie;
	OPP_SEQ(struct opp_persoon) betrokkenen;
	struct opp_list signalen; /* enum opp_signaal */
	struct opp_waarneming waarneming;
	OPP_SEQ(struct opp_overleg) overleggen;
	struct opp_behoeften behoeften;
	struct opp_factoren factoren;
	struct opp_val integratief_beeld;
	OPP_SEQ(struct opp_doel) doelen;
	OPP_SEQ(struct opp_inzet) arrangement;
	OPP_SEQ(struct opp_afspraak) afspraken;
	struct opp_ondertekening ondertekening;
	struct opp_uitstroom uitstroomperspectief;
	struct opp_val vastgesteld;
	struct opp_val einddatum;
	struct opp_gezinsplan gezinsplan;

	/* Not from the file: */
	const char *name;           /* file name as given by the caller */
	struct opp_arena arena;     /* owns the document and all its strings */
	struct opp_persoon **by_id; /* betrokkenen sorted by id, for lookups */
	size_t n_by_id;
	struct opp_doel **doel_by_id; /* doelen sorted by id */
	size_t n_doel_by_id;
	size_t *inzet_start; /* goal i's items: inzet_idx[inzet_start[i] .. inzet_start[i+1]) */
	size_t *inzet_idx;
	size_t *uitkomst_start; /* goal i's uitkomsten, by meeting date: uitkomst_idx[...] */
	struct opp_uitkomst_ref *uitkomst_idx;
};

/* The format's shape: one table per mapping (model.c). The loader fills
 * the structs above from it and reports `schema` findings against it. */
/* Field types; those before OPP_T_LIST are scalars (struct opp_val). */
enum opp_ftype {
	OPP_T_STR,    /* any scalar, kept as text (groep: 6 is "6") */
	OPP_T_ID,     /* [a-z0-9-]+ */
	OPP_T_INT,    /* plain integer */
	OPP_T_NUM,    /* plain number */
	OPP_T_DATE,   /* YYYY-MM-DD, a real date */
	OPP_T_TIME,   /* HH:MM */
	OPP_T_ENUM,   /* one of `names` */
	OPP_T_EMAIL,  /* one plain address local@domain (base/email.h) */
	OPP_T_DIGEST, /* "sha256:" and 64 lowercase hexadecimal digits */
	OPP_T_LIST,   /* sequence of scalars of type `elem` */
	OPP_T_MAP,    /* mapping described by `shape` */
	OPP_T_SEQ,    /* sequence of mappings described by `shape` */
	OPP_T_PAIRS,  /* mapping key (elem) → value (enum `names`) */
	OPP_T_AKKOORD /* struct opp_akkoorden: a date, a signature map, or a list of them */
};

/* What a field is, beyond its type: the rules, redact and the schema ask
 * these flags instead of recognising key names. */
enum {
	OPP_F_REQUIRED = 1 << 0, /* a missing (or empty) key is a `schema` finding */
	OPP_F_ROLE = 1 << 1,     /* enum opp_rol: config `rollen` may map */
	OPP_F_RANGE = 1 << 2,    /* INT or NUM within [min, max] */
	OPP_F_NONEMPTY = 1 << 4, /* a list needs at least one item */
	OPP_F_PERSON = 1 << 5,   /* a betrokkene's id (or a list of them): rule `ref` */
	OPP_F_GOAL = 1 << 6,     /* a doel's id (a list; for PAIRS: the keys): rule `ref` */
	OPP_F_WHO = 1 << 7,      /* a betrokkene's id or a provider's name (arrangement.wie) */
	OPP_F_DEFINES = 1 << 8,  /* the id this entry defines, unique in its list */
	OPP_F_PERSONAL = 1 << 9, /* identifies a person: names, contact details, birth date */
	OPP_F_TEXT = 1 << 10,    /* free text, Markdown */
	OPP_F_PAST = 1 << 11,    /* a date of something that happened: not after today (`datums`) */
	OPP_F_BIRTH = 1 << 12,   /* a birth date: before today (`datums`) */
	OPP_F_WANTED = 1 << 13,  /* required, but a rule reports it missing, with the reason
	                            (afspraak-volledig); the schema requires it too */
};

struct opp_shape;

struct opp_field {
	const char *key;
	enum opp_ftype type;
	unsigned flags;                /* OPP_F_* */
	size_t off;                    /* offset in the parent struct */
	const char *const *names;      /* enum names (ENUM, enum LIST, PAIRS) */
	enum opp_ftype elem;           /* element type of LIST, key of PAIRS */
	const struct opp_shape *shape; /* MAP and SEQ */
	int32_t def;                   /* .i when the key is absent */
	double min, max;               /* OPP_F_RANGE */
	const char *desc;              /* Dutch description (the JSON Schema's hover text) */
};

struct opp_shape {
	const char *name;               /* for messages: "leerling", "doelen" */
	size_t size;                    /* sizeof the struct (SEQ items) */
	const struct opp_field *fields; /* terminated by key == NULL */
	const char *desc;               /* Dutch description of one entry */
	const char *any_of[3];          /* at least one of these keys (NULL-terminated), or none */
};

extern const struct opp_shape opp_doc_shape;
extern const struct opp_shape opp_akkoord_shape; /* one signature {datum, handelingsdeel} */

/* Free a document and everything it owns. NULL is fine. */
void opp_doc_free(struct opp_doc *doc);

/* Index the betrokkenen, the goals and which arrangement items serve
 * each goal, for the lookups below; the loader calls it. Lookups are
 * O(log n) and the per-goal item lists O(1), so a file with thousands of
 * goals and items that each serve all of them stays near-linear. */
void opp_doc_index(struct opp_doc *doc);

/* The betrokkene with this id, or NULL (also for id == NULL). */
const struct opp_persoon *opp_doc_persoon(const struct opp_doc *doc, const char *id);

/* The doel with this id, or NULL. */
const struct opp_doel *opp_doc_doel(const struct opp_doc *doc, const char *id);

/* One uitkomst given for a goal, and the meeting that gave it. */
struct opp_uitkomst_ref {
	const struct opp_overleg *o;
	const struct opp_paar *p;
};

/* The uitkomsten given for goal d at dated meetings, oldest meeting
 * first (in file order on the same date): *n of them. */
const struct opp_uitkomst_ref *opp_doc_uitkomsten(const struct opp_doc *doc, const struct opp_doel *d,
                                                  size_t *n);

/* The arrangement items that serve goal d (each once, in file order):
 * *n of them, as indexes into doc->arrangement.v. */
const size_t *opp_doc_inzet_voor(const struct opp_doc *doc, const struct opp_doel *d, size_t *n);

/* Whether arrangement item z serves goal d. */
bool opp_inzet_dient(const struct opp_doc *doc, const struct opp_inzet *z, const struct opp_doel *d);

/* A party's first and last agreement, or NULL when it has none. */
const struct opp_akkoord *opp_akkoord_eerste(const struct opp_akkoorden *a);
const struct opp_akkoord *opp_akkoord_laatste(const struct opp_akkoorden *a);

/* Call fn for every scalar value written in the document (list items
 * one by one, PAIRS keys and values), with the field that describes it
 * and the shape it belongs to. The rules (`ref`, `datums`) and redact
 * walk the document this way, by the field flags, not by key names. */
typedef void opp_doc_visit(void *ctx, const struct opp_shape *sh, const struct opp_field *f,
                           const struct opp_val *v, bool pair_key);
void opp_doc_walk(const struct opp_doc *doc, opp_doc_visit *fn, void *ctx);

/* A field as messages name it: "arrangement.wie", "leerling.naam", a
 * top-level key alone ("vastgesteld"); cut to fit n bytes. */
void opp_field_name(char *out, size_t n, const struct opp_shape *sh, const struct opp_field *f);

/* The same for the fields with one of the flags (OPP_F_*) or of one of
 * the types (bit 1 << OPP_T_*) only; parts of the document without such
 * a field are not walked. */
void opp_doc_walk_only(const struct opp_doc *doc, unsigned flags, unsigned types, opp_doc_visit *fn,
                       void *ctx);

/* Whether a role is on the school side (spec: leerling, ouders, leerkracht,
 * mentor, intern-begeleider, ondersteuningscoordinator, orthopedagoog,
 * directeur); every other role is from outside the school. */
bool opp_rol_school(int rol);

/* Whether a list holds the text s. */
bool opp_list_has(const struct opp_list *l, const char *s);

/* Whether s is shaped like an id: [a-z0-9-]+. */
bool opp_id_ok(const char *s);

/* Index of s in a NULL-terminated names table, or -1. */
int opp_name_index(const char *const *names, const char *s);

#endif
