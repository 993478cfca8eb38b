/*
 * model — the format's shape table, enum names and lookups.
 *
 * The tables below are the C form of ../docs/format.md (and of the JSON
 * Schema in schema/): key names, types, required keys and enum values.
 */
#include "format/model.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define X_NAME(id, name, label) name,
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

#define X_LABEL(id, name, label) label,
const char *const opp_label_rol[OPP_ROL_COUNT] = {OPP_ROLLEN(X_LABEL)};
const char *const opp_label_signaal[OPP_SIG_COUNT] = {OPP_SIGNALEN(X_LABEL)};
const char *const opp_label_aanleiding[OPP_AANL_COUNT] = {OPP_AANLEIDINGEN(X_LABEL)};
const char *const opp_label_soort[OPP_SOORT_COUNT] = {OPP_SOORTEN(X_LABEL)};
const char *const opp_label_doelstatus[OPP_DOEL_COUNT] = {OPP_STATUSSEN(X_LABEL)};
const char *const opp_label_uitkomst[OPP_UIT_COUNT] = {OPP_UITKOMSTEN(X_LABEL)};
const char *const opp_label_eigenaar[OPP_EIG_COUNT] = {OPP_EIGENAREN(X_LABEL)};
const char *const opp_label_context[OPP_CTX_COUNT] = {OPP_CONTEXTEN(X_LABEL)};
const char *const opp_label_financier[OPP_FIN_COUNT] = {OPP_FINANCIERS(X_LABEL)};
const char *const opp_label_grondslag[OPP_GROND_COUNT] = {OPP_GRONDSLAGEN(X_LABEL)};
const char *const opp_label_bekstatus[OPP_BEK_COUNT] = {OPP_BEKOSTIGINGSSTATUSSEN(X_LABEL)};
#undef X_LABEL

#define REQ  OPP_F_REQUIRED
#define PERS OPP_F_PERSONAL
#define TXT  OPP_F_TEXT
#define PAST OPP_F_PAST
/* A field: F(struct, key, type, flags, description). */
#define F(st, k, t, fl, d)                                                                                   \
	{                                                                                                    \
#k, OPP_T_##t, fl, offsetof(st, k), NULL, 0, NULL, 0, 0, 0, d                                \
	}
#define E(st, k, nm, fl, def, d)                                                                             \
	{                                                                                                    \
#k, OPP_T_ENUM, fl, offsetof(st, k), nm, 0, NULL, def, 0, 0, d                               \
	}
#define L(st, k, elem, nm, fl, d)                                                                            \
	{                                                                                                    \
#k, OPP_T_LIST, fl, offsetof(st, k), nm, OPP_T_##elem, NULL, 0, 0, 0, d                      \
	}
#define M(st, k, sh, fl, d)                                                                                  \
	{                                                                                                    \
#k, OPP_T_MAP, fl, offsetof(st, k), NULL, 0, &sh, 0, 0, 0, d                                 \
	}
#define S(st, k, sh, fl, d)                                                                                  \
	{                                                                                                    \
#k, OPP_T_SEQ, fl, offsetof(st, k), NULL, 0, &sh, 0, 0, 0, d                                 \
	}
#define R(st, k, t, lo, hi, def, fl, d)                                                                      \
	{                                                                                                    \
#k, OPP_T_##t, (fl) | OPP_F_RANGE, offsetof(st, k), NULL, 0, NULL, def, lo, hi, d            \
	}
#define END                                                                                                  \
	{                                                                                                    \
		NULL, 0, 0, 0, NULL, 0, NULL, 0, 0, 0, NULL                                                  \
	}

static const struct opp_field leerling_fields[] = {
        F(struct opp_leerling, naam, STR, REQ | PERS, "Naam van de leerling; een pseudoniem mag."),
        F(struct opp_leerling, geboortedatum, DATE, PERS | OPP_F_BIRTH,
          "Geboortedatum (JJJJ-MM-DD), vóór vandaag. Gebruikt voor leeftijdsafhankelijke regels, zoals "
          "instemming van de leerling zelf."),
        F(struct opp_leerling, school, STR, REQ | PERS, "Naam van de school."),
        F(struct opp_leerling, groep, STR, 0, "Groep of klas, bijv. 6 of \"2 vmbo\". Tekst of geheel getal."),
        F(struct opp_leerling, gemeente, STR, 0,
          "Woongemeente van de gezaghebbende ouder: bepaalt welk wijkteam wordt uitgenodigd."),
        END};
static const struct opp_shape leerling_shape = {
        "leerling", sizeof(struct opp_leerling), leerling_fields, "De leerling om wie het OPP gaat.", {NULL}};

static const struct opp_field persoon_fields[] = {
        F(struct opp_persoon, id, ID, REQ | OPP_F_DEFINES | OPP_F_PERSON,
          "Uniek id waarmee elders naar deze persoon wordt verwezen: kleine letters, cijfers en "
          "koppeltekens, bijv. ib-jansen."),
        F(struct opp_persoon, naam, STR, REQ | PERS, "Naam van de persoon."),
        E(struct opp_persoon, rol, opp_rol_names, REQ | OPP_F_ROLE, 0,
          "Rol van de persoon (standaardrol; zie de lijst). Regionale rolnamen horen in `rollen` van "
          "`.opp.yaml`."),
        F(struct opp_persoon, email, EMAIL, PERS, "E-mailadres, voor uitnodigingen: één adres naam@domein."),
        F(struct opp_persoon, organisatie, STR, 0, "Organisatie waar de persoon werkt."),
        F(struct opp_persoon, telefoon, STR, PERS, "Telefoonnummer."),
        END};
