/*
 * fuzz_edit — libFuzzer harness for the editor (lib/format/edit.c) that
 * opp sign, opp done and opp note use: on each input every edit they can
 * make (a signature for each party, gedaan for the first open afspraak,
 * a note with a text that needs quoting for the first goal) is applied.
 * The property: an edit either is refused with a reason about the
 * file's shape, or its result loads to exactly the intended document
 * (opp_edit_apply checks that and says "would not read back" otherwise:
 * that is a bug here), changes the text in one run of bytes, and says in
 * the model what it was asked to say.
 *
 * The input is a case file; the corpus is a set of variants of the
 * layouts in tests/edit and the examples (make fuzz seeds it; a
 * structure-aware mutator of case files plugs in as the corpus's
 * source without changing this harness). Everything is freed.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/date.h"
#include "format/edit.h"
#include "format/load.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check(const char *text, size_t len, const struct opp_edit *e)
{
	struct opp_buf out = OPP_BUF_INIT, err = OPP_BUF_INIT;
	struct opp_diags d;
	struct opp_doc *doc;

	if (!opp_edit_apply(&out, text, len, e, NULL, &err)) {
		if (strstr(err.ptr, "read back") || out.len)
			__builtin_trap(); /* it wrote something that is not what was meant */
		goto done;
	}
	opp_diags_init(&d);
	doc = opp_doc_load("fuzz.yaml", out.ptr, out.len, NULL, &d);
	if (!doc)
		__builtin_trap();
	/* what the model says now (of the first entry with the id, in file
	 * order, as the edit takes it when an id is given twice) */
	if (e->kind == OPP_EDIT_DONE) {
		bool found = false;
		for (size_t i = 0; i < doc->afspraken.n; i++)
			if (doc->afspraken.v[i].id.s && strcmp(doc->afspraken.v[i].id.s, e->id) == 0) {
				found = doc->afspraken.v[i].gedaan.s && doc->afspraken.v[i].gedaan.i == e->datum;
				break;
			}
		if (!found)
			__builtin_trap();
	} else if (e->kind == OPP_EDIT_NOTE) {
		const struct opp_doel *g = NULL;
		const struct opp_voortgang *v;
		for (size_t i = 0; i < doc->doelen.n && !g; i++)
			if (doc->doelen.v[i].id.s && strcmp(doc->doelen.v[i].id.s, e->id) == 0)
				g = &doc->doelen.v[i];
		if (!g || !g->voortgang.n)
			__builtin_trap();
		v = &g->voortgang.v[g->voortgang.n - 1];
		if (!v->tekst.s || strcmp(v->tekst.s, e->tekst) != 0 || !v->door.s || strcmp(v->door.s, e->door) != 0)
			__builtin_trap();
	} else {
		const struct opp_ondertekening *t = &doc->ondertekening;
		const struct opp_akkoorden *a = strcmp(e->partij, "ouders") == 0    ? &t->ouders
		                                : strcmp(e->partij, "school") == 0  ? &t->school
		                                : strcmp(e->partij, "toegang") == 0 ? &t->toegang
		                                                                    : &t->leerling;
		const struct opp_akkoord *last = opp_akkoord_laatste(a);
		if (!last || !last->handelingsdeel.s || strcmp(last->handelingsdeel.s, e->digest) != 0)
			__builtin_trap();
	}
	/* one run of bytes replaced: what is before and after it is the old text */
	{
		size_t pre = 0, suf = 0;
		while (pre < len && pre < out.len && text[pre] == out.ptr[pre])
			pre++;
		while (suf < len - pre && suf < out.len - pre && text[len - 1 - suf] == out.ptr[out.len - 1 - suf])
			suf++;
		if (pre + suf > len || pre + suf > out.len)
			__builtin_trap();
	}
	opp_doc_free(doc);
	opp_diags_release(&d);
done:
	opp_buf_release(&out);
	opp_buf_release(&err);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const parties[] = {"ouders", "school", "toegang", "leerling"};
	const int32_t day = opp_date_from_ymd(2026, 12, 1);
	char *text = malloc(size ? size : 1);
	struct opp_diags d;
	struct opp_doc *doc;

	if (size)
		memcpy(text, data, size);
	opp_diags_init(&d);
	doc = opp_doc_load("fuzz.yaml", text, size, NULL, &d);
	if (doc) {
		for (size_t p = 0; p < 4; p++) {
			struct opp_edit e = {.kind = OPP_EDIT_SIGN,
			                     .partij = parties[p],
			                     .digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
			                     .datum = day};
			check(text, size, &e);
		}
		for (size_t i = 0; i < doc->afspraken.n; i++)
			if (doc->afspraken.v[i].id.s && !doc->afspraken.v[i].gedaan.s) {
				struct opp_edit e = {.kind = OPP_EDIT_DONE, .id = doc->afspraken.v[i].id.s, .datum = day};
				check(text, size, &e);
				break;
			}
		if (doc->doelen.n && doc->doelen.v[0].id.s) {
			struct opp_edit e = {.kind = OPP_EDIT_NOTE,
			                     .id = doc->doelen.v[0].id.s,
			                     .datum = day,
			                     .door = "lk-jong",
			                     .waarde = "2.5",
			                     .tekst = "Zegt: \"ik kan het\" # geen commentaar\n\tnieuwe regel \\ en 😊"};
			check(text, size, &e);
		}
	}
	opp_doc_free(doc);
	opp_diags_release(&d);
	free(text);
	return 0;
}
