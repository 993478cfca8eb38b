/*
 * test_digest — the handelingsdeel's canonical form and digest
 * (lib/facts/handelingsdeel.c) against fixed test vectors: the same
 * ones as opp-format(5), so any other tool can check itself against
 * them. The canonical text was cross-checked with an independent
 * implementation (Python's json with sorted keys over PyYAML's
 * BaseLoader, tests/cli/sign/python-agrees.cmd does it again for the
 * examples) and the digest with sha256sum.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/escape.h"
#include "base/sha256.h"
#include "facts/handelingsdeel.h"
#include "format/load.h"
#include "helpers.h"

struct vector {
	const char *name;
	const char *yaml;
	const char *canonical;
	const char *digest;
};

static const struct vector vectors[] = {
        {"minimal",
         "doelen:\n"
         "  - id: pauze\n"
         "    doel: Ik ga in de pauze naar buiten.\n"
         "    termijn: 2027-03-05\n"
         "",
         "{\"arrangement\":[],\"doelen\":[{\"doel\":\"Ik ga in de pauze naar "
         "buiten.\",\"id\":\"pauze\",\"termijn\":\"2027-03-05\"}]}",
         "sha256:e39b44e830d7505a706d6052d59c2069e09016b1274f8ade98120c6a3599c1e7"},
        {"non_ascii",
         "doelen:\n"
         "  - id: zoe-leest\n"
         "    doel: \"Zoë leest \\\"hardop\\\" voor – met één ‘fout’ of minder \\\\ dag 😊\"\n"
         "    eigenaar: leerling\n"
         "    termijn: 2027-03-05\n"
         "    criterium: \"kolom\\tkolom\"\n"
         "",
         "{\"arrangement\":[],\"doelen\":[{\"criterium\":\"kolom\\tkolom\",\"doel\":\"Zoë leest "
         "\\\"hardop\\\" voor – met één ‘fout’ of minder \\\\ dag "
         "😊\",\"eigenaar\":\"leerling\",\"id\":\"zoe-leest\",\"termijn\":\"2027-03-05\"}]}",
         "sha256:1781a88c9accd6cef528ee70dfaa1318170b59ebc101dc2d7406c7b4e54ca89a"},
        {"block_scalars",
         "doelen:\n"
         "  - id: lezen\n"
         "    doel: |\n"
         "      Ik lees elke dag.\n"
         "      Ook in het weekend.\n"
         "    beginsituatie: |-\n"
         "      Leest niet graag.\n"
         "    criterium: >-\n"
         "      Leest vijftien\n"
         "      minuten zonder hulp.\n"
         "    termijn: 2027-01-29\n"
         "",
         "{\"arrangement\":[],\"doelen\":[{\"beginsituatie\":\"Leest niet graag.\",\"criterium\":\"Leest "
         "vijftien minuten zonder hulp.\",\"doel\":\"Ik lees elke dag.\\nOok in het "
         "weekend.\\n\",\"id\":\"lezen\",\"termijn\":\"2027-01-29\"}]}",
         "sha256:41a337b81328d6dea85bb87e598e6b3116c2005fd4a9394f568e3b0a243d1804"},
        {"numbers_as_written",
         "doelen:\n"
         "  - id: verzuim\n"
         "    doel: Op tijd op school.\n"
         "    termijn: 2027-01-29\n"
         "    beginwaarde: 3\n"
         "    streefwaarde: 3.0\n"
         "    eenheid: \"3\"\n"
         "",
         "{\"arrangement\":[],\"doelen\":[{\"beginwaarde\":\"3\",\"doel\":\"Op tijd op "
         "school.\",\"eenheid\":\"3\",\"id\":\"verzuim\",\"streefwaarde\":\"3.0\",\"termijn\":\"2027-01-29\"}"
         "]}",
         "sha256:99405faa29f04e0c7a5f28777e0f924b619b72629ec6541cc4535d665a5d36e9"},
        {"empty_sections",
         "doelen: []\n"
         "arrangement:\n"
         "",
         "{\"arrangement\":[],\"doelen\":[]}",
         "sha256:02d997904055a7d92247d74a2af86f4d32b026557e057e298a4bec887f140f2b"},
        {"with_support",
         "# the goal of v1 with support, keys in the format's order\n"
         "doelen:\n"
         "  - id: pauze\n"
         "    doel: Ik ga in de pauze naar buiten.\n"
         "    termijn: 2027-03-05\n"
         "arrangement:\n"
         "  - id: pleinwacht\n"
         "    doelen: [pauze]\n"
         "    wat: Een vaste volwassene op het plein.\n"
         "    wie: lk-jansen\n"
         "    start: 2026-10-12\n"
         "",
         "{\"arrangement\":[{\"doelen\":[\"pauze\"],\"id\":\"pleinwacht\",\"start\":\"2026-10-12\",\"wat\":"
         "\"Een vaste volwassene op het plein.\",\"wie\":\"lk-jansen\"}],\"doelen\":[{\"doel\":\"Ik ga in de "
         "pauze naar buiten.\",\"id\":\"pauze\",\"termijn\":\"2027-03-05\"}]}",
         "sha256:4171f03e27eed98bdbe4ef69f9be83d49dd985f0dc359fb2abb5c5c37d3c2502"},
        {"key_order_flow_and_excluded_keys",
         "arrangement:\n"
         "  - {start: 2026-10-12, wie: lk-jansen, wat: 'Een vaste volwassene op het plein.', doelen: "
         "[pauze], id: pleinwacht, bekostiging: {door: school, grondslag: basisondersteuning, status: "
         "toegekend}}\n"
         "doelen:\n"
         "  - termijn: 2027-03-05\n"
         "    doel: \"Ik ga in de pauze naar buiten.\"\n"
         "    id: pauze\n"
         "    status: lopend\n"
         "    voortgang:\n"
         "      - {datum: 2026-11-01, door: lk-jansen, tekst: \"Twee keer buiten.\"}\n"
         "",
         "{\"arrangement\":[{\"doelen\":[\"pauze\"],\"id\":\"pleinwacht\",\"start\":\"2026-10-12\",\"wat\":"
         "\"Een vaste volwassene op het plein.\",\"wie\":\"lk-jansen\"}],\"doelen\":[{\"doel\":\"Ik ga in de "
         "pauze naar buiten.\",\"id\":\"pauze\",\"termijn\":\"2027-03-05\"}]}",
         "sha256:4171f03e27eed98bdbe4ef69f9be83d49dd985f0dc359fb2abb5c5c37d3c2502"},
};

Test(digest, vectors)
{
	for (size_t i = 0; i < sizeof(vectors) / sizeof(*vectors); i++) {
		struct opp_doc *doc = load_yaml(vectors[i].yaml);
		struct opp_buf b = OPP_BUF_INIT;
		char dg[OPP_DIGEST_SIZE], hex[OPP_SHA256_HEX];

		opp_handelingsdeel_json(&b, doc);
		cr_expect_str_eq(b.ptr, vectors[i].canonical, "%s: canonical form", vectors[i].name);
		opp_handelingsdeel_digest(doc, dg);
		cr_expect_str_eq(dg, vectors[i].digest, "%s: digest", vectors[i].name);
		/* the digest is the SHA-256 of exactly the canonical bytes */
		opp_sha256_hex(vectors[i].canonical, strlen(vectors[i].canonical), hex);
		cr_expect_str_eq(hex, vectors[i].digest + 7, "%s: sha256 of the text", vectors[i].name);
		opp_buf_release(&b);
		opp_doc_free(doc);
	}
}

