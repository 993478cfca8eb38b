/*
 * config — `.opp.yaml`, read with the same YAML layer as case files.
 */
#include "format/config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/suggest.h"
#include "format/ruleset.h"
#include "format/yaml.h"

void
opp_config_defaults(struct opp_config *cfg)
{
	memset(cfg, 0, sizeof(*cfg));
	cfg->max_doelen = 5;
	cfg->overbrugging_weken = 6;
	cfg->evaluatie_maanden = 12;
	cfg->leeftijd_instemming = 18;
	cfg->voortgang_dagen = 7;
	cfg->besluit_weken = 6;
	cfg->wachtlijst_weken = 12;
	cfg->tijdzone = "Europe/Amsterdam";
	memset(cfg->regels, -1, sizeof(cfg->regels));
	opp_arena_init(&cfg->arena);
}

void
opp_config_release(struct opp_config *cfg)
{
	opp_arena_release(&cfg->arena);
	cfg->rollen = NULL;
	cfg->n_rollen = 0;
}

int
opp_config_rol(const struct opp_config *cfg, const char *name)
{
	for (size_t i = 0; i < cfg->n_rollen; i++)
		if (strcmp(cfg->rollen[i].naam, name) == 0)
			return cfg->rollen[i].rol;
	return -1;
}

char *
opp_config_find(const char *dir)
{
	char *d = realpath(*dir ? dir : ".", NULL), *path = NULL;

	/* Walk up from the absolute folder: "/a/b", "/a", "/"; the folder
	 * that holds .git (a folder, or a file in a linked work tree or a
	 * submodule) is the last: a config above the work tree is not the
	 * project's. */
	while (d) {
		size_t n = strlen(d) + sizeof("/.opp.yaml");
		struct stat st;
		char *slash;

		path = xrealloc(path, n);
		snprintf(path, n, "%s/.opp.yaml", strcmp(d, "/") == 0 ? "" : d);
		if (lstat(path, &st) == 0)
			break;
		snprintf(path, n, "%s/.git", strcmp(d, "/") == 0 ? "" : d);
		if (strcmp(d, "/") == 0 || lstat(path, &st) == 0) {
			free(path);
			path = NULL;
			break;
		}
		slash = strrchr(d, '/');
		if (slash == d)
			d[1] = '\0';
		else
			*slash = '\0';
	}
	free(d);
	return path;
}

const char *
opp_config_untrusted(const struct stat *st, unsigned uid)
{
	if (S_ISDIR(st->st_mode))
		return _("it is a folder");
	if (!S_ISREG(st->st_mode))
		return _("it is not a regular file");
	if (st->st_uid != 0 && st->st_uid != uid)
		return _("it belongs to another user: settings come only from your own files or root's");
	if (st->st_mode & (S_IWGRP | S_IWOTH))
		return _("others than its owner may change it (chmod go-w)");
	return NULL;
}

struct cfgparse {
	struct opp_config *cfg;
	struct opp_diags *diags;
	bool ok;
};

static void bad(struct cfgparse *c, struct opp_pos pos, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));

static void
bad(struct cfgparse *c, struct opp_pos pos, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	opp_diags_vadd(c->diags, OPP_RULE_SCHEMA, OPP_SEV_ERROR, pos, fmt, ap);
	va_end(ap);
	c->ok = false;
}

static void
get_int(struct cfgparse *c, const char *key, const struct opp_node *v, int *out)
{
	char *end;
	long n;

	if (v->kind == OPP_NODE_SCALAR && v->plain) {
		n = strtol(v->s, &end, 10);
		if (*v->s && !*end && n > 0 && n <= 1000) {
			*out = (int)n;
			return;
		}
	}
	bad(c, v->pos, _("'%s' must be a whole number from 1 to 1000"), key);
}

static const char *
get_str(struct cfgparse *c, const char *key, const struct opp_node *v)
{
	if (v->kind == OPP_NODE_SCALAR && !opp_node_null(v))
		return v->s;
	bad(c, v->pos, _("'%s' must be a text value"), key);
	return NULL;
}

static bool
need_map(struct cfgparse *c, const char *key, const struct opp_node *v)
{
	if (v->kind == OPP_NODE_MAP)
		return true;
	bad(c, v->pos, _("'%s' must be a mapping (key: value lines)"), key);
	return false;
}

