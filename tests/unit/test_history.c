/*
 * test_history — git log's output parsed (lib/facts/history.c), the
 * events of each commit with versions handed over by a callback (as
 * cmd/git.c does from git cat-file), merges, renames, a version that is
 * not YAML, and the version an agreement was given to. The versions are
 * those of tests/git/plan (the standard history of tests/git/fixture.sh;
 * tests/cli/log runs the same through real git).
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "facts/handelingsdeel.h"
#include "facts/history.h"
#include "format/load.h"
#include "helpers.h"

#define OID(c) c c c c c c c c c c c c c c c c c c c c c c c c c c c c c c c c c c c c c c c c
#define ZERO   OID("0")

/* blob ids: 1 = 02.yaml, 2 = 04.yaml, 3 = 05.yaml, 4 = 06.yaml, 5 = 07.yaml, 6 = not YAML */
static const char *const blob_file[] = {NULL, "02", "04", "05", "06", "07"};

static bool
fetch(void *ctx, const char *oid, char **text, size_t *len)
{
	char path[64];
	int k = oid[0] - '0';

	(void)ctx;
	if (k == 6) {
		*text = strdup("doelen: [\n");
		*len = strlen(*text);
		return true;
	}
	if (k < 1 || k > 5)
		return false;
	snprintf(path, sizeof(path), "tests/git/plan/%s.yaml", blob_file[k]);
	*text = slurp(path, len);
	return true;
}

/* One record as git log prints it with opp_history_log_args. */
static void
record(struct opp_buf *b, const char *commit, const char *parents, const char *author, const char *date,
       const char *old, const char *neu, const char *status, const char *path, const char *path2)
{
	opp_buf_printf(b, "\1%s", commit);
	opp_buf_add(b, "", 1);
	opp_buf_puts(b, parents);
	opp_buf_add(b, "", 1);
	opp_buf_puts(b, author);
	opp_buf_add(b, "", 1);
	opp_buf_puts(b, date);
	opp_buf_add(b, "", 1);
	opp_buf_add(b, "", 1);
	opp_buf_printf(b, "\n:100644 100644 %s %s %s", old, neu, status);
	opp_buf_add(b, "", 1);
	opp_buf_puts(b, path);
	opp_buf_add(b, "", 1);
	if (path2) {
		opp_buf_puts(b, path2);
		opp_buf_add(b, "", 1);
	}
}

/* The standard history, newest first as git prints it: a merge M of
 * main (C3) and a branch (B1), both from C2, which renamed the file
 * added by C1. */
static void
standard(struct opp_buf *b)
{
	record(b, OID("e"), OID("d") " " OID("b"), "Femke de Groot", "2026-11-05", OID("4"), OID("5"), "M",
	       "plannen/sam.yaml", NULL);
	record(b, OID("e"), OID("d") " " OID("b"), "Femke de Groot", "2026-11-05", OID("3"), OID("5"), "M",
	       "plannen/sam.yaml", NULL);
	record(b, OID("d"), OID("c"), "Femke de Groot", "2026-11-02", OID("2"), OID("4"), "M",
	       "plannen/sam.yaml", NULL);
	record(b, OID("b"), OID("c"), "Sevda Yilmaz", "2026-10-22", OID("2"), OID("3"), "M",
	       "plannen/sam.yaml", NULL);
	record(b, OID("c"), OID("a"), "Noor de Jong", "2026-10-20", OID("1"), OID("2"), "R096", "sam.yaml",
	       "plannen/sam.yaml");
	record(b, OID("a"), "", "Femke de Groot", "2026-10-06", ZERO, OID("1"), "A", "sam.yaml", NULL);
}

Test(history, parse)
{
	struct opp_buf b = OPP_BUF_INIT;
	struct opp_history h;

	standard(&b);
	cr_assert(opp_history_parse(&h, b.ptr, b.len));
	cr_assert_eq(h.n, 6);
	/* oldest first, a merge's changes together in parent order */
	cr_expect_eq(h.v[0].commit[0], 'a');
	cr_expect_str_eq(h.v[0].old_blob, "");
	cr_expect_eq(h.v[0].parents, 0);
	cr_expect_eq(h.v[1].commit[0], 'c');
	cr_expect_str_eq(h.v[1].old_path, "sam.yaml");
	cr_expect_str_eq(h.v[1].path, "plannen/sam.yaml");
	cr_expect_str_eq(h.v[1].author, "Noor de Jong");
	cr_expect_eq(h.v[1].date, opp_date_from_ymd(2026, 10, 20));
	cr_expect_eq(h.v[2].commit[0], 'b');
	cr_expect_eq(h.v[3].commit[0], 'd');
	cr_expect_eq(h.v[4].commit[0], 'e');
	cr_expect_eq(h.v[4].old_blob[0], '4');
	cr_expect_eq(h.v[5].old_blob[0], '3');
	cr_expect_eq(h.v[5].parents, 2);
	opp_history_release(&h);
	opp_buf_release(&b);
}