Test(digest, key_order_layout_and_other_sections_do_not_matter)
{
	/* with_support and key_order_flow_and_excluded_keys are the same
	 * handelingsdeel written two ways */
	const struct vector *a = NULL, *b = NULL;
	for (size_t i = 0; i < sizeof(vectors) / sizeof(*vectors); i++) {
		if (strcmp(vectors[i].name, "with_support") == 0)
			a = &vectors[i];
		if (strcmp(vectors[i].name, "key_order_flow_and_excluded_keys") == 0)
			b = &vectors[i];
	}
	cr_assert(a && b);
	cr_expect_str_eq(a->digest, b->digest);
}

Test(digest, every_change_to_the_plan_changes_it)
{
	static const char base[] = "doelen:\n  - id: a\n    doel: Lezen.\n    termijn: 2027-01-29\n"
	                           "arrangement:\n  - id: z\n    doelen: [a]\n    wat: Oefenen.\n"
	                           "    wie: lk\n    start: 2026-10-12\n";
	static const char *const changed[] = {
	        "doelen:\n  - id: a\n    doel: Lezen!\n    termijn: 2027-01-29\n"
	        "arrangement:\n  - id: z\n    doelen: [a]\n    wat: Oefenen.\n    wie: lk\n    start: "
	        "2026-10-12\n",
	        "doelen:\n  - id: a\n    doel: Lezen.\n    termijn: 2027-01-30\n"
	        "arrangement:\n  - id: z\n    doelen: [a]\n    wat: Oefenen.\n    wie: lk\n    start: "
	        "2026-10-12\n",
	        "doelen:\n  - id: a\n    doel: Lezen.\n    termijn: 2027-01-29\n"
	        "arrangement:\n  - id: z\n    doelen: [a]\n    wat: Oefenen.\n    wie: ib\n    start: "
	        "2026-10-12\n",
	        "doelen:\n  - id: a\n    doel: Lezen.\n    termijn: 2027-01-29\n"
	        "arrangement:\n  - id: z\n    doelen: [a]\n    wat: Oefenen.\n    wie: lk\n    start: "
	        "2026-10-12\n"
	        "    eind: 2027-01-01\n",
	        "doelen:\n  - id: a\n    doel: Lezen.\n    termijn: 2027-01-29\n"
	        "arrangement:\n  - id: z\n    doelen: [a]\n    wat: Oefenen.\n    wie: lk\n    start: "
	        "2026-10-12\n"
	        "  - id: y\n    doelen: [a]\n    wat: Meer.\n    wie: lk\n    start: 2026-10-12\n",
	};
	static const char *const same[] = {
	        /* comments, quoting, other sections, bekostiging, status */
	        "# x\ndoelen:\n  - {id: a, doel: 'Lezen.', termijn: \"2027-01-29\", status: lopend}\n"
	        "arrangement:\n  - id: z\n    doelen:\n      - a\n    wat: Oefenen.\n    wie: lk\n"
	        "    start: 2026-10-12\n    wachtlijst_tot: 2026-10-01\n"
	        "    bekostiging: {door: school, grondslag: basisondersteuning, status: toegekend}\n"
	        "afspraken: []\n",
	};
	struct opp_doc *d0 = load_yaml(base);
	char want[OPP_DIGEST_SIZE], got[OPP_DIGEST_SIZE];

	opp_handelingsdeel_digest(d0, want);
	for (size_t i = 0; i < sizeof(changed) / sizeof(*changed); i++) {
		struct opp_doc *d = load_yaml(changed[i]);
		opp_handelingsdeel_digest(d, got);
		cr_expect_str_neq(got, want, "change %zu left the digest unchanged", i);
		opp_doc_free(d);
	}
	for (size_t i = 0; i < sizeof(same) / sizeof(*same); i++) {
		struct opp_doc *d = load_yaml(same[i]);
		opp_handelingsdeel_digest(d, got);
		cr_expect_str_eq(got, want, "layout %zu changed the digest", i);
		opp_doc_free(d);
	}
	opp_doc_free(d0);
}

