/*
 * config — `.opp.yaml`: where it is found and what it says.
 *
 * A config is looked up from a case file's folder upwards (first found
 * wins); `--config FILE` and `--no-config` are the caller's business.
 * A struct opp_config owns its strings (arena); opp_config_release()
 * frees them. opp_config_defaults() gives the spec's defaults.
 */
#ifndef OPP_CONFIG_H
#define OPP_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "base/alloc.h"
#include "format/diag.h"

struct opp_rolmap {
	const char *naam; /* a regional role name, e.g. "toegangsteam-jeugd" */
	int rol;          /* enum opp_rol it stands for */
};

struct opp_config {
	const char *path;        /* where it was read; NULL for defaults */
	int max_doelen;          /* active goals at most (5) */
	int overbrugging_weken;  /* bridge needed beyond this gap (6) */
	int evaluatie_maanden;   /* next evaluation within (12) */
	int leeftijd_instemming; /* pupil signs from this age (18) */
	int voortgang_dagen;     /* progress notes are due this many days before an evaluation (7) */
	int besluit_weken;       /* a funder decides within this many weeks of aangevraagd (6) */
	int wachtlijst_weken;    /* a waiting list this long after the first OT stagnates (12) */
	const char *escalatie;   /* where to go when support stagnates (text), or NULL */
	const char *tijdzone;    /* "Europe/Amsterdam" */
	const char *organisator_naam, *organisator_email; /* invitations */
	bool volledige_naam;                              /* invitations show the full name (false) */
	struct opp_rolmap *rollen;                        /* extra role names */
	size_t n_rollen;
	signed char regels[64]; /* per rule: -1 default, else enum opp_sev (config.c asserts it fits) */
	struct opp_arena arena; /* owns the strings above */
};

/* Fill cfg with the defaults of the spec. */
void opp_config_defaults(struct opp_config *cfg);

/* Parse config text (name is for messages). Fills cfg (starting from the
 * defaults) and returns true; on any problem adds findings to diags and
 * returns false: a broken config is a usage error. */
bool opp_config_parse(struct opp_config *cfg, const char *name, const char *text, size_t len,
                      struct opp_diags *diags);

void opp_config_release(struct opp_config *cfg);

/* Look for `.opp.yaml` in dir and its parents, up to the top of the git
 * work tree that holds dir (the folder with a .git entry; outside git,
 * up to /). Returns the path (caller frees) or NULL. */
char *opp_config_find(const char *dir);

struct stat;

/* Why a config file with this status must not be used (translated), or
 * NULL when it may: it is a regular file, owned by root or by uid (the
 * user running opp), and nobody but its owner may write it. A stray
 * .opp.yaml that someone else can write must not switch rules off or
 * redirect invitations. */
const char *opp_config_untrusted(const struct stat *st, unsigned uid);

/* The role a regional name stands for, or -1. */
int opp_config_rol(const struct opp_config *cfg, const char *name);

#endif