static const struct opp_shape persoon_shape = {
        "betrokkenen", sizeof(struct opp_persoon), persoon_fields, "Een betrokkene.", {NULL}};

static const struct opp_field regie_fields[] = {
        F(struct opp_regie, opp, ID, REQ | OPP_F_PERSON,
          "Id van de regievoerder van het OPP: iemand van de onderwijskant (intern-begeleider, "
          "ondersteuningscoordinator, onderwijsspecialist van het SWV, directeur of mentor). Regel "
          "`regie` controleert de rol."),
        F(struct opp_regie, gezinsplan, ID, OPP_F_PERSON,
          "Id van de regievoerder van het gezinsplan (wijkteammedewerker, gezinsspecialist of "
          "jeugdhulpverlener). Verplicht zodra er een `gezinsplan` is (regel `regie`)."),
        END};
static const struct opp_shape regie_shape = {
        "regie",
        sizeof(struct opp_regie),
        regie_fields,
        "Wie de regie voert: over het OPP (onderwijskant) en over het gezinsplan (jeugdhulpkant).",
        {NULL}};

static const struct opp_field ingezet_fields[] = {
        F(struct opp_ingezet, wat, STR, REQ | TXT, "Wat is ingezet."),
        F(struct opp_ingezet, effect, STR, TXT, "Wat het opleverde."), END};
static const struct opp_shape ingezet_shape = {"ingezet",
                                               sizeof(struct opp_ingezet),
                                               ingezet_fields,
                                               "Eerder geprobeerde ondersteuning en het effect daarvan.",
                                               {NULL}};

static const struct opp_field waarneming_fields[] = {
        L(struct opp_waarneming, aanleiding, ENUM, opp_aanleiding_names, 0,
          "Reden(en) voor een OT: begrip, behoefte, haalbaarheid, expertise en/of samenwerking."),
        F(struct opp_waarneming, observaties, STR, TXT, "Wat is waargenomen (vrije tekst)."),
        L(struct opp_waarneming, hypothesen, STR, NULL, TXT,
          "Verklaringen die getoetst worden; toets altijd meerdere hypothesen (regel `hypothesen`)."),
        S(struct opp_waarneming, ingezet, ingezet_shape, 0,
          "Ondersteuning die al geprobeerd is, met het effect."),
        F(struct opp_waarneming, ouders_geinformeerd, DATE, PAST,
          "Datum waarop de ouders over de zorgen geïnformeerd zijn (JJJJ-MM-DD); niet na het eerste OT "
          "(regel `volgorde`)."),
        END};
static const struct opp_shape waarneming_shape = {
        "waarneming",
        sizeof(struct opp_waarneming),
        waarneming_fields,
        "Stap 1: waarnemen en begrijpen. Aanleiding, observaties, hypothesen en wat al is ingezet.",
        {NULL}};

static const struct opp_field kindgesprek_fields[] = {
        F(struct opp_kindgesprek, datum, DATE, REQ | PAST, "Datum van het kindgesprek."),
        F(struct opp_kindgesprek, door, ID, OPP_F_PERSON, "Id van wie het gesprek voerde."), END};
static const struct opp_shape kindgesprek_shape = {
        "kindgesprek",
        sizeof(struct opp_kindgesprek),
        kindgesprek_fields,
        "Gesprek met de leerling vooraf, als de leerling niet zelf bij het overleg is (regel "
        "`leerling-gehoord`).",
        {NULL}};

static const struct opp_field overleg_fields[] = {
        F(struct opp_overleg, datum, DATE, REQ,
          "Datum van het overleg. In het verleden = gehouden; vandaag of later = gepland."),
        F(struct opp_overleg, tijd, TIME, 0, "Begintijd (UU:MM, 24-uurs)."),
        R(struct opp_overleg, duur, INT, 5, 480, 90, 0, "Duur in minuten, 5 tot 480 (standaard 90)."),
        F(struct opp_overleg, locatie, STR, 0, "Waar het overleg plaatsvindt."),
        E(struct opp_overleg, soort, opp_soort_names, REQ, 0, "ot (ondersteuningsteam/MDO) of evaluatie."),
        F(struct opp_overleg, doel, STR, REQ | TXT,
          "Het doel van het overleg, vooraf bepaald met leerkracht en ouders."),
        F(struct opp_overleg, voorzitter, ID, OPP_F_PERSON,
          "Id van de technisch voorzitter, bij voorkeur niet de regievoerder (regel `voorzitter`); staat "
          "altijd bij de genodigden (regel `deelnemers`)."),
        L(struct opp_overleg, genodigden, ID, NULL, REQ | OPP_F_NONEMPTY | OPP_F_PERSON,
          "Id's van wie is uitgenodigd (regel `deelnemers` controleert wie er moet zijn)."),
        L(struct opp_overleg, aanwezig, ID, NULL, OPP_F_PERSON,
          "Id's van wie er was; in te vullen na afloop."),
        F(struct opp_overleg, toestemming, DATE, PAST,
          "Datum waarop de ouders toestemming gaven om voorbereidende stukken te delen met de genodigden "
          "van dít overleg. Nodig als er mensen van buiten de school zijn uitgenodigd."),
        M(struct opp_overleg, kindgesprek, kindgesprek_shape, 0,
          "Gesprek met de leerling vooraf: {datum, door}."),
        F(struct opp_overleg, verslag, STR, TXT,
          "Verslag van het overleg; in te vullen na afloop. Een gehouden overleg zonder verslag is te laat."),
        {"uitkomsten", OPP_T_PAIRS, OPP_F_GOAL, offsetof(struct opp_overleg, uitkomsten), opp_uitkomst_names,
         OPP_T_ID, NULL, 0, 0, 0,
         "Bij een gehouden evaluatie: per doel-id de uitkomst (behaald, deels, niet-behaald, gestopt), "
         "voor elk doel dat op dat moment openstond (regel `evaluatie-uitkomsten`). De stand van een doel "
         "volgt hieruit."},
        F(struct opp_overleg, bijstelling, STR, TXT,
          "Stap 9: wat er aan het arrangement verandert; nodig bij een uitkomst niet-behaald (regel "
          "`bijstelling`)."),
        END};
