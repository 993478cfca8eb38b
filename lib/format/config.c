/*
 * config — `.opp.yaml`, read with the same YAML layer as case files.
 */
#include "format/config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

	/* Walk up from the absolute folder: "/a/b", "/a", "/". */
	while (d) {
		size_t n = strlen(d) + sizeof("/.opp.yaml");
		char *slash;

		path = xrealloc(path, n);
		snprintf(path, n, "%s/.opp.yaml", strcmp(d, "/") == 0 ? "" : d);
		if (access(path, F_OK) == 0)
			break;
		free(path);
		path = NULL;
		if (strcmp(d, "/") == 0)
			break;
		slash = strrchr(d, '/');
		if (slash == d)
			d[1] = '\0';
		else
			*slash = '\0';
	}
	free(d);
	return path;
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

bool
opp_config_parse(struct opp_config *cfg, const char *name, const char *text, size_t len,
                 struct opp_diags *diags)
{
	static const char *const keys[] = {"max_doelen",
	                                   "overbrugging_weken",
	                                   "evaluatie_maanden",
	                                   "leeftijd_instemming",
	                                   "tijdzone",
	                                   "organisator",
	                                   "volledige_naam",
	                                   "rollen",
	                                   "regels",
	                                   "voortgang_dagen",
	                                   "besluit_weken",
	                                   "wachtlijst_weken",
	                                   "escalatie",
	                                   NULL};
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
		const char *s = k->s;

		if (strncmp(s, "x-", 2) == 0)
			continue;
		if (strcmp(s, "max_doelen") == 0)
			get_int(&c, s, v, &cfg->max_doelen);
		else if (strcmp(s, "overbrugging_weken") == 0)
			get_int(&c, s, v, &cfg->overbrugging_weken);
		else if (strcmp(s, "evaluatie_maanden") == 0)
			get_int(&c, s, v, &cfg->evaluatie_maanden);
		else if (strcmp(s, "leeftijd_instemming") == 0)
			get_int(&c, s, v, &cfg->leeftijd_instemming);
		else if (strcmp(s, "voortgang_dagen") == 0)
			get_int(&c, s, v, &cfg->voortgang_dagen);
		else if (strcmp(s, "besluit_weken") == 0)
			get_int(&c, s, v, &cfg->besluit_weken);
		else if (strcmp(s, "wachtlijst_weken") == 0)
			get_int(&c, s, v, &cfg->wachtlijst_weken);
		else if (strcmp(s, "escalatie") == 0)
			cfg->escalatie = get_str(&c, s, v);
		else if (strcmp(s, "tijdzone") == 0) {
			const char *tz = get_str(&c, s, v);
			if (tz)
				cfg->tijdzone = tz;
		} else if (strcmp(s, "volledige_naam") == 0) {
			if (v->kind == OPP_NODE_SCALAR && v->plain &&
			    (strcmp(v->s, "true") == 0 || strcmp(v->s, "false") == 0))
				cfg->volledige_naam = strcmp(v->s, "true") == 0;
			else
				bad(&c, v->pos, _("'%s' must be true or false"), s);
		} else if (strcmp(s, "organisator") == 0) {
			if (!need_map(&c, s, v))
				continue;
			for (const struct opp_node *o = v->kids; o && o->next; o = o->next->next) {
				if (strcmp(o->s, "naam") == 0)
					cfg->organisator_naam = get_str(&c, "naam", o->next);
				else if (strcmp(o->s, "email") == 0)
					cfg->organisator_email = get_str(&c, "email", o->next);
				else
					bad(&c, o->pos,
					    _("unknown key '%s' in organisator: use naam and email"), o->s);
			}
		} else if (strcmp(s, "rollen") == 0)
			get_rollen(&c, v);
		else if (strcmp(s, "regels") == 0)
			get_regels(&c, v);
		else {
			const char *sug = opp_suggest(s, keys, sizeof(keys) / sizeof(*keys) - 1);
			if (sug)
				bad(&c, k->pos, _("unknown setting '%s': did you mean '%s'?"), s, sug);
			else
				bad(&c, k->pos,
				    _("unknown setting '%s' (opp new --config shows every setting)"), s);
		}
	}
	return c.ok;
}
