/*
 * email — the address syntax opp accepts (see email.h).
 */
#include "base/email.h"

#include <string.h>

static bool
alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool
opp_email_ok(const char *s)
{
	const char *at, *p;
	size_t n;
	bool dot = false;

	if (!s || (n = strlen(s)) == 0 || n > 254 || !(at = strchr(s, '@')) || at == s)
		return false;
	/* local part: dot-separated words of letters, digits and . _ + - ' */
	if (*s == '.' || at[-1] == '.')
		return false;
	for (p = s; p < at; p++) {
		unsigned char c = (unsigned char)*p;
		if (!(alnum(c) || c == '.' || c == '_' || c == '+' || c == '-' || c == '\''))
			return false;
		if (c == '.' && p[1] == '.')
			return false;
	}
	/* domain: labels of letters, digits and -, at least two */
	p = at + 1;
	if (!*p || *p == '.' || *p == '-')
		return false;
	for (; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c == '.') {
			if (p[1] == '.' || p[1] == '\0' || p[-1] == '-' || p[1] == '-')
				return false;
			dot = true;
		} else if (!(alnum(c) || c == '-')) {
			return false;
		}
	}
	return dot && p[-1] != '-';
}