Test(digest, members_are_in_code_unit_order)
{
	/* a goal and an item with every member: each key sorts after the
	 * one before it (RFC 8785 3.2.3) */
	static const char all[] = "doelen:\n  - {id: a, doel: d, eigenaar: leerling, context: school, "
	                          "termijn: 2027-01-29, gesteld: 2026-10-01, domein: x, beginsituatie: b, "
	                          "criterium: c, beginwaarde: 1, streefwaarde: 2, eenheid: e}\n"
	                          "arrangement:\n  - {id: z, doelen: [a], wat: w, wie: lk, frequentie: f, "
	                          "start: 2026-10-12, eind: 2026-12-01, overbrugging: o}\n";
	struct opp_doc *doc = load_yaml(all);
	struct opp_buf b = OPP_BUF_INIT;
	char prev[32] = "";
	int depth = 0, keys = 0;

	opp_handelingsdeel_json(&b, doc);
	/* keys are the strings right after '{' or ',' at object level */
	for (const char *p = b.ptr; *p; p++) {
		if (*p == '{') {
			depth++;
			prev[0] = '\0';
		} else if (*p == '}') {
			depth--;
		}
		if (depth == 2 && (*p == '{' || *p == ',') && p[1] == '"') {
			const char *e = strchr(p + 2, '"');
			char key[32];
			snprintf(key, sizeof(key), "%.*s", (int)(e - p - 2), p + 2);
			cr_expect(strcmp(prev, key) < 0, "%s after %s", key, prev);
			strcpy(prev, key);
			keys++;
		}
	}
	cr_expect_eq(keys, 12 + 8);
	opp_buf_release(&b);
	opp_doc_free(doc);
}

