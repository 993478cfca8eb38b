/*
 * ruleset — the table of rule names, severities and sources.
 */
#include "format/ruleset.h"

#include <string.h>

#define X_ROW(id, nm, sv, f, owed, src) [OPP_RULE_##id] = {nm, OPP_SEV_##sv, owed, src},
const struct opp_rule_def opp_rules[OPP_RULE_COUNT] = {OPP_RULES(X_ROW)};
#undef X_ROW

int
opp_rule_find(const char *name)
{
	for (int i = 0; i < OPP_RULE_COUNT; i++)
		if (strcmp(opp_rules[i].name, name) == 0)
			return i;
	return -1;
}
