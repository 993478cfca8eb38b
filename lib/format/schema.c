/*
 * schema — the JSON Schema (draft 2020-12) of the format, made from the
 * shape table in model.c: the keys, types, required keys, bounds, enum
 * values and the Dutch descriptions that editors show on hover all come
 * from there, so the schema and the loader cannot disagree. `opp schema`
 * prints it; schema/opp.schema.json is this output (a test checks it).
 *
 * The schema follows the loader's reading: an optional key may be empty
 * (null), since empty is missing; a required text needs more than white
 * space; keys of your own start with x-.
 */
#include "format/schema.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "base/escape.h"

/* The reusable value types ($defs), each with its description. */
static const struct {
	const char *name, *body; /* body: the members after "description" */
	const char *desc;
} types[] = {
        {"datum", "\"type\": \"string\", \"pattern\": \"^\\\\d{4}-\\\\d{2}-\\\\d{2}$\", \"format\": \"date\"",
         "Datum als JJJJ-MM-DD, bijv. 2025-10-07; tussen 1900 en 2199 (regel `datums`)."},
        {"tijd", "\"type\": \"string\", \"pattern\": \"^([01]\\\\d|2[0-3]):[0-5]\\\\d$\"",
         "Tijd als UU:MM (24-uurs, lokale tijd van de school), bijv. 09:30."},
        {"id", "\"type\": \"string\", \"pattern\": \"^[a-z0-9-]+$\"",
         "Id van een betrokkene: kleine letters, cijfers en koppeltekens, bijv. ib-jansen."},
        {"sleutel", "\"type\": \"string\", \"pattern\": \"^[a-z0-9-]+$\"",
         "Id van een doel, inzet of afspraak: kleine letters, cijfers en koppeltekens (a-z, 0-9, -), uniek "
         "binnen de lijst."},
        {"email",
         "\"type\": \"string\", \"maxLength\": 254, \"pattern\": "
         "\"^[A-Za-z0-9_+'-]+(\\\\.[A-Za-z0-9_+'-]+)*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
         "(\\\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$\"",
         "Eén e-mailadres naam@domein: geen naam erbij, geen spaties of haakjes."},
        {"digest", "\"type\": \"string\", \"pattern\": \"^sha256:[0-9a-f]{64}$\"",
         "De SHA-256 van het handelingsdeel: sha256: en 64 kleine hexadecimale tekens (`opp sign`)."},
};

enum { T_DATUM, T_TIJD, T_ID, T_SLEUTEL, T_EMAIL, T_DIGEST };

struct out {
	struct opp_buf *b;
	int ind;
};

static void
nl(struct out *o)
{
	opp_buf_putc(o->b, '\n');
	for (int i = 0; i < o->ind; i++)
		opp_buf_puts(o->b, "  ");
}

/* A member "key": opening a value; `first` of its object or not. */
static void
key(struct out *o, bool *first, const char *k)
{
	if (!*first)
		opp_buf_putc(o->b, ',');
	*first = false;
	nl(o);
	opp_json_str(o->b, k);
	opp_buf_puts(o->b, ": ");
}

static void
open_obj(struct out *o, bool *first)
{
	opp_buf_putc(o->b, '{');
	o->ind++;
	*first = true;
}

static void
close_obj(struct out *o)
{
	o->ind--;
	nl(o);
	opp_buf_putc(o->b, '}');
}

static void
ref(struct opp_buf *b, int type)
{
	opp_buf_printf(b, "{\"$ref\": \"#/$defs/%s\"}", types[type].name);
}

static void
names(struct opp_buf *b, const char *const *n)
{
	opp_buf_puts(b, "[");
	for (size_t i = 0; n[i]; i++) {
		opp_buf_puts(b, i ? ", " : "");
		opp_json_str(b, n[i]);
	}
	opp_buf_puts(b, "]");
}

static void object(struct out *o, const struct opp_shape *sh, const char *desc);