static void
get_rollen(struct cfgparse *c, const struct opp_node *v)
{
	size_t k = 0;

	if (!need_map(c, "rollen", v))
		return;
	c->cfg->rollen = opp_arena_alloc(&c->cfg->arena, (v->n / 2) * sizeof(*c->cfg->rollen));
	for (const struct opp_node *n = v->kids; n && n->next; n = n->next->next) {
		int rol = n->next->kind == OPP_NODE_SCALAR ? opp_name_index(opp_rol_names, n->next->s) : -1;
		if (rol < 0 && !opp_yaml_key_shaped(n->s)) {
			bad(c, n->pos,
			    _("line %u holds text where a key is expected (a multi-line text needs `|`)"),
			    (unsigned)n->pos.line);
			continue;
		}
		if (rol < 0) {
			bad(c, n->next->pos,
			    _("role name '%s' must map onto a standard role such as wijkteammedewerker"),
			    n->s);
			continue;
		}
		c->cfg->rollen[k].naam = n->s;
		c->cfg->rollen[k].rol = rol;
		k++;
	}
	c->cfg->n_rollen = k;
}

static void
get_regels(struct cfgparse *c, const struct opp_node *v)
{
	static const char *const levels[] = {"uit", "waarschuwing", "fout", NULL};
	const char *names[OPP_RULE_COUNT];

	for (int i = 0; i < OPP_RULE_COUNT; i++)
		names[i] = opp_rules[i].name;
	if (!need_map(c, "regels", v))
		return;
	for (const struct opp_node *n = v->kids; n && n->next; n = n->next->next) {
		int rule = opp_rule_find(n->s);
		int level = n->next->kind == OPP_NODE_SCALAR ? opp_name_index(levels, n->next->s) : -1;

		if (rule < 0 && !opp_yaml_key_shaped(n->s)) {
			bad(c, n->pos,
			    _("line %u holds text where a key is expected (a multi-line text needs `|`)"),
			    (unsigned)n->pos.line);
			continue;
		}
		if (rule < 0) {
			const char *sug = opp_suggest(n->s, names, OPP_RULE_COUNT);
			if (sug)
				bad(c, n->pos, _("unknown rule '%s': did you mean '%s'?"), n->s, sug);
			else
				bad(c, n->pos, _("unknown rule '%s' (opp validate --list-rules shows them)"),
				    n->s);
			continue;
		}
		if (rule == OPP_RULE_SYNTAX) {
			bad(c, n->pos,
			    _("the rule 'syntax' cannot be changed: a file that is not YAML cannot be "
			      "checked"));
			continue;
		}
		if (level < 0) {
			bad(c, n->next->pos, _("rule '%s' must be set to fout, waarschuwing or uit"), n->s);
			continue;
		}
		c->cfg->regels[rule] = (signed char)level; /* uit=0, waarschuwing=1, fout=2 */
	}
}

/* ---- the settings ---------------------------------------------------------
 * One row per setting: its name, how its value is read and where it goes
 * in struct opp_config. Adding a setting is one row (and its field). */

enum cfgtype {
	CFG_INT,         /* a whole number from 1 to 1000, into an int */
	CFG_TEXT,        /* a text, into a const char * */
	CFG_BOOL,        /* true or false, into a bool */
	CFG_ORGANISATOR, /* {naam, email} */
	CFG_ROLLEN,      /* regional role name → standard role */
	CFG_REGELS,      /* rule name → fout | waarschuwing | uit */
};

static const struct cfgkey {
	const char *key;
	enum cfgtype type;
	size_t off; /* offsetof the field in struct opp_config */
} cfg_keys[] = {
        {"max_doelen", CFG_INT, offsetof(struct opp_config, max_doelen)},
        {"overbrugging_weken", CFG_INT, offsetof(struct opp_config, overbrugging_weken)},
        {"evaluatie_maanden", CFG_INT, offsetof(struct opp_config, evaluatie_maanden)},
        {"leeftijd_instemming", CFG_INT, offsetof(struct opp_config, leeftijd_instemming)},
        {"tijdzone", CFG_TEXT, offsetof(struct opp_config, tijdzone)},
        {"organisator", CFG_ORGANISATOR, 0},
        {"volledige_naam", CFG_BOOL, offsetof(struct opp_config, volledige_naam)},
        {"rollen", CFG_ROLLEN, 0},
        {"regels", CFG_REGELS, 0},
        {"voortgang_dagen", CFG_INT, offsetof(struct opp_config, voortgang_dagen)},
        {"besluit_weken", CFG_INT, offsetof(struct opp_config, besluit_weken)},
        {"wachtlijst_weken", CFG_INT, offsetof(struct opp_config, wachtlijst_weken)},
        {"escalatie", CFG_TEXT, offsetof(struct opp_config, escalatie)},
};
#define N_KEYS (sizeof(cfg_keys) / sizeof(*cfg_keys))

