/*
 * suggest — "did you mean": the closest of a few names to a typo.
 */
#include "base/suggest.h"

#include <stdint.h>
#include <string.h>

static size_t
distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), row[64];

	if (la >= 63 || lb >= 63)
		return SIZE_MAX;
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t prev = row[0];
		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t cur = row[j];
			size_t best = prev + (a[i - 1] != b[j - 1]);
			if (row[j] + 1 < best)
				best = row[j] + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			prev = cur;
		}
	}
	return row[lb];
}

const char *
opp_suggest(const char *s, const char *const *names, size_t n)
{
	const char *best = NULL;
	size_t bestd = SIZE_MAX, len = strlen(s);
	size_t limit = len <= 3 ? 1 : len <= 8 ? 2 : 3;

	for (size_t i = 0; i < n && names[i]; i++) {
		size_t d = distance(s, names[i]);
		if (d < bestd) {
			bestd = d;
			best = names[i];
		}
	}
	return bestd <= limit ? best : NULL;
}