/* The schema of one value of type t (flags: the field's), inline. */
static void
value(struct out *o, const struct opp_field *f, enum opp_ftype t, unsigned flags)
{
	struct opp_buf *b = o->b;

	switch (t) {
	case OPP_T_STR:
		/* Numbers are text too (groep: 6); a required text needs more
		 * than white space (empty is missing). */
		opp_buf_puts(b, (flags & OPP_F_REQUIRED)
		                        ? "{\"type\": [\"string\", \"number\"], \"pattern\": \"\\\\S\"}"
		                        : "{\"type\": [\"string\", \"number\"]}");
		break;
	case OPP_T_ID: ref(b, (flags & OPP_F_PERSON) ? T_ID : T_SLEUTEL); break;
	case OPP_T_DATE: ref(b, T_DATUM); break;
	case OPP_T_TIME: ref(b, T_TIJD); break;
	case OPP_T_EMAIL: ref(b, T_EMAIL); break;
	case OPP_T_DIGEST: ref(b, T_DIGEST); break;
	case OPP_T_INT:
	case OPP_T_NUM:
		opp_buf_puts(b, t == OPP_T_INT ? "{\"type\": \"integer\"" : "{\"type\": \"number\"");
		if (f && (f->flags & OPP_F_RANGE) && f->min == f->max)
			opp_buf_printf(b, ", \"const\": %.15g", f->min);
		else if (f && (f->flags & OPP_F_RANGE))
			opp_buf_printf(b, ", \"minimum\": %.15g, \"maximum\": %.15g", f->min, f->max);
		if (f && f->def && t == OPP_T_INT)
			opp_buf_printf(b, ", \"default\": %d", (int)f->def);
		opp_buf_puts(b, "}");
		break;
	case OPP_T_ENUM:
		if (flags & OPP_F_ROLE) {
			opp_buf_puts(b, "{\"$ref\": \"#/$defs/rol\"}");
			break;
		}
		opp_buf_puts(b, "{\"type\": \"string\", \"enum\": ");
		names(b, f->names);
		if (f->def && f->type == OPP_T_ENUM) {
			opp_buf_puts(b, ", \"default\": ");
			opp_json_str(b, f->names[f->def]);
		}
		opp_buf_puts(b, "}");
		break;
	case OPP_T_LIST:
		opp_buf_puts(b, "{\"type\": \"array\"");
		if (flags & OPP_F_NONEMPTY)
			opp_buf_puts(b, ", \"minItems\": 1");
		opp_buf_puts(b, ", \"items\": ");
		if (f->elem == OPP_T_ENUM) {
			opp_buf_puts(b, "{\"type\": \"string\", \"enum\": ");
			names(b, f->names);
			opp_buf_puts(b, "}");
		} else {
			/* No empty entries: the loader refuses them. */
			value(o, NULL, f->elem, (flags & ~OPP_F_NONEMPTY) | OPP_F_REQUIRED);
		}
		opp_buf_puts(b, "}");
		break;
	case OPP_T_MAP: object(o, f->shape, NULL); break;
	case OPP_T_SEQ:
		opp_buf_puts(b, "{\"type\": \"array\"");
		if (flags & OPP_F_NONEMPTY)
			opp_buf_puts(b, ", \"minItems\": 1");
		opp_buf_printf(b, ", \"items\": {\"$ref\": \"#/$defs/%s\"}}", f->shape->name);
		break;
	case OPP_T_PAIRS:
		opp_buf_puts(b, "{\"type\": \"object\", \"propertyNames\": ");
		ref(b, T_SLEUTEL);
		opp_buf_puts(b, ", \"additionalProperties\": {\"type\": \"string\", \"enum\": ");
		names(b, f->names);
		opp_buf_puts(b, "}}");
		break;
	case OPP_T_AKKOORD:
		/* A date, a signature, or a list of them (oldest first). */
		opp_buf_puts(
		        b,
		        "{\"anyOf\": [{\"$ref\": \"#/$defs/datum\"}, {\"$ref\": \"#/$defs/handtekening\"}, "
		        "{\"type\": \"array\", \"minItems\": 1, \"items\": {\"anyOf\": [{\"$ref\": "
		        "\"#/$defs/datum\"}, {\"$ref\": \"#/$defs/handtekening\"}]}}]}");
		break;
	}
}

static bool
required(const struct opp_field *f)
{
	return f->flags & (OPP_F_REQUIRED | OPP_F_WANTED);
}

/* A property: its description and its value; an optional one may be
 * null (spec: empty is missing). */
static void
property(struct out *o, const struct opp_field *f)
{
	bool first;

	open_obj(o, &first);
	key(o, &first, "description");
	opp_json_str(o->b, f->desc);
	/* if/else rather than anyOf: a validator then reports a wrong
	 * value where it is, not as "none of the alternatives". */
	if (!required(f)) {
		key(o, &first, "if");
		opp_buf_puts(o->b, "{\"type\": \"null\"}");
	}
	key(o, &first, required(f) ? "allOf" : "else");
	if (required(f))
		opp_buf_puts(o->b, "[");
	value(o, f, f->type, f->flags | (required(f) ? OPP_F_REQUIRED : 0));
	if (required(f))
		opp_buf_puts(o->b, "]");
	close_obj(o);
}

/* A mapping of the shape table: its keys, the required ones, x- keys. */
static void
object(struct out *o, const struct opp_shape *sh, const char *desc)
{
	bool first, any = false, fp;