Test(jcs, string_escapes)
{
	struct opp_buf b = OPP_BUF_INIT;

	opp_jcs_str(&b, "a\"b\\c\b\f\n\r\t\x01\x1f\x7f\xe2\x80\xa8€");
	cr_expect_str_eq(b.ptr, "\"a\\\"b\\\\c\\b\\f\\n\\r\\t\\u0001\\u001f\x7f\xe2\x80\xa8€\"");
	opp_buf_release(&b);
}

Test(akkoord, states)
{
	static const char yaml[] = "doelen:\n  - {id: a, doel: d, termijn: 2027-01-29}\n"
	                           "ondertekening:\n"
	                           "  ouders:\n"
	                           "    - 2026-10-01\n"
	                           "    - {datum: 2026-10-08, handelingsdeel: \"sha256:%s\"}\n"
	                           "  school: {datum: 2026-10-08, handelingsdeel: \"sha256:%s\"}\n"
	                           "  toegang: 2026-10-09\n";
	char text[1024], dg[OPP_DIGEST_SIZE];
	struct opp_akkoord_status st[OPP_PARTIJ_COUNT];
	struct opp_buf b = OPP_BUF_INIT;
	struct opp_doc *doc;

	/* the digest of this very handelingsdeel, then the file with it */
	doc = load_yaml("doelen:\n  - {id: a, doel: d, termijn: 2027-01-29}\n");
	opp_handelingsdeel_digest(doc, dg);
	opp_doc_free(doc);
	snprintf(text, sizeof(text), yaml, dg + 7,
	         "0000000000000000000000000000000000000000000000000000000000000000");
	doc = load_yaml(text);
	opp_akkoord_statussen(doc, NULL, st);
	cr_expect_eq(st[OPP_PARTIJ_OUDERS].stand, OPP_AKKOORD_ACTUEEL);
	cr_expect_eq(st[OPP_PARTIJ_SCHOOL].stand, OPP_AKKOORD_VERVALLEN);
	cr_expect_eq(st[OPP_PARTIJ_TOEGANG].stand, OPP_AKKOORD_DATUM);
	cr_expect_eq(st[OPP_PARTIJ_LEERLING].stand, OPP_AKKOORD_GEEN);
	for (int p = 0; p < OPP_PARTIJ_COUNT; p++) {
		opp_akkoord_tekst(&b, &st[p]);
		opp_buf_putc(&b, '|');
	}
	cr_expect_str_eq(
	        b.ptr, "akkoord op 8 oktober 2026 met deze versie|vervallen: gewijzigd sinds 8 oktober 2026|"
	               "akkoord op 9 oktober 2026|nog geen akkoord|");
	opp_buf_release(&b);
	opp_doc_free(doc);
}