static const struct opp_shape overleg_shape = {
        "overleggen", sizeof(struct opp_overleg), overleg_fields, "Een overleg: OT of evaluatie.", {NULL}};

static const struct opp_field behoeften_fields[] = {
        L(struct opp_behoeften, leerling, STR, NULL, TXT, "Wat de leerling nodig heeft."),
        L(struct opp_behoeften, ouders, STR, NULL, TXT, "Wat de ouders nodig hebben."),
        L(struct opp_behoeften, leerkracht, STR, NULL, TXT, "Wat de leerkracht nodig heeft."),
        F(struct opp_behoeften, eigen_bijdrage, STR, TXT, "Wat ouders, kind en hun omgeving zelf bijdragen."),
        END};
static const struct opp_shape behoeften_shape = {
        "behoeften",
        sizeof(struct opp_behoeften),
        behoeften_fields,
        "Stap 4: ondersteuningsbehoeften van leerling, ouders en leerkracht, en de eigen bijdrage.",
        {NULL}};

static const struct opp_field factoren_fields[] = {
        L(struct opp_factoren, bevorderend, STR, NULL, TXT, "Factoren die helpen (beschermend)."),
        L(struct opp_factoren, belemmerend, STR, NULL, TXT, "Factoren die in de weg zitten (risico's)."),
        END};
static const struct opp_shape factoren_shape = {"factoren",
                                                sizeof(struct opp_factoren),
                                                factoren_fields,
                                                "Stap 4: bevorderende en belemmerende factoren.",
                                                {NULL}};

static const struct opp_field voortgang_fields[] = {
        F(struct opp_voortgang, datum, DATE, REQ | PAST, "Datum van de notitie (niet na vandaag)."),
        F(struct opp_voortgang, door, ID, REQ | OPP_F_PERSON, "Id van wie de notitie maakte."),
        F(struct opp_voortgang, waarde, NUM, 0,
          "De gemeten waarde, in de `eenheid` van het doel (vergelijk met `beginwaarde` en `streefwaarde`)."),
        F(struct opp_voortgang, tekst, STR, TXT, "Wat er opviel, in een paar woorden."), END};
static const struct opp_shape voortgang_shape = {
        "voortgang",
        sizeof(struct opp_voortgang),
        voortgang_fields,
        "Een voortgangsnotitie: {datum, door, waarde, tekst}, met ten minste waarde of tekst.",
        {"waarde", "tekst", NULL}};

static const struct opp_field doel_fields[] = {
        F(struct opp_doel, id, ID, REQ | OPP_F_DEFINES | OPP_F_GOAL,
          "Uniek id van het doel, bijv. d1; gebruikt in `arrangement[].doelen` en `uitkomsten`."),
        E(struct opp_doel, eigenaar, opp_eigenaar_names, 0, 0,
          "Wiens doel het is: leerling, ouders of leerkracht."),
        F(struct opp_doel, doel, STR, REQ | TXT, "Het doel zelf, in begrijpelijke taal."),
        E(struct opp_doel, context, opp_context_names, 0, OPP_CTX_SCHOOL,
          "Waar het doel speelt: school (standaard) of thuis. Een thuisdoel hoort in het gezinsplan (regel "
          "`doel-thuis`)."),
        F(struct opp_doel, termijn, DATE, REQ, "Datum waarop het doel bereikt moet zijn."),
        F(struct opp_doel, gesteld, DATE, PAST,
          "Datum waarop het doel gesteld is (standaard: de datum van het eerste gehouden OT)."),
        E(struct opp_doel, status, opp_doelstatus_names, 0, OPP_DOEL_LOPEND,
          "Alleen voor een doel dat buiten een overleg is afgesloten. Anders volgt de stand uit de "
          "`uitkomsten` van de evaluaties: behaald of gestopt sluit het doel af, anders is het lopend."),
        F(struct opp_doel, domein, STR, 0,
          "Ontwikkelingsdomein, bijv. leren-en-ontwikkeling, werkhouding, sociaal-emotioneel, "
          "fysiek-medisch, communicatie. Regio's gebruiken eigen lijsten; de configuratie kan dit beperken."),
        F(struct opp_doel, beginsituatie, STR, TXT, "Waar de leerling nu staat."),
        F(struct opp_doel, criterium, STR, TXT, "Waaraan we zien dat het doel bereikt is."),
        F(struct opp_doel, beginwaarde, NUM, 0,
          "Meetbaar doel: de waarde bij `gesteld` (bijv. 2 minuten zelfstandig in de pauze)."),
        F(struct opp_doel, streefwaarde, NUM, 0,
          "Meetbaar doel: de waarde die bij `termijn` bereikt moet zijn; mag lager zijn dan de "
          "beginwaarde (bijv. dagen verzuim)."),
        F(struct opp_doel, eenheid, STR, 0,
          "Wat de getallen tellen, bijv. AVI-niveau of dagen verzuim per maand."),
        S(struct opp_doel, voortgang, voortgang_shape, 0,
          "Voortgangsnotities tussen de evaluaties, oudste eerst: `- {datum: 2027-01-12, door: lk-jansen, "
          "waarde: 12, tekst: \"...\"}`. Vóór elke evaluatie heeft elk lopend doel een notitie (regel "
          "`voortgang`)."),
        END};
