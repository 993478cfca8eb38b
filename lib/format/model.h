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

/* Enumerations: one list each, expanded into the C enum and the names
 * table (model.c), so the two cannot drift apart. */
/* clang-format off */
#define OPP_ROLLEN(X)                                                        \
	X(LEERLING, "leerling") X(OUDERS, "ouders") X(LEERKRACHT, "leerkracht") \
	X(MENTOR, "mentor") X(IB, "intern-begeleider")                       \
	X(OSC, "ondersteuningscoordinator") X(ORTHOPEDAGOOG, "orthopedagoog") \
	X(DIRECTEUR, "directeur") X(ONDERWIJSSPECIALIST, "onderwijsspecialist") \
	X(AB, "ambulant-begeleider") X(ZORGMAKELAAR, "zorgmakelaar")         \
	X(GEZINSSPECIALIST, "gezinsspecialist")                              \
	X(WIJKTEAM, "wijkteammedewerker") X(JEUGDHULP, "jeugdhulpverlener")   \
	X(BEHANDELAAR, "behandelaar") X(JGZ, "jgz") X(CJG, "cjg") X(SMW, "smw") \
	X(LPA, "leerplichtambtenaar") X(ANDERS, "anders")
#define OPP_SIGNALEN(X)                                                      \
	X(VERZUIM, "verzuim") X(SOCIAAL_MEDISCH, "sociaal-medisch")           \
	X(OPVOEDEN_LICHT, "opvoeden-licht") X(OPVOEDEN_ZWAAR, "opvoeden-zwaar") \
	X(ANDERE_LEVENSGEBIEDEN, "andere-levensgebieden")                     \
	X(EVALUATIE_ARRANGEMENT, "evaluatie-arrangement")
#define OPP_AANLEIDINGEN(X)                                                  \
	X(BEGRIP, "begrip") X(BEHOEFTE, "behoefte") X(HAALBAARHEID, "haalbaarheid") \
	X(EXPERTISE, "expertise") X(SAMENWERKING, "samenwerking")
#define OPP_SOORTEN(X) X(OT, "ot") X(EVALUATIE, "evaluatie")
#define OPP_STATUSSEN(X)                                                     \
	X(LOPEND, "lopend") X(BEHAALD, "behaald") X(DEELS, "deels")           \
	X(NIET_BEHAALD, "niet-behaald") X(GESTOPT, "gestopt")
#define OPP_UITKOMSTEN(X)                                                    \
	X(BEHAALD, "behaald") X(DEELS, "deels") X(NIET_BEHAALD, "niet-behaald") \
	X(GESTOPT, "gestopt")
#define OPP_EIGENAREN(X)                                                     \
	X(LEERLING, "leerling") X(OUDERS, "ouders") X(LEERKRACHT, "leerkracht")
#define OPP_CONTEXTEN(X) X(SCHOOL, "school") X(THUIS, "thuis")
#define OPP_FINANCIERS(X)                                                    \
	X(SCHOOL, "school") X(SWV, "swv") X(GEMEENTE, "gemeente") X(CJG, "cjg") \
	X(ZORGVERZEKERAAR, "zorgverzekeraar") X(OUDERS, "ouders") X(ANDERS, "anders")
#define OPP_GRONDSLAGEN(X)                                                   \
	X(BASIS, "basisondersteuning") X(EXTRA, "extra-ondersteuning")        \
	X(ARRANGEMENT_SWV, "arrangement-swv") X(BESCHIKKING, "beschikking")   \
	X(VRIJ, "vrij-toegankelijk") X(ANDERS, "anders")
#define OPP_BEKOSTIGINGSSTATUSSEN(X)                                         \
	X(ONBEKEND, "onbekend") X(AANGEVRAAGD, "aangevraagd")                 \
	X(TOEGEKEND, "toegekend") X(AFGEWEZEN, "afgewezen")
/* clang-format on */

#define X_ROL(id, name) OPP_ROL_##id,
#define X_SIG(id, name) OPP_SIG_##id,
#define X_AAN(id, name) OPP_AANL_##id,
#define X_SRT(id, name) OPP_SOORT_##id,
#define X_ST(id, name)  OPP_DOEL_##id,
#define X_UIT(id, name) OPP_UIT_##id,
#define X_EIG(id, name) OPP_EIG_##id,
#define X_CTX(id, name) OPP_CTX_##id,
#define X_FIN(id, name) OPP_FIN_##id,
#define X_GRD(id, name) OPP_GROND_##id,
#define X_BST(id, name) OPP_BEK_##id,
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

