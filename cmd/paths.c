/*
 * paths — where this opp's message catalogue and schema are.
 *
 * Run in place from its build folder, opp uses that build's catalogue and
 * the project's schema (schema/opp.schema.json), found relative to the
 * executable (the Makefile tells it the way: OPP_EXE_TO_BUILD and
 * OPP_EXE_TO_TOP). Installed, it uses what `make install` put beside it
 * (<bin>/../share, so a tree installed under DESTDIR or moved works too),
 * or else the paths it was built for (PREFIX). OPP_LOCALEDIR overrides
 * the catalogue's folder.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/buf.h"
#include "cmd.h"

#ifndef OPP_EXE_TO_BUILD
#define OPP_EXE_TO_BUILD "build"
#endif
#ifndef OPP_EXE_TO_TOP
#define OPP_EXE_TO_TOP "."
#endif

static char exe_dir[PATH_MAX]; /* the executable's folder, or "" when unknown */
static char localedir[PATH_MAX];
static char schema[PATH_MAX]; /* "" when there is none */

static bool
is_file(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* path, made absolute and without "..", into out; false when it does not exist. */
static bool
found(const char *path, char *out)
{
	char real[PATH_MAX];

	if (!realpath(path, real))
		return false;
	snprintf(out, PATH_MAX, "%s", real);
	return true;
}

static void
find_exe(const char *argv0)
{
	char buf[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", buf, sizeof(buf) - 1);
	char *slash;

	if (n > 0) {
		buf[n] = '\0';
	} else if (!argv0 || !strchr(argv0, '/') || !realpath(argv0, buf)) {
		exe_dir[0] = '\0';
		return;
	}
	slash = strrchr(buf, '/');
	*slash = '\0';
	snprintf(exe_dir, sizeof(exe_dir), "%s", *buf ? buf : "/");
}

/* The first of the folder's candidates that holds the Dutch catalogue
 * (the one translation, po/nl.po). */
static void
find_localedir(void)
{
	const char *env = getenv("OPP_LOCALEDIR");
	const char *rel[] = {OPP_EXE_TO_BUILD "/locale", "../share/locale"};
	char path[PATH_MAX + 64];

	if (env && *env) {
		snprintf(localedir, sizeof(localedir), "%s", env);
		return;
	}
	for (size_t i = 0; *exe_dir && i < sizeof(rel) / sizeof(*rel); i++) {
		snprintf(path, sizeof(path), "%s/%s/nl/LC_MESSAGES/opp.mo", exe_dir, rel[i]);
		if (is_file(path)) {
			snprintf(path, sizeof(path), "%s/%s", exe_dir, rel[i]);
			if (found(path, localedir))
				return;
		}
	}
	snprintf(localedir, sizeof(localedir), "%s", OPP_LOCALEDIR);
}

static void
find_schema(void)
{
	const char *rel[] = {OPP_EXE_TO_TOP "/schema/opp.schema.json", "../share/opp/opp.schema.json"};
	char path[PATH_MAX + 64];

	schema[0] = '\0';
	for (size_t i = 0; *exe_dir && i < sizeof(rel) / sizeof(*rel); i++) {
		snprintf(path, sizeof(path), "%s/%s", exe_dir, rel[i]);
		if (is_file(path) && found(path, schema))
			return;
	}
	if (is_file(OPP_SCHEMADIR "/opp.schema.json"))
		snprintf(schema, sizeof(schema), "%s", OPP_SCHEMADIR "/opp.schema.json");
}

void
paths_init(const char *argv0)
{
	find_exe(argv0);
	find_localedir();
	find_schema();
}

const char *
locale_dir(void)
{
	return localedir;
}

const char *
schema_path(void)
{
	return *schema ? schema : NULL;
}

/* Whether this opp runs in place, so that schema is the project's. */
static bool
schema_is_projects(void)
{
	char path[PATH_MAX + 64], real[PATH_MAX];

	snprintf(path, sizeof(path), "%s/%s", exe_dir, OPP_EXE_TO_TOP "/schema/opp.schema.json");
	return *exe_dir && *schema && found(path, real) && strcmp(real, schema) == 0;
}

/* Split an absolute path into its names, in place; how many. */
static size_t
names(char *path, char **v, size_t max)
{
	size_t n = 0;
	char *save = NULL;

	for (char *p = strtok_r(path, "/", &save); p && n < max; p = strtok_r(NULL, "/", &save))
		v[n++] = p;
	return n;
}

char *
schema_ref(const char *case_path)
{
	char dir[PATH_MAX], real[PATH_MAX], to[PATH_MAX], *a[PATH_MAX / 2], *b[PATH_MAX / 2];
	struct opp_buf ref = OPP_BUF_INIT;
	const char *slash = strrchr(case_path, '/');
	size_t na, nb, k = 0;

	if (!*schema)
		return NULL;
	if (strcmp(case_path, "-") == 0 || !slash)
		snprintf(dir, sizeof(dir), ".");
	else
		snprintf(dir, sizeof(dir), "%.*s", (int)(slash == case_path ? 1 : slash - case_path),
		         case_path);
	snprintf(to, sizeof(to), "%s", schema);
	/* Installed, or the folder is not there: the schema's own path. */
	if (!schema_is_projects() || !found(dir, real)) {
		opp_buf_puts(&ref, schema);
		return opp_buf_detach(&ref, NULL);
	}
	na = names(real, a, sizeof(a) / sizeof(*a));
	nb = names(to, b, sizeof(b) / sizeof(*b));
	while (k < na && k + 1 < nb && strcmp(a[k], b[k]) == 0)
		k++;
	if (k == 0) { /* nothing shared but the root: the path itself */
		opp_buf_puts(&ref, schema);
		return opp_buf_detach(&ref, NULL);
	}
	for (size_t i = k; i < na; i++)
		opp_buf_puts(&ref, "../");
	for (size_t i = k; i < nb; i++)
		opp_buf_printf(&ref, "%s%s", b[i], i + 1 < nb ? "/" : "");
	return opp_buf_detach(&ref, NULL);
}