static const struct opp_shape doel_shape = {
        "doelen",
        sizeof(struct opp_doel),
        doel_fields,
        "Een doel: concreet, op overzienbare termijn haalbaar en door de leerling zelf uit te leggen.",
        {NULL}};

static const struct opp_field bekostiging_fields[] = {
        E(struct opp_bekostiging, door, opp_financier_names, REQ, 0,
          "Wie betaalt: school, swv, gemeente, cjg, zorgverzekeraar, ouders of anders."),
        E(struct opp_bekostiging, grondslag, opp_grondslag_names, REQ, 0,
          "Grondslag: basisondersteuning, extra-ondersteuning, arrangement-swv, beschikking, "
          "vrij-toegankelijk of anders."),
        E(struct opp_bekostiging, status, opp_bekstatus_names, REQ, OPP_BEK_ONBEKEND,
          "Stand van de bekostiging: onbekend, aangevraagd, toegekend of afgewezen. Moet toegekend zijn "
          "als de inzet start (regel `bekostiging`)."),
        R(struct opp_bekostiging, bedrag, NUM, 0, 10000000, 0, 0,
          "Bedrag in euro (optioneel), 0 tot 10.000.000, bijv. 1250 of 1250.50."),
        F(struct opp_bekostiging, kenmerk, STR, PERS, "Kenmerk van de beschikking of aanvraag (optioneel)."),
        F(struct opp_bekostiging, aangevraagd, DATE, PAST,
          "Datum waarop de aanvraag is ingediend (optioneel); een besluit blijft uit na `besluit_weken` "
          "(regel `stagnatie`)."),
        F(struct opp_bekostiging, besluit, DATE, PAST,
          "Datum van het besluit dat de bekostiging toekende of afwees (optioneel); toegekend vóór de "
          "start wordt hieraan getoetst."),
        END};
static const struct opp_shape bekostiging_shape = {
        "bekostiging",
        sizeof(struct opp_bekostiging),
        bekostiging_fields,
        "Wie de inzet betaalt, op welke grond, en hoe ver de aanvraag is.",
        {NULL}};

static const struct opp_field inzet_fields[] = {
        F(struct opp_inzet, id, ID, REQ | OPP_F_DEFINES, "Uniek id van deze inzet, bijv. i1."),
        L(struct opp_inzet, doelen, ID, NULL, REQ | OPP_F_NONEMPTY | OPP_F_GOAL,
          "Id's van de doelen waarvoor deze inzet is (ondersteuning wordt per doel bepaald)."),
        F(struct opp_inzet, wat, STR, REQ | TXT, "Wat er gedaan wordt."),
        F(struct opp_inzet, wie, STR, REQ | OPP_F_WHO,
          "Wie het uitvoert: het id van een betrokkene, of de naam van een aanbieder die (nog) geen "
          "betrokkene is."),
        F(struct opp_inzet, frequentie, STR, 0, "Hoe vaak, bijv. \"3x per week\"."),
        F(struct opp_inzet, start, DATE, REQ, "Startdatum van de inzet."),
        F(struct opp_inzet, eind, DATE, 0, "Einddatum van de inzet (optioneel), niet vóór de start."),
        M(struct opp_inzet, bekostiging, bekostiging_shape, REQ,
          "Wie betaalt: {door, grondslag, status, bedrag, kenmerk, aangevraagd, besluit}."),
        F(struct opp_inzet, wachtlijst_tot, DATE, 0,
          "Tot wanneer er een wachtlijst is (vereist een `overbrugging`)."),
        F(struct opp_inzet, overbrugging, STR, TXT,
          "Plan B: wat er in de tussentijd gebeurt als de start ver weg is of er een wachtlijst is (regel "
          "`overbrugging`)."),
        END};
static const struct opp_shape inzet_shape = {
        "arrangement",
        sizeof(struct opp_inzet),
        inzet_fields,
        "Eén onderdeel van het arrangement: ondersteuning voor één of meer doelen.",
        {NULL}};

/* wie, wat, uiterlijk and terugkoppeling are required too, but a missing
 * one is reported by the rule `afspraak-volledig`, which says why. */
static const struct opp_field afspraak_fields[] = {
        F(struct opp_afspraak, id, ID, REQ | OPP_F_DEFINES, "Uniek id van de afspraak, bijv. a1."),
        F(struct opp_afspraak, wie, ID, OPP_F_WANTED | OPP_F_PERSON, "Id van wie de afspraak uitvoert (A)."),
        F(struct opp_afspraak, wat, STR, OPP_F_WANTED | TXT, "Wat er gedaan wordt (B)."),
        F(struct opp_afspraak, uiterlijk, DATE, OPP_F_WANTED, "Uiterste datum (X)."),
        L(struct opp_afspraak, terugkoppeling, ID, NULL, OPP_F_WANTED | OPP_F_NONEMPTY | OPP_F_PERSON,
          "Id's van wie de terugkoppeling krijgen (Z)."),
        F(struct opp_afspraak, gedaan, DATE, PAST,
          "Datum waarop de afspraak is uitgevoerd; weglaten zolang hij openstaat."),
        END};