Test(history, garbled_output_is_refused)
{
	struct opp_history h;
	static const char bad[] = "\1not-a-commit\0\0x\0"
	                          "2026-10-06\0";

	cr_expect(!opp_history_parse(&h, bad, sizeof(bad) - 1));
	opp_history_release(&h);
	cr_expect(opp_history_parse(&h, "", 0));
	cr_expect_eq(h.n, 0);
	opp_history_release(&h);
}

static char *
log_text(const struct opp_buf *in)
{
	struct opp_history h;
	struct opp_versions vs;
	struct opp_log log;
	struct opp_buf out = OPP_BUF_INIT;

	cr_assert(opp_history_parse(&h, in->ptr, in->len));
	opp_versions_init(&vs, fetch, NULL, NULL);
	opp_log_build(&log, &h, &vs);
	for (size_t i = 0; i < log.n; i++) {
		opp_buf_printf(&out, "%c %s%s%s\n", log.v[i].change->commit[0], log.v[i].change->author,
		               log.v[i].renamed ? " renamed" : "", log.v[i].unreadable ? " unreadable" : "");
		for (size_t k = log.v[i].first; k < log.v[i].first + log.v[i].n; k++)
			opp_buf_printf(&out, "  %s\n", opp_event_kind_names[log.events.v[k].kind]);
	}
	opp_log_release(&log);
	opp_versions_release(&vs);
	opp_history_release(&h);
	return opp_buf_detach(&out, NULL);
}

Test(history, log)
{
	struct opp_buf b = OPP_BUF_INIT;
	char *got;

	standard(&b);
	got = log_text(&b);
	/* the merge brings nothing of its own but the lapse of the
	 * branch's agreement */
	cr_expect_str_eq(
	        got, "a Femke de Groot\n"
	             "  doel-gesteld\n  doel-gesteld\n  inzet-toegevoegd\n  bekostiging-aangevraagd\n"
	             "  inzet-toegevoegd\n  bekostiging-toegekend\n  overleg-gehouden\n  overleg-gepland\n"
	             "  afspraak-gemaakt\n  afspraak-gemaakt\n  vastgesteld\n"
	             "c Noor de Jong renamed\n  voortgang\n  akkoord-gegeven\n  akkoord-gegeven\n"
	             "b Sevda Yilmaz\n  bekostiging-toegekend\n  akkoord-gegeven\n"
	             "d Femke de Groot\n  doel-gewijzigd\n  inzet-toegevoegd\n  bekostiging-toegekend\n"
	             "  akkoord-vervallen\n  akkoord-vervallen\n"
	             "e Femke de Groot\n  akkoord-vervallen\n");
	free(got);
	opp_buf_release(&b);
}

Test(history, a_version_that_is_not_yaml)
{
	struct opp_buf b = OPP_BUF_INIT;
	char *got;

	record(&b, OID("c"), OID("b"), "Noor de Jong", "2026-10-20", OID("6"), OID("2"), "M", "sam.yaml",
	       NULL);
	record(&b, OID("b"), OID("a"), "Noor de Jong", "2026-10-19", OID("1"), OID("6"), "M", "sam.yaml",
	       NULL);
	record(&b, OID("a"), "", "Femke de Groot", "2026-10-06", ZERO, OID("1"), "A", "sam.yaml", NULL);
	got = log_text(&b);
	/* c is compared with a, the last version that loaded */
	cr_expect(strstr(got, "b Noor de Jong unreadable\nc Noor de Jong\n  voortgang\n  akkoord-gegeven\n"),
	          "%s", got);
	free(got);
	opp_buf_release(&b);
}

Test(history, the_version_agreed_to)
{
	struct opp_buf b = OPP_BUF_INIT, out = OPP_BUF_INIT;
	struct opp_history h;
	struct opp_versions vs;
	const struct opp_change *c;
	const struct opp_doc *now;
	char dg[OPP_DIGEST_SIZE];

	standard(&b);
	cr_assert(opp_history_parse(&h, b.ptr, b.len));
	opp_versions_init(&vs, fetch, NULL, NULL);
	/* the digest the parents signed (in 04.yaml) is last in the branch's version */
	now = opp_versions_get(&vs, OID("2"));
	opp_handelingsdeel_digest(now, dg);
	c = opp_history_agreed(&h, &vs, dg);
	cr_assert(c);
	cr_expect_eq(c->commit[0], 'b');
	now = opp_versions_get(&vs, OID("5"));
	opp_history_lapse(&out, c, &vs, now, opp_date_from_ymd(2026, 11, 21));
	cr_expect_str_eq(out.ptr,
	                 "sinds de versie van 2026-10-22 (bbbbbbb): doel 'rustig' gewijzigd: termijn "
	                 "2027-03-05 → 2027-05-28; inzet 'ochtendhulp' toegevoegd");
	opp_buf_reset(&out);
	cr_expect_null(opp_history_agreed(&h, &vs, "sha256:0000"));
	opp_history_lapse(&out, NULL, &vs, now, opp_date_from_ymd(2026, 11, 21));
	cr_expect_str_eq(out.ptr, "geen vastgelegde versie in git heeft dit handelingsdeel");
	/* constant memory: a handful of versions loaded at a time */
	cr_expect_leq(vs.loads, 8);
	opp_versions_release(&vs);
	opp_history_release(&h);
	opp_buf_release(&out);
	opp_buf_release(&b);
}
