/*
 * helpers — shared by the criterion unit tests: check a YAML string and
 * ask what fired where.
 */
#ifndef OPP_TEST_HELPERS_H
#define OPP_TEST_HELPERS_H

#include <criterion/criterion.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "checks/rules.h"
#include "checks/validate.h"
#include "format/config.h"
#include "format/diag.h"
#include "format/load.h"

static inline int32_t
day(const char *s)
{
	int32_t d = 0;
	cr_assert(opp_date_parse(s, &d), "bad test date %s", s);
	return d;
}

/* Check YAML text as of a date with cfg (NULL: defaults). Caller releases
 * d and frees the returned doc. */
static inline struct opp_doc *
check_yaml(const char *yaml, const char *as_of, const struct opp_config *cfg, struct opp_diags *d)
{
	opp_diags_init(d);
	return opp_validate("t.yaml", yaml, strlen(yaml), cfg, day(as_of), d);
}

/* How many findings of rule (at line, or anywhere when line is 0). */
static inline size_t
fired(const struct opp_diags *d, int rule, unsigned line)
{
	size_t n = 0;
	for (size_t i = 0; i < d->n; i++)
		if (d->v[i].rule == rule && (!line || d->v[i].pos.line == line))
			n++;
	return n;
}

/* The severity of the first finding of rule, or OPP_SEV_OFF. */
static inline enum opp_sev
sev_of(const struct opp_diags *d, int rule)
{
	for (size_t i = 0; i < d->n; i++)
		if (d->v[i].rule == rule)
			return d->v[i].sev;
	return OPP_SEV_OFF;
}

/* Print findings (for failing tests). */
static inline void
dump(const struct opp_diags *d)
{
	for (size_t i = 0; i < d->n; i++)
		fprintf(stderr, "  %u:%u %s %s\n", d->v[i].pos.line, d->v[i].pos.col,
		        opp_rules[d->v[i].rule].name, d->v[i].msg);
}

/* Assert that only the given rule fires (nothing else), for near-miss
 * tests that must be otherwise clean. */
static inline size_t
others(const struct opp_diags *d, int rule)
{
	size_t n = 0;
	for (size_t i = 0; i < d->n; i++)
		n += d->v[i].rule != rule;
	return n;
}

/* A fresh folder for one test (/tmp/opp-<name>-XXXXXX, into dir), and
 * its removal with everything in it. */
static inline void
scratch_dir(char dir[64], const char *name)
{
	snprintf(dir, 64, "/tmp/opp-%s-XXXXXX", name);
	cr_assert_not_null(mkdtemp(dir), "mkdtemp %s", dir);
}

static inline void
scratch_dir_remove(const char *dir)
{
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	cr_assert_eq(system(cmd), 0);
}

/* A file's bytes, NUL-terminated (caller frees); *len without the NUL. */
static inline char *
slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	cr_assert(f, "cannot open %s", path);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t)n + 1);
	cr_assert(fread(buf, 1, (size_t)n, f) == (size_t)n);
	buf[n] = '\0';
	fclose(f);
	*len = (size_t)n;
	return buf;
}

/* Load YAML text as a case file, findings dropped (caller frees): for
 * tests of what is derived from a document, not of its findings. */
static inline struct opp_doc *
load_yaml(const char *yaml)
{
	struct opp_diags d;
	struct opp_doc *doc;

	opp_diags_init(&d);
	doc = opp_doc_load("t.yaml", yaml, strlen(yaml), NULL, &d);
	opp_diags_release(&d);
	cr_assert(doc);
	return doc;
}

#endif