static const struct opp_shape afspraak_shape = {
        "afspraken",
        sizeof(struct opp_afspraak),
        afspraak_fields,
        "Een afspraak: A (wie) doet B (wat) en koppelt uiterlijk op X terug aan Z (terugkoppeling).",
        {NULL}};

/* The fields of one signature; the loader also takes a plain date or a
 * list (OPP_T_AKKOORD). */
static const struct opp_field akkoord_fields[] = {
        F(struct opp_akkoord, datum, DATE, REQ | PAST, "Datum van instemming."),
        F(struct opp_akkoord, handelingsdeel, DIGEST, 0,
          "De digest van het handelingsdeel waarmee is ingestemd: sha256: en 64 kleine hexadecimale "
          "tekens (geschreven door `opp sign`)."),
        END};
const struct opp_shape opp_akkoord_shape = {
        "ondertekening",
        sizeof(struct opp_akkoord),
        akkoord_fields,
        "Een handtekening: instemming op een datum met precies het handelingsdeel met deze digest.",
        {NULL}};

#define A(k, d)                                                                                              \
	{                                                                                                    \
#k, OPP_T_AKKOORD, 0, offsetof(struct opp_ondertekening, k), NULL, 0, &opp_akkoord_shape, 0, \
		        0, 0, d                                                                              \
	}
static const struct opp_field ondertekening_fields[] = {
        A(ouders, "Instemming van de ouders: een datum, een handtekening {datum, handelingsdeel} of een "
                  "lijst daarvan, oudste eerst."),
        A(school, "Instemming van de school: een datum, een handtekening of een lijst daarvan."),
        A(toegang, "Instemming van de toegang jeugd (nodig voor inzet die de gemeente op grond van een "
                   "beschikking bekostigt): een datum, een handtekening of een lijst daarvan."),
        A(leerling,
          "Instemming van de leerling (nodig vanaf de leeftijd `leeftijd_instemming`, standaard 18): "
          "een datum, een handtekening of een lijst daarvan."),
        END};
#undef A
static const struct opp_shape ondertekening_shape = {
        "ondertekening",
        sizeof(struct opp_ondertekening),
        ondertekening_fields,
        "Stap 6: de instemming van elke partij met het plan (het handelingsdeel).",
        {NULL}};

static const struct opp_field uitstroom_fields[] = {
        F(struct opp_uitstroom, richting, STR, 0,
          "Verwachte uitstroombestemming, bijv. \"vmbo-kb\". Verplicht zodra er een `arrangement` is "
          "(regel `uitstroomperspectief`)."),
        F(struct opp_uitstroom, onderbouwing, STR, TXT,
          "Onderbouwing van het uitstroomperspectief: belemmerende en bevorderende factoren."),
        END};
static const struct opp_shape uitstroom_shape = {
        "uitstroomperspectief",
        sizeof(struct opp_uitstroom),
        uitstroom_fields,
        "Het verwachte uitstroomperspectief (wettelijk deel van het OPP, WPO art. 40a).",
        {NULL}};

static const struct opp_field gezinsplan_fields[] = {
        F(struct opp_gezinsplan, datum, DATE, 0, "Datum van het gezinsplan."),
        F(struct opp_gezinsplan, afstemming, STR, TXT,
          "Waar OPP en gezinsplan elkaar raken en hoe ze op elkaar zijn afgestemd."),
        END};
static const struct opp_shape gezinsplan_shape = {
        "gezinsplan",
        sizeof(struct opp_gezinsplan),
        gezinsplan_fields,
        "Het parallelle gezinsplan (1Gezin1Plan). De regievoerder staat in `regie.gezinsplan`.",
        {NULL}};