	open_obj(o, &first);
	if (desc) {
		key(o, &first, "description");
		opp_json_str(o->b, desc);
	}
	key(o, &first, "type");
	opp_buf_puts(o->b, "\"object\"");
	for (const struct opp_field *f = sh->fields; f->key; f++)
		any |= required(f);
	if (any) {
		key(o, &first, "required");
		opp_buf_puts(o->b, "[");
		fp = true;
		for (const struct opp_field *f = sh->fields; f->key; f++)
			if (required(f)) {
				opp_buf_puts(o->b, fp ? "" : ", ");
				opp_json_str(o->b, f->key);
				fp = false;
			}
		opp_buf_puts(o->b, "]");
	}
	if (sh->any_of[0]) {
		key(o, &first, "anyOf");
		opp_buf_puts(o->b, "[");
		for (size_t i = 0; sh->any_of[i]; i++) {
			opp_buf_puts(o->b, i ? ", {\"required\": [" : "{\"required\": [");
			opp_json_str(o->b, sh->any_of[i]);
			opp_buf_puts(o->b, "]}");
		}
		opp_buf_puts(o->b, "]");
	}
	key(o, &first, "properties");
	open_obj(o, &fp);
	for (const struct opp_field *f = sh->fields; f->key; f++) {
		key(o, &fp, f->key);
		property(o, f);
	}
	close_obj(o);
	key(o, &first, "patternProperties");
	opp_buf_puts(o->b, "{\"^x-\": {}}");
	key(o, &first, "additionalProperties");
	opp_buf_puts(o->b, "false");
	close_obj(o);
}

/* Every shape used as a list of mappings, once each, in table order. */
static void
seq_shapes(const struct opp_shape *sh, const struct opp_shape **seen, size_t *n)
{
	for (const struct opp_field *f = sh->fields; f->key; f++) {
		if (f->type == OPP_T_SEQ) {
			bool dup = false;
			for (size_t i = 0; i < *n; i++)
				dup |= seen[i] == f->shape;
			if (!dup && *n < 32)
				seen[(*n)++] = f->shape;
		}
		if (f->type == OPP_T_SEQ || f->type == OPP_T_MAP)
			seq_shapes(f->shape, seen, n);
	}
}

void
opp_schema_json(struct opp_buf *out)
{
	struct out o = {out, 0};
	const struct opp_shape *seqs[32];
	size_t n = 0;
	bool first, fd;

	open_obj(&o, &first);
	key(&o, &first, "$schema");
	opp_buf_puts(out, "\"https://json-schema.org/draft/2020-12/schema\"");
	key(&o, &first, "$id");
	opp_buf_puts(out, "\"https://opp.example/schema/opp-1.schema.json\"");
	key(&o, &first, "title");
	opp_buf_puts(out, "\"OPP-dossier (opp-formaat versie 1)\"");
	key(&o, &first, "description");
	opp_json_str(out, opp_doc_shape.desc);
	/* The document itself: the members of a mapping, inline. */
	{
		struct opp_buf doc = OPP_BUF_INIT;
		struct out d = {&doc, 0};
		object(&d, &opp_doc_shape, NULL);
		/* drop its braces: its members join the top object */
		{
			const char *start = strchr(doc.ptr, '\n');
			const char *end = strrchr(doc.ptr, '\n');
			opp_buf_putc(out, ',');
			opp_buf_add(out, start, (size_t)(end - start));
		}
		opp_buf_release(&doc);
	}
	key(&o, &first, "$defs");
	open_obj(&o, &fd);
	for (size_t i = 0; i < sizeof(types) / sizeof(*types); i++) {
		key(&o, &fd, types[i].name);
		opp_buf_puts(out, "{\"description\": ");
		opp_json_str(out, types[i].desc);
		opp_buf_printf(out, ", %s}", types[i].body);
	}
	key(&o, &fd, "rol");
	opp_buf_puts(out, "{\"description\": ");
	opp_json_str(
	        out,
	        "Standaardrol. Schoolkant: leerling, ouders, leerkracht, mentor, intern-begeleider, "
	        "ondersteuningscoordinator, orthopedagoog, directeur. Alle andere rollen (ook anders) zijn "
	        "van buiten de school. Regionale namen (toegangsteam jeugd, klantmanager jeugd, "
	        "kernpuntmedewerker…) mogen via `rollen` in `.opp.yaml` op een standaardrol worden "
	        "afgebeeld; dit schema accepteert alleen de standaardrollen.");
	opp_buf_puts(out, ", \"type\": \"string\", \"enum\": ");
	names(out, opp_rol_names);
	opp_buf_puts(out, "}");
	key(&o, &fd, "handtekening");
	object(&o, &opp_akkoord_shape, opp_akkoord_shape.desc);
	seq_shapes(&opp_doc_shape, seqs, &n);
	for (size_t i = 0; i < n; i++) {
		key(&o, &fd, seqs[i]->name);
		object(&o, seqs[i], seqs[i]->desc);
	}
	close_obj(&o);
	close_obj(&o);
	opp_buf_putc(out, '\n');
}
