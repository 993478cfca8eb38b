/*
 * test_yaml_suite — run opp_yaml_parse() over every case of the YAML test
 * suite (github.com/yaml/yaml-test-suite, data branch).
 *
 * Each case is a folder holding in.yaml, plus a file `error` when the YAML
 * is invalid; some cases hold numbered subfolders (00, 01, ...) instead.
 * The suite's data (in.yaml and the `error` markers of every case, MIT
 * licensed, see its LICENSE) is kept in tests/yaml-test-suite/; tests run
 * from the repository root. $OPP_YAML_SUITE points elsewhere, e.g. at a
 * newer checkout of the suite.
 *
 * One test, in one process, so a crash in any case fails it. It checks that
 * every refusal is exactly one `syntax` finding at a line inside the file,
 * that the whole run is quick, that few invalid cases get through libyaml,
 * and that most valid ones still load; it logs the counts.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "helpers.h"

#define SUITE_DEFAULT "tests/yaml-test-suite"

/* Limits asserted below. Measured with libyaml 0.2.5 on the suite in
 * the data in tests/yaml-test-suite: 402 cases (94 marked `error`) in 0.04 s; 192 load, 91 are
 * refused by design (30 anchor, 34 tag, 12 second document, 15 non-scalar
 * key), 119 are refused by libyaml (48 of them valid YAML it cannot read),
 * and 12 `error` cases get through libyaml. */
#define MAX_ACCEPTED_INVALID 15
#define MIN_LOADED           180
#define MAX_SECONDS          10.0

enum reason {
	R_ANCHOR,
	R_ALIAS,
	R_TAG,
	R_DUPLICATE,
	R_SECOND_DOC,
	R_MERGE,
	R_KEY_NOT_SCALAR,
	R_LIMIT,
	R_COUNT
};

static const char *const reason_names[R_COUNT] = {
        "anchor", "alias", "tag", "duplicate key", "second document", "merge key", "non-scalar key", "limit",
};

/* Which refusal a message is; -1 for libyaml's own (invalid YAML/UTF-8). */
static int
classify(const char *msg)
{
	/* libyaml's own messages mention anchors, aliases and tags too. */
	if (strncmp(msg, "invalid YAML:", 13) == 0 || strncmp(msg, "not valid UTF-8", 15) == 0)
		return -1;
	if (strstr(msg, "anchor"))
		return R_ANCHOR;
	if (strstr(msg, "alias"))
		return R_ALIAS;
	if (strstr(msg, "tags ("))
		return R_TAG;
	if (strstr(msg, "duplicate key"))
		return R_DUPLICATE;
	if (strstr(msg, "second YAML document"))
		return R_SECOND_DOC;
	if (strstr(msg, "merge key"))
		return R_MERGE;
	if (strstr(msg, "key must be plain text"))
		return R_KEY_NOT_SCALAR;
	return R_LIMIT; /* depth, size, NUL byte, UTF-16 */
}

struct stats {
	size_t total, loaded, invalid, by_reason[R_COUNT];
	size_t error_cases, error_refused;
	char accepted_invalid[64][16]; /* `error` cases that load */
	size_t n_accepted_invalid;
	char refused_valid[128][16]; /* valid cases libyaml refuses */
	size_t n_refused_valid;
	double slowest;
	char slowest_id[16];
};

static char *
read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t cap = 0, n = 0, got;

	if (!f)
		return NULL;
	do {
		if (cap - n < 4096) {
			cap = cap ? cap * 2 : 8192;
			buf = realloc(buf, cap);
			cr_assert_not_null(buf);
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
	} while (got > 0);
	fclose(f);
	*len = n;
	return buf;
}

static bool
exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0;
}

static bool
is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Lines in text: a last line without '\n' counts too. */
static size_t
count_lines(const char *text, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		n += text[i] == '\n';
	if (len && text[len - 1] != '\n')
		n++;
	return n;
}

/* a/b into out; the paths here are short, so truncation is a bug. */
static void
join(char *out, size_t n, const char *a, const char *b)
{
	int k = snprintf(out, n, "%s/%s", a, b);
	cr_assert(k >= 0 && (size_t)k < n, "path too long: %s/%s", a, b);
}