static const struct opp_field doc_fields[] = {
        R(struct opp_doc, opp, INT, 1, 1, 0, REQ,
          "Versie van het bestandsformaat. Altijd het getal 1 (zonder aanhalingstekens)."),
        M(struct opp_doc, leerling, leerling_shape, REQ, "De leerling om wie het OPP gaat."),
        M(struct opp_doc, regie, regie_shape, REQ,
          "Wie de regie voert: over het OPP (onderwijskant) en over het gezinsplan (jeugdhulpkant)."),
        S(struct opp_doc, betrokkenen, persoon_shape, REQ | OPP_F_NONEMPTY,
          "Iedereen die betrokken is, elk één keer met een id. Elders wordt naar een persoon verwezen met "
          "dat id. Minstens één persoon; id's moeten uniek zijn (controle door `opp validate`)."),
        L(struct opp_doc, signalen, ENUM, opp_signaal_names, 0,
          "Signalen die bepalen wie moet of mag worden uitgenodigd voor het OT (handboek stap 3). Nul of "
          "meer."),
        M(struct opp_doc, waarneming, waarneming_shape, 0,
          "Stap 1: waarnemen en begrijpen. Aanleiding, observaties, hypothesen en wat al is ingezet."),
        S(struct opp_doc, overleggen, overleg_shape, 0,
          "Stap 2, 3, 7 en 8: de overleggen (OT's en evaluaties), oudste eerst. Een overleg vandaag of later "
          "zonder `verslag` is gepland; een overleg in het verleden is gehouden."),
        M(struct opp_doc, behoeften, behoeften_shape, 0,
          "Stap 4: ondersteuningsbehoeften van leerling, ouders en leerkracht, en de eigen bijdrage."),
        M(struct opp_doc, factoren, factoren_shape, 0, "Stap 4: bevorderende en belemmerende factoren."),
        F(struct opp_doc, integratief_beeld, STR, TXT,
          "Stap 5: het integratief beeld, de samenhangende analyse van leerling en omgeving (vrije tekst); "
          "doelen volgen eruit (regel `volgorde`)."),
        S(struct opp_doc, doelen, doel_shape, 0,
          "Stap 5: de doelen. Houd het aantal actieve (`lopend`) doelen klein (regel `doelen-max`, "
          "standaard 5)."),
        S(struct opp_doc, arrangement, inzet_shape, 0,
          "Stap 6: de inzet, per doel: wat, door wie, vanaf wanneer en wie betaalt."),
        S(struct opp_doc, afspraken, afspraak_shape, 0,
          "Stap 6: afspraken in de vorm \"A doet B en koppelt op X-termijn terug aan Z\"."),
        M(struct opp_doc, ondertekening, ondertekening_shape, 0,
          "Stap 6: de instemming van elke partij met het plan (het handelingsdeel)."),
        M(struct opp_doc, uitstroomperspectief, uitstroom_shape, 0,
          "Het verwachte uitstroomperspectief (wettelijk deel van het OPP, WPO art. 40a)."),
        F(struct opp_doc, vastgesteld, DATE, PAST,
          "Datum waarop de school het OPP vaststelde (wordt met de einddatum in BRON geregistreerd). Na "
          "instemming van de ouders en uiterlijk zes weken na de eerste start (regel `vastgesteld`)."),
        F(struct opp_doc, einddatum, DATE, 0, "Datum waarop het OPP eindigt (optioneel)."),
        M(struct opp_doc, gezinsplan, gezinsplan_shape, 0,
          "Het parallelle gezinsplan (1Gezin1Plan). De regievoerder staat in `regie.gezinsplan`."),
        END};
const struct opp_shape opp_doc_shape = {
        "",
        sizeof(struct opp_doc),
        doc_fields,
        "Eén ontwikkelingsperspectiefplan (OPP) voor Integraal Arrangeren, als YAML-bestand. Dit schema "
        "controleert sleutels, types, verplichte sleutels en toegestane waarden (regel `schema` van `opp "
        "validate`). Niet hier maar in `opp validate` zitten: verwijzingen naar onbekende id's (regel "
        "`ref`), "
        "unieke id's, voorwaardelijke eisen (bijv. `verslag` na een gehouden overleg, `regie.gezinsplan` "
        "zodra er een `gezinsplan` is, `uitstroomperspectief.richting` zodra er een `arrangement` is) en "
        "alle inhoudelijke regels. Een lege waarde telt als afwezig. Rollen: de configuratie (`rollen` in "
        "`.opp.yaml`) mag regionale rolnamen op standaardrollen afbeelden; dit schema kent alleen de "
        "standaardrollen, dus gebruik in het bestand bij voorkeur de standaardrol. Sleutels die met `x-` "
        "beginnen zijn vrije uitbreidingen en worden overal genegeerd.",
        {NULL}};

/* ---- lookups --------------------------------------------------------- */

void
opp_doc_free(struct opp_doc *doc)
{
	struct opp_arena a;

	if (!doc)
		return;
	free(doc->by_id);
	free(doc->doel_by_id);
	free(doc->inzet_start);
	free(doc->inzet_idx);
	free(doc->uitkomst_start);
	free(doc->uitkomst_idx);
	a = doc->arena; /* the document lives in its own arena */
	opp_arena_release(&a);
}

static int
cmp_persoon(const void *a, const void *b)
{
	const struct opp_persoon *p = *(const struct opp_persoon *const *)a;
	const struct opp_persoon *q = *(const struct opp_persoon *const *)b;
	int c = strcmp(p->id.s, q->id.s);
	/* Among duplicate ids the first in the file wins (the others are a
	 * `ref` finding): lookups must not depend on qsort's order. */
	return c ? c : (p < q ? -1 : p > q);
}

static int
cmp_doel(const void *a, const void *b)
{
	const struct opp_doel *p = *(const struct opp_doel *const *)a;
	const struct opp_doel *q = *(const struct opp_doel *const *)b;
	int c = strcmp(p->id.s, q->id.s);
	return c ? c : (p < q ? -1 : p > q);
}

/* Binary search in an array of pointers to structs whose first member
 * after the header is `id`: the first entry with that id. */
/* Ids compared by their first byte before strcmp: it settles most steps
 * of the search without a call, and lookups by id run for every
 * reference of every file. */
static inline int
id_cmp(const char *a, const char *b)
{
	int c = (unsigned char)a[0] - (unsigned char)b[0];

	return c ? c : strcmp(a, b);
}

#define FIND(arr, n, key)                                                                                    \
	do {                                                                                                 \
		size_t lo_ = 0, hi_ = (n);                                                                   \
		if (!(key))                                                                                  \
			return NULL;                                                                         \
		while (lo_ < hi_) {                                                                          \
			size_t mid_ = lo_ + (hi_ - lo_) / 2;                                                 \
			if (id_cmp((arr)[mid_]->id.s, (key)) < 0)                                            \
				lo_ = mid_ + 1;                                                              \
			else                                                                                 \
				hi_ = mid_;                                                                  \
		}                                                                                            \
		return lo_ < (n) && id_cmp((arr)[lo_]->id.s, (key)) == 0 ? (arr)[lo_] : NULL;                \
	} while (0)

const struct opp_persoon *
opp_doc_persoon(const struct opp_doc *doc, const char *id)
{
	FIND(doc->by_id, doc->n_by_id, id);
}