struct opp_doel {
	struct opp_hdr h;
	struct opp_val id;            /* id, required, unique */
	struct opp_val eigenaar;      /* enum opp_eigenaar */
	struct opp_val doel;          /* text, required */
	struct opp_val context;       /* enum opp_context, default school */
	struct opp_val termijn;       /* date, required */
	struct opp_val status;        /* enum opp_doelstatus, default lopend */
	struct opp_val domein;        /* string */
	struct opp_val beginsituatie; /* text */
	struct opp_val criterium;     /* text */
};

struct opp_bekostiging {
	struct opp_hdr h;
	struct opp_val door;      /* enum opp_financier */
	struct opp_val grondslag; /* enum opp_grondslag */
	struct opp_val status;    /* enum opp_bekstatus */
	struct opp_val bedrag;    /* number (euro) in .n */
	struct opp_val kenmerk;   /* string */
};

struct opp_inzet {
	struct opp_hdr h;
	struct opp_val id;                  /* id, required, unique */
	struct opp_list doelen;             /* doel ids, required */
	struct opp_val wat;                 /* text, required */
	struct opp_val wie;                 /* a betrokkene id or a name */
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

struct opp_ondertekening {
	struct opp_hdr h;
	struct opp_val ouders, school, toegang, leerling; /* dates */
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
};

/* The format's shape: one table per mapping (model.c). The loader fills
 * the structs above from it and reports `schema` findings against it. */
enum opp_ftype {
	OPP_T_STR,  /* any scalar, kept as text (groep: 6 is "6") */
	OPP_T_ID,   /* [a-z0-9-]+ */
	OPP_T_INT,  /* plain integer */
	OPP_T_NUM,  /* plain number */
	OPP_T_DATE, /* YYYY-MM-DD, a real date */
	OPP_T_TIME, /* HH:MM */
	OPP_T_ENUM, /* one of `names` */
	OPP_T_LIST, /* sequence of scalars of type `elem` */
	OPP_T_MAP,  /* mapping described by `shape` */
	OPP_T_SEQ,  /* sequence of mappings described by `shape` */
	OPP_T_PAIRS /* mapping key (elem) → value (enum `names`) */
};

enum {
	OPP_F_REQUIRED = 1 << 0, /* a missing key is a `schema` finding */
	OPP_F_ROLE = 1 << 1,     /* enum opp_rol: config `rollen` may map */
	OPP_F_POSITIVE = 1 << 2, /* number > 0 */
	OPP_F_NONNEG = 1 << 3,   /* number >= 0 */
	OPP_F_NONEMPTY = 1 << 4, /* a list needs at least one item */
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
};

struct opp_shape {
	const char *name;               /* for messages: "leerling", "doelen" */
	size_t size;                    /* sizeof the struct (SEQ items) */
	const struct opp_field *fields; /* terminated by key == NULL */
};

extern const struct opp_shape opp_doc_shape;

/* Free a document and everything it owns. NULL is fine. */
void opp_doc_free(struct opp_doc *doc);

/* Index the betrokkenen for opp_doc_persoon(); the loader calls it. */
void opp_doc_index(struct opp_doc *doc);

/* The betrokkene with this id, or NULL (also for id == NULL). */
const struct opp_persoon *opp_doc_persoon(const struct opp_doc *doc, const char *id);

/* The doel with this id, or NULL. */
const struct opp_doel *opp_doc_doel(const struct opp_doc *doc, const char *id);

/* Whether a goal counts as active (status lopend, the default). */
bool opp_doel_actief(const struct opp_doel *d);

/* Whether a role is on the school side (spec: leerling, ouders, leerkracht,
 * mentor, intern-begeleider, ondersteuningscoordinator, orthopedagoog,
 * directeur); every other role is from outside the school. */
bool opp_rol_school(int rol);

/* Whether a list holds the text s. */
bool opp_list_has(const struct opp_list *l, const char *s);

/* Index of s in a NULL-terminated names table, or -1. */
int opp_name_index(const char *const *names, const char *s);

#endif