static double
now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void
run_case(struct stats *st, const char *dir, const char *id)
{
	char path[4096];
	char *text;
	size_t len;
	bool is_error;
	struct opp_arena arena;
	struct opp_diags d;
	struct opp_node *root;
	double t0, dt;

	join(path, sizeof(path), dir, "in.yaml");
	text = read_all(path, &len);
	if (!text)
		return;
	join(path, sizeof(path), dir, "error");
	is_error = exists(path);

	opp_arena_init(&arena);
	opp_diags_init(&d);
	t0 = now();
	root = opp_yaml_parse(&arena, text, len, &d);
	dt = now() - t0;
	if (dt > st->slowest) {
		st->slowest = dt;
		snprintf(st->slowest_id, sizeof(st->slowest_id), "%s", id);
	}

	st->total++;
	st->error_cases += is_error;
	if (root) {
		cr_expect_eq(d.n, 0, "%s: loaded but with %zu findings", id, d.n);
		st->loaded++;
		if (is_error && st->n_accepted_invalid < 64)
			snprintf(st->accepted_invalid[st->n_accepted_invalid++], 16, "%s", id);
	} else {
		size_t lines = count_lines(text, len);
		int r;

		/* Every refusal: exactly one syntax finding, inside the file. */
		cr_expect_eq(d.n, 1, "%s: refused with %zu findings", id, d.n);
		if (d.n >= 1) {
			cr_expect_eq(d.v[0].rule, OPP_RULE_SYNTAX, "%s: rule %d", id, d.v[0].rule);
			cr_expect_geq(d.v[0].pos.line, 1, "%s: line 0", id);
			cr_expect_leq(d.v[0].pos.line, lines + 1, "%s: line %u of a %zu-line file (%s)", id,
			              d.v[0].pos.line, lines, d.v[0].msg);
			cr_expect_geq(d.v[0].pos.col, 1, "%s: column 0", id);
			r = classify(d.v[0].msg);
			if (r >= 0) {
				st->by_reason[r]++;
			} else {
				st->invalid++;
				if (!is_error && st->n_refused_valid < 128)
					snprintf(st->refused_valid[st->n_refused_valid++], 16, "%s", id);
			}
		}
		st->error_refused += is_error;
	}
	opp_diags_release(&d);
	opp_arena_release(&arena);
	free(text);
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names in dir that pass keep(), sorted (for a stable report). */
static char **
list_dir(const char *dir, size_t *n)
{
	DIR *dp = opendir(dir);
	struct dirent *e;
	char **v = NULL;
	size_t cap = 0;

	*n = 0;
	if (!dp)
		return NULL;
	while ((e = readdir(dp))) {
		if (e->d_name[0] == '.')
			continue;
		if (*n == cap) {
			cap = cap ? cap * 2 : 64;
			v = realloc(v, cap * sizeof(*v));
			cr_assert_not_null(v);
		}
		v[(*n)++] = strdup(e->d_name);
	}
	closedir(dp);
	qsort(v, *n, sizeof(*v), cmp_str);
	return v;
}

static void
free_list(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

Test(yaml_suite, every_case)
{
	const char *suite = getenv("OPP_YAML_SUITE");
	struct stats *st;
	char **cases, **subs, dir[4096], sub[4096], id[16], probe[4096];
	size_t ncases, nsubs;
	double t0, elapsed;

	if (!suite || !*suite)
		suite = SUITE_DEFAULT;
	if (!is_dir(suite))
		cr_skip("no YAML test suite at %s (set OPP_YAML_SUITE)", suite);

	st = calloc(1, sizeof(*st));
	cr_assert_not_null(st);
	cases = list_dir(suite, &ncases);
	t0 = now();
	for (size_t i = 0; i < ncases; i++) {
		join(dir, sizeof(dir), suite, cases[i]);
		if (!is_dir(dir))
			continue;
		join(probe, sizeof(probe), dir, "in.yaml");
		if (exists(probe)) {
			snprintf(id, sizeof(id), "%s", cases[i]);
			run_case(st, dir, id);
		}
		/* Numbered subfolders: 00, 01, ... */
		subs = list_dir(dir, &nsubs);
		for (size_t j = 0; j < nsubs; j++) {
			if (strspn(subs[j], "0123456789") != strlen(subs[j]))
				continue;
			join(sub, sizeof(sub), dir, subs[j]);
			join(probe, sizeof(probe), sub, "in.yaml");
			if (!exists(probe))
				continue;
			snprintf(id, sizeof(id), "%.6s/%.3s", cases[i], subs[j]);
			run_case(st, sub, id);
		}
		free_list(subs, nsubs);
	}
	elapsed = now() - t0;
	free_list(cases, ncases);

	/* The report. */
	fprintf(stderr, "yaml-test-suite (%s): %zu cases in %.2f s (slowest %s, %.1f ms)\n", suite, st->total,
	        elapsed, st->slowest_id, st->slowest * 1000);
	fprintf(stderr, "  loaded:             %zu\n", st->loaded);
	{
		size_t design = 0;
		for (int r = 0; r < R_COUNT; r++)
			design += st->by_reason[r];
		fprintf(stderr, "  refused by design:  %zu\n", design);
		for (int r = 0; r < R_COUNT; r++)
			if (st->by_reason[r])
				fprintf(stderr, "    %-18s%zu\n", reason_names[r], st->by_reason[r]);
	}
	fprintf(stderr,
	        "  refused as invalid: %zu (of which %zu valid YAML libyaml cannot read:", st->invalid,
	        st->n_refused_valid);
	for (size_t i = 0; i < st->n_refused_valid; i++)
		fprintf(stderr, " %s", st->refused_valid[i]);
	fprintf(stderr, ")\n");
	fprintf(stderr, "  `error` cases:      %zu, refused %zu, accepted %zu:", st->error_cases,
	        st->error_refused, st->n_accepted_invalid);
	for (size_t i = 0; i < st->n_accepted_invalid; i++)
		fprintf(stderr, " %s", st->accepted_invalid[i]);
	fprintf(stderr, "\n");

	cr_assert_gt(st->total, 300, "only %zu cases found under %s", st->total, suite);
	cr_expect_lt(elapsed, MAX_SECONDS, "the suite took %.2f s", elapsed);
	cr_expect_leq(st->n_accepted_invalid, MAX_ACCEPTED_INVALID, "%zu invalid cases were accepted",
	              st->n_accepted_invalid);
	cr_expect_geq(st->loaded, MIN_LOADED, "only %zu of %zu cases load", st->loaded, st->total);
	cr_expect_eq(st->loaded + st->invalid + st->by_reason[R_ANCHOR] + st->by_reason[R_ALIAS] +
	                     st->by_reason[R_TAG] + st->by_reason[R_DUPLICATE] + st->by_reason[R_SECOND_DOC] +
	                     st->by_reason[R_MERGE] + st->by_reason[R_KEY_NOT_SCALAR] +
	                     st->by_reason[R_LIMIT],
	             st->total);
	free(st);
}