const struct opp_doel *
opp_doc_doel(const struct opp_doc *doc, const char *id)
{
	FIND(doc->doel_by_id, doc->n_doel_by_id, id);
}

static int
cmp_uitkomst(const void *a, const void *b)
{
	const struct opp_uitkomst_ref *x = a, *y = b;

	if (x->o->datum.i != y->o->datum.i)
		return x->o->datum.i < y->o->datum.i ? -1 : 1;
	if (x->o != y->o)
		return x->o < y->o ? -1 : 1;
	return x->p < y->p ? -1 : x->p > y->p;
}

/* Per goal, the uitkomsten given for it, by meeting date: the status of
 * a goal is derived from the latest (facts/query.h), and a hostile file
 * with thousands of goals and uitkomsten must not make that quadratic. */
static void
index_uitkomsten(struct opp_doc *doc)
{
	struct opp_uitkomst_ref *all;
	size_t n = 0, g = 0;

	free(doc->uitkomst_start);
	free(doc->uitkomst_idx);
	for (size_t i = 0; i < doc->overleggen.n; i++)
		n += doc->overleggen.v[i].datum.s ? doc->overleggen.v[i].uitkomsten.n : 0;
	all = xcalloc(n + 1, sizeof(*all));
	doc->uitkomst_start = xcalloc(doc->doelen.n + 1, sizeof(*doc->uitkomst_start));
	n = 0;
	for (size_t i = 0; i < doc->overleggen.n; i++) {
		const struct opp_overleg *o = &doc->overleggen.v[i];
		for (size_t k = 0; o->datum.s && k < o->uitkomsten.n; k++)
			all[n++] = (struct opp_uitkomst_ref){o, &o->uitkomsten.v[k]};
	}
	/* Sort by goal (position in doelen), then meeting date. */
	{
		size_t *goal = xcalloc(n + 1, sizeof(*goal)), *count = doc->uitkomst_start;
		struct opp_uitkomst_ref *out = xcalloc(n + 1, sizeof(*out));
		size_t *at = xcalloc(doc->doelen.n + 1, sizeof(*at));
		for (size_t i = 0; i < n; i++) {
			const struct opp_doel *d = opp_doc_doel(doc, all[i].p->key.s);
			goal[i] = d ? (size_t)(d - doc->doelen.v) : SIZE_MAX;
			if (d)
				count[goal[i] + 1]++;
		}
		for (g = 0; g < doc->doelen.n; g++)
			count[g + 1] += count[g];
		memcpy(at, count, doc->doelen.n * sizeof(*at));
		for (size_t i = 0; i < n; i++)
			if (goal[i] != SIZE_MAX)
				out[at[goal[i]]++] = all[i];
		for (g = 0; g < doc->doelen.n; g++)
			if (count[g + 1] - count[g] > 1)
				qsort(out + count[g], count[g + 1] - count[g], sizeof(*out), cmp_uitkomst);
		free(goal);
		free(at);
		free(all);
		doc->uitkomst_idx = out;
	}
}

const struct opp_uitkomst_ref *
opp_doc_uitkomsten(const struct opp_doc *doc, const struct opp_doel *d, size_t *n)
{
	size_t g = (size_t)(d - doc->doelen.v);

	*n = doc->uitkomst_start[g + 1] - doc->uitkomst_start[g];
	return doc->uitkomst_idx + doc->uitkomst_start[g];
}

void
opp_doc_index(struct opp_doc *doc)
{
	size_t n = 0, total = 0, *fill = NULL, *seen;

	free(doc->by_id);
	doc->by_id = xcalloc(doc->betrokkenen.n + 1, sizeof(*doc->by_id));
	for (size_t i = 0; i < doc->betrokkenen.n; i++)
		if (doc->betrokkenen.v[i].id.s)
			doc->by_id[n++] = &doc->betrokkenen.v[i];
	if (n > 1)
		qsort(doc->by_id, n, sizeof(*doc->by_id), cmp_persoon);
	doc->n_by_id = n;

	n = 0;
	free(doc->doel_by_id);
	doc->doel_by_id = xcalloc(doc->doelen.n + 1, sizeof(*doc->doel_by_id));
	for (size_t i = 0; i < doc->doelen.n; i++)
		if (doc->doelen.v[i].id.s)
			doc->doel_by_id[n++] = &doc->doelen.v[i];
	if (n > 1)
		qsort(doc->doel_by_id, n, sizeof(*doc->doel_by_id), cmp_doel);
	doc->n_doel_by_id = n;

	/* Which items serve each goal: count, then fill (compressed rows).
	 * An item that names a goal twice serves it once: seen[g] holds the
	 * last item (+ 1) counted for goal g, so a repeat costs nothing to
	 * find however long the list. */
	free(doc->inzet_start);
	free(doc->inzet_idx);
	doc->inzet_start = xcalloc(doc->doelen.n + 1, sizeof(*doc->inzet_start));
	seen = xcalloc(doc->doelen.n + 1, sizeof(*seen));
	for (int pass = 0; pass < 2; pass++) {
		memset(seen, 0, (doc->doelen.n + 1) * sizeof(*seen));
		for (size_t k = 0; k < doc->arrangement.n; k++) {
			const struct opp_list *l = &doc->arrangement.v[k].doelen;
			for (size_t j = 0; j < l->n; j++) {
				const struct opp_doel *d = opp_doc_doel(doc, l->v[j].s);
				size_t g;
				if (!d)
					continue;
				g = (size_t)(d - doc->doelen.v);
				if (seen[g] == k + 1)
					continue;
				seen[g] = k + 1;
				if (pass == 0)
					doc->inzet_start[g + 1]++;
				else
					doc->inzet_idx[fill[g]++] = k;
			}
		}
		if (pass == 0) {
			for (size_t g = 0; g < doc->doelen.n; g++)
				doc->inzet_start[g + 1] += doc->inzet_start[g];
			total = doc->inzet_start[doc->doelen.n];
			doc->inzet_idx = xcalloc(total + 1, sizeof(*doc->inzet_idx));
			fill = xcalloc(doc->doelen.n + 1, sizeof(*fill));
			memcpy(fill, doc->inzet_start, doc->doelen.n * sizeof(*fill));
		}
	}
	free(fill);
	free(seen);
	index_uitkomsten(doc);
}

