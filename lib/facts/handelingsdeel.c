/*
 * handelingsdeel — canonical JSON, digest and agreement states (see
 * handelingsdeel.h).
 *
 * The canonical form is written directly: every value is a string, a
 * list of strings or an object with a fixed set of ASCII keys, so RFC
 * 8785's rules come down to the member order (the tables below are in
 * the order of the keys' UTF-16 code units, which for ASCII is byte
 * order; tests/unit/test_digest.c checks it) and the string escapes of
 * opp_jcs_str (base/escape.h).
 */
#include "facts/handelingsdeel.h"

#include <stddef.h>
#include <string.h>

#include "base/escape.h"
#include "base/present.h"
#include "base/sha256.h"

const char *const opp_partij_names[] = {"ouders", "school", "toegang", "leerling", NULL};

struct member {
	const char *key;
	size_t off;
	bool list; /* struct opp_list of strings, else struct opp_val */
};

/* Spec: "every goal of doelen with its keys id, doel, eigenaar, context,
 * termijn, gesteld, domein, beginsituatie, criterium, beginwaarde,
 * streefwaarde, eenheid (not status, not voortgang)". Sorted. */
#define D(k)                                                                                                 \
	{                                                                                                    \
#k, offsetof(struct opp_doel, k), false                                                      \
	}
static const struct member doel_members[] = {
        D(beginsituatie), D(beginwaarde), D(context),       D(criterium), D(doel),
        D(domein),        D(eenheid),     D(eigenaar),      D(gesteld),   D(id),
        D(streefwaarde),  D(termijn),     {NULL, 0, false},
};
#undef D

/* "every item of arrangement with its keys id, doelen, wat, wie,
 * frequentie, start, eind, overbrugging (not bekostiging, not
 * wachtlijst_tot)". Sorted. */
#define Z(k)                                                                                                 \
	{                                                                                                    \
#k, offsetof(struct opp_inzet, k), false                                                     \
	}
static const struct member inzet_members[] = {
        {"doelen", offsetof(struct opp_inzet, doelen), true},
        Z(eind),
        Z(frequentie),
        Z(id),
        Z(overbrugging),
        Z(start),
        Z(wat),
        Z(wie),
        {NULL, 0, false},
};
#undef Z

/* One goal or item: the members that are present and not empty (the
 * loader leaves an empty value absent: spec "Empty is missing"). */
static void
object(struct opp_buf *out, const struct member *m, const void *obj)
{
	bool first = true;

	opp_buf_putc(out, '{');
	for (; m->key; m++) {
		const void *at = (const char *)obj + m->off;
		if (m->list ? ((const struct opp_list *)at)->n == 0 : !((const struct opp_val *)at)->s)
			continue;
		if (!first)
			opp_buf_putc(out, ',');
		first = false;
		opp_jcs_str(out, m->key);
		opp_buf_putc(out, ':');
		if (m->list) {
			const struct opp_list *l = at;
			opp_buf_putc(out, '[');
			for (size_t i = 0; i < l->n; i++) {
				if (i)
					opp_buf_putc(out, ',');
				opp_jcs_str(out, l->v[i].s);
			}
			opp_buf_putc(out, ']');
		} else {
			opp_jcs_str(out, ((const struct opp_val *)at)->s);
		}
	}
	opp_buf_putc(out, '}');
}

void
opp_handelingsdeel_json(struct opp_buf *out, const struct opp_doc *doc)
{
	opp_buf_puts(out, "{\"arrangement\":[");
	for (size_t i = 0; i < doc->arrangement.n; i++) {
		if (i)
			opp_buf_putc(out, ',');
		object(out, inzet_members, &doc->arrangement.v[i]);
	}
	opp_buf_puts(out, "],\"doelen\":[");
	for (size_t i = 0; i < doc->doelen.n; i++) {
		if (i)
			opp_buf_putc(out, ',');
		object(out, doel_members, &doc->doelen.v[i]);
	}
	opp_buf_puts(out, "]}");
}

void
opp_handelingsdeel_digest(const struct opp_doc *doc, char out[OPP_DIGEST_SIZE])
{
	struct opp_buf b = OPP_BUF_INIT;

	opp_handelingsdeel_json(&b, doc);
	memcpy(out, "sha256:", 7);
	opp_sha256_hex(b.ptr, b.len, out + 7);
	opp_buf_release(&b);
}

const struct opp_akkoorden *
opp_partij_akkoorden(const struct opp_doc *doc, enum opp_partij p)
{
	const struct opp_ondertekening *t = &doc->ondertekening;

	switch (p) {
	case OPP_PARTIJ_OUDERS: return &t->ouders;
	case OPP_PARTIJ_SCHOOL: return &t->school;
	case OPP_PARTIJ_TOEGANG: return &t->toegang;
	default: return &t->leerling;
	}
}

void
opp_akkoord_statussen(const struct opp_doc *doc, const char *digest,
                      struct opp_akkoord_status out[OPP_PARTIJ_COUNT])
{
	char own[OPP_DIGEST_SIZE];

	for (int p = 0; p < OPP_PARTIJ_COUNT && !digest; p++) {
		/* the digest only when some agreement is bound to one */
		const struct opp_akkoord *a = opp_akkoord_laatste(opp_partij_akkoorden(doc, p));
		if (a && a->datum.s && a->handelingsdeel.s) {
			opp_handelingsdeel_digest(doc, own);
			digest = own;
		}
	}
	for (int p = 0; p < OPP_PARTIJ_COUNT; p++) {
		const struct opp_akkoord *a = opp_akkoord_laatste(opp_partij_akkoorden(doc, p));
		out[p].partij = p;
		out[p].laatste = a;
		/* Spec: "a last agreement that is a plain date is not checked by
		 * ondertekening-actueel". */
		out[p].stand = !a || !a->datum.s                          ? OPP_AKKOORD_GEEN
		               : !a->handelingsdeel.s                     ? OPP_AKKOORD_DATUM
		               : strcmp(a->handelingsdeel.s, digest) == 0 ? OPP_AKKOORD_ACTUEEL
		                                                          : OPP_AKKOORD_VERVALLEN;
	}
}

void
opp_akkoord_tekst(struct opp_buf *out, const struct opp_akkoord_status *s)
{
	/* The date in words, as everywhere else in the document. */
	int32_t d = s->laatste && s->laatste->datum.s ? s->laatste->datum.i : 0;

	switch (s->stand) {
	case OPP_AKKOORD_GEEN: opp_buf_puts(out, "nog geen akkoord"); return;
	case OPP_AKKOORD_DATUM:
	case OPP_AKKOORD_ACTUEEL: opp_buf_puts(out, "akkoord op "); break;
	case OPP_AKKOORD_VERVALLEN: opp_buf_puts(out, "vervallen: gewijzigd sinds "); break;
	}
	opp_present_date(out, d);
	if (s->stand == OPP_AKKOORD_ACTUEEL)
		opp_buf_puts(out, " met deze versie");
}