/* The fixed sizes the settings live in. */
_Static_assert(OPP_RULE_COUNT <= sizeof(((struct opp_config *)0)->regels),
               "opp_config.regels has a slot for every rule");
_Static_assert(N_KEYS < 64, "the settings fit the names array of the suggestions");

static void
unknown_setting(struct cfgparse *c, const struct opp_node *k)
{
	const char *names[N_KEYS];
	const char *sug;

	for (size_t i = 0; i < N_KEYS; i++)
		names[i] = cfg_keys[i].key;
	if (!opp_yaml_key_shaped(k->s)) {
		bad(c, k->pos, _("line %u holds text where a key is expected (a multi-line text needs `|`)"),
		    (unsigned)k->pos.line);
		return;
	}
	sug = opp_suggest(k->s, names, N_KEYS);
	if (sug)
		bad(c, k->pos, _("unknown setting '%s': did you mean '%s'?"), k->s, sug);
	else
		bad(c, k->pos, _("unknown setting '%s' (opp new --config shows every setting)"), k->s);
}

static void
get_organisator(struct cfgparse *c, const char *key, const struct opp_node *v)
{
	if (!need_map(c, key, v))
		return;
	for (const struct opp_node *o = v->kids; o && o->next; o = o->next->next) {
		if (strcmp(o->s, "naam") == 0)
			c->cfg->organisator_naam = get_str(c, "naam", o->next);
		else if (strcmp(o->s, "email") == 0)
			c->cfg->organisator_email = get_str(c, "email", o->next);
		else if (opp_yaml_key_shaped(o->s))
			bad(c, o->pos, _("unknown key '%s' in organisator: use naam and email"), o->s);
		else
			bad(c, o->pos,
			    _("line %u holds text where a key is expected (a multi-line text needs `|`)"),
			    (unsigned)o->pos.line);
	}
}

bool
opp_config_parse(struct opp_config *cfg, const char *name, const char *text, size_t len,
                 struct opp_diags *diags)
{
	struct cfgparse c = {cfg, diags, true};
	const struct opp_node *root;

	opp_config_defaults(cfg);
	cfg->path = opp_arena_strdup(&cfg->arena, name);
	root = opp_yaml_parse(&cfg->arena, text, len, diags);
	if (!root)
		return false;
	if (opp_node_null(root))
		return true; /* an empty config: all defaults */
	if (root->kind != OPP_NODE_MAP) {
		bad(&c, root->pos, _("a config file must be a mapping of settings"));
		return false;
	}
	for (const struct opp_node *k = root->kids; k && k->next; k = k->next->next) {
		const struct opp_node *v = k->next;
		const struct cfgkey *ck = NULL;
		char *at;

		if (strncmp(k->s, "x-", 2) == 0)
			continue;
		for (size_t i = 0; i < N_KEYS && !ck; i++)
			if (strcmp(cfg_keys[i].key, k->s) == 0)
				ck = &cfg_keys[i];
		if (!ck) {
			unknown_setting(&c, k);
			continue;
		}
		at = (char *)cfg + ck->off;
		switch (ck->type) {
		case CFG_INT: get_int(&c, ck->key, v, (int *)(void *)at); break;
		case CFG_TEXT: {
			const char *t = get_str(&c, ck->key, v);
			if (t)
				*(const char **)(void *)at = t;
			break;
		}
		case CFG_BOOL:
			if (v->kind == OPP_NODE_SCALAR && v->plain &&
			    (strcmp(v->s, "true") == 0 || strcmp(v->s, "false") == 0))
				*(bool *)(void *)at = strcmp(v->s, "true") == 0;
			else
				bad(&c, v->pos, _("'%s' must be true or false"), ck->key);
			break;
		case CFG_ORGANISATOR: get_organisator(&c, ck->key, v); break;
		case CFG_ROLLEN: get_rollen(&c, v); break;
		case CFG_REGELS: get_regels(&c, v); break;
		}
	}
	return c.ok;
}