const size_t *
opp_doc_inzet_voor(const struct opp_doc *doc, const struct opp_doel *d, size_t *n)
{
	size_t g = (size_t)(d - doc->doelen.v);

	*n = doc->inzet_start[g + 1] - doc->inzet_start[g];
	return doc->inzet_idx + doc->inzet_start[g];
}

bool
opp_inzet_dient(const struct opp_doc *doc, const struct opp_inzet *z, const struct opp_doel *d)
{
	size_t n, k = (size_t)(z - doc->arrangement.v);
	const size_t *v = opp_doc_inzet_voor(doc, d, &n);
	size_t lo = 0, hi = n;

	/* Each goal's items are in file order: search them. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid] < k)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && v[lo] == k;
}

const struct opp_akkoord *
opp_akkoord_eerste(const struct opp_akkoorden *a)
{
	return a->n ? &a->v[0] : NULL;
}

const struct opp_akkoord *
opp_akkoord_laatste(const struct opp_akkoorden *a)
{
	return a->n ? &a->v[a->n - 1] : NULL;
}

/* ---- walking the document by the shape table ------------------------- */

struct walk {
	opp_doc_visit *fn;
	void *ctx;
	unsigned flags, types; /* visit only these fields (both 0: every field) */
};

static bool
wanted(const struct walk *w, const struct opp_field *f)
{
	return (!w->flags && !w->types) || (f->flags & w->flags) || (w->types & (1u << f->type));
}

/* Whether a shape, or one below it, has a field the walk visits: a list
 * of progress notes is not walked for a rule that asks about dates when
 * it has none. Shapes nest a few levels, so asking costs little. */
static bool
shape_wanted(const struct walk *w, const struct opp_shape *sh)
{
	if (!w->flags && !w->types)
		return true;
	for (const struct opp_field *f = sh->fields; f->key; f++)
		if (wanted(w, f) || (f->shape && shape_wanted(w, f->shape)))
			return true;
	return false;
}

static void walk_map(struct walk *w, const struct opp_shape *sh, const void *obj);

static void
walk_field(struct walk *w, const struct opp_shape *sh, const struct opp_field *f, const void *at)
{
	switch (f->type) {
	case OPP_T_LIST: {
		const struct opp_list *l = at;
		for (size_t i = 0; i < l->n && wanted(w, f); i++)
			w->fn(w->ctx, sh, f, &l->v[i], false);
		break;
	}
	case OPP_T_PAIRS: {
		const OPP_SEQ(struct opp_paar) *p = at;
		for (size_t i = 0; i < p->n && wanted(w, f); i++) {
			w->fn(w->ctx, sh, f, &p->v[i].key, true);
			w->fn(w->ctx, sh, f, &p->v[i].value, false);
		}
		break;
	}
	case OPP_T_MAP:
		if (((const struct opp_hdr *)at)->set && shape_wanted(w, f->shape))
			walk_map(w, f->shape, at);
		break;
	case OPP_T_SEQ:
	case OPP_T_AKKOORD: {
		const OPP_SEQ(char) *seq = at;
		if (!seq->n || !shape_wanted(w, f->shape))
			break;
		for (size_t i = 0; i < seq->n; i++)
			walk_map(w, f->shape, (const char *)seq->v + i * f->shape->size);
		break;
	}
	default:
		if (((const struct opp_val *)at)->s && wanted(w, f))
			w->fn(w->ctx, sh, f, at, false);
	}
}

static void
walk_map(struct walk *w, const struct opp_shape *sh, const void *obj)
{
	for (const struct opp_field *f = sh->fields; f->key; f++)
		walk_field(w, sh, f, (const char *)obj + f->off);
}

void
opp_doc_walk(const struct opp_doc *doc, opp_doc_visit *fn, void *ctx)
{
	struct walk w = {fn, ctx, 0, 0};

	walk_map(&w, &opp_doc_shape, doc);
}

void
opp_field_name(char *out, size_t n, const struct opp_shape *sh, const struct opp_field *f)
{
	snprintf(out, n, "%s%s%s", sh->name, *sh->name ? "." : "", f->key);
}

void
opp_doc_walk_only(const struct opp_doc *doc, unsigned flags, unsigned types, opp_doc_visit *fn, void *ctx)
{
	struct walk w = {fn, ctx, flags, types};

	walk_map(&w, &opp_doc_shape, doc);
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

bool
opp_id_ok(const char *s)
{
	if (!s || !*s)
		return false;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-'))
			return false;
	return true;
}

int
opp_name_index(const char *const *names, const char *s)
{
	for (int i = 0; names[i]; i++)
		if (strcmp(names[i], s) == 0)
			return i;
	return -1;
}
