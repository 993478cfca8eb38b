/*
 * present — dates, amounts, enumerations and initials as the documents
 * write them: see present.h.
 */
#include "base/present.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "base/date.h"
#include "base/utf8.h"

static const char *const maand[12] = {
        "januari", "februari", "maart",     "april",   "mei",      "juni",
        "juli",    "augustus", "september", "oktober", "november", "december",
};

void
opp_present_date(struct opp_buf *out, int32_t day)
{
	int y, m, d;

	opp_date_to_ymd(day, &y, &m, &d);
	opp_buf_printf(out, "%d %s %d", d, maand[(m - 1) % 12], y);
}

void
opp_present_month_short(struct opp_buf *out, int32_t day)
{
	/* The Dutch abbreviations (Taalunie: "jan., febr., mrt." are
	 * written without the dot on an axis, where space is short). */
	static const char *const kort[12] = {"jan", "feb", "mrt", "apr", "mei", "jun",
	                                     "jul", "aug", "sep", "okt", "nov", "dec"};
	int y, m, d;

	opp_date_to_ymd(day, &y, &m, &d);
	opp_buf_puts(out, kort[(m - 1) % 12]);
}

void
opp_present_number(struct opp_buf *out, double v)
{
	char tmp[64];
	char *dot;
	size_t n;

	if (!isfinite(v) || fabs(v) >= 1e15) {
		opp_buf_puts(out, isfinite(v) ? (v < 0 ? "-∞" : "∞") : "?");
		return;
	}
	/* Two decimals at most, trailing zeros dropped, a decimal comma. */
	snprintf(tmp, sizeof(tmp), "%.2f", v);
	if (strcmp(tmp, "-0.00") == 0)
		snprintf(tmp, sizeof(tmp), "0.00");
	n = strlen(tmp);
	while (n && tmp[n - 1] == '0')
		tmp[--n] = '\0';
	if (n && tmp[n - 1] == '.')
		tmp[--n] = '\0';
	if ((dot = strchr(tmp, '.')))
		*dot = ',';
	opp_buf_puts(out, tmp);
}

void
opp_present_date_weekday(struct opp_buf *out, int32_t day)
{
	static const char *const dag[7] = {"maandag", "dinsdag",  "woensdag", "donderdag",
	                                   "vrijdag", "zaterdag", "zondag"};

	opp_buf_printf(out, "%s ", dag[opp_date_weekday(day)]);
	opp_present_date(out, day);
}

void
opp_present_clock(char out[6], int minutes)
{
	int m = ((minutes % 1440) + 1440) % 1440;

	out[0] = (char)('0' + m / 600);
	out[1] = (char)('0' + m / 60 % 10);
	out[2] = ':';
	out[3] = (char)('0' + m % 60 / 10);
	out[4] = (char)('0' + m % 10);
	out[5] = '\0';
}

long long
opp_present_cents(double euro)
{
	/* Beyond this a double has no cents left, and llround overflows. */
	if (!isfinite(euro) || fabs(euro) > 9e15)
		return euro < 0 ? -900000000000000000LL : 900000000000000000LL;
	return llround(euro * 100.0);
}

void
opp_present_euro_cents(struct opp_buf *out, long long cents)
{
	unsigned long long u = cents < 0 ? 0ULL - (unsigned long long)cents : (unsigned long long)cents;
	char digits[32];
	size_t n;

	n = (size_t)snprintf(digits, sizeof(digits), "%llu", u / 100);
	opp_buf_puts(out, cents < 0 ? "€ -" : "€ ");
	for (size_t i = 0; i < n; i++) {
		if (i && (n - i) % 3 == 0)
			opp_buf_putc(out, '.');
		opp_buf_putc(out, digits[i]);
	}
	opp_buf_printf(out, ",%02llu", u % 100);
}

void
opp_present_euro(struct opp_buf *out, double euro)
{
	opp_present_euro_cents(out, opp_present_cents(euro));
}

void
opp_present_and(struct opp_buf *out, size_t i, size_t n)
{
	if (i > 0)
		opp_buf_puts(out, i + 1 == n ? " en " : ", ");
}

/* Whether cp ends a word: white space and control characters, so a
 * line break in a name can never reach a header or a calendar line. */
static bool
separates(uint32_t cp)
{
	enum opp_utf8_class c = opp_utf8_class(cp);
	return c == OPP_UC_SPACE || c == OPP_UC_CONTROL;
}

void
opp_present_initials(struct opp_buf *out, const char *naam)
{
	const char *s = naam ? naam : "";
	size_t len = strlen(s), i = 0;
	bool any = false, taken = false;

	while (i < len) {
		uint32_t cp;
		size_t n = opp_utf8_next(s + i, len - i, &cp);
		enum opp_utf8_class c = opp_utf8_class(cp);

		if (separates(cp)) {
			taken = false;
		} else if (!taken && (c == OPP_UC_LETTER || c == OPP_UC_DIGIT) && cp != OPP_UTF8_BAD) {
			/* The word's first letter or digit ("'t Hart" → "t."),
			 * with the combining marks that belong to it. */
			size_t end = i + n, m;
			uint32_t mark;

			while (end < len && (m = opp_utf8_next(s + end, len - end, &mark)) &&
			       opp_utf8_class(mark) == OPP_UC_MARK)
				end += m;
			opp_buf_add(out, s + i, end - i);
			opp_buf_putc(out, '.');
			taken = any = true;
			n = end - i;
		}
		i += n;
	}
	if (!any)
		opp_buf_putc(out, '?');
}
