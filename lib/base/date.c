/*
 * date — day-number arithmetic (Howard Hinnant's civil-date algorithm).
 */
#include "base/date.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int32_t
opp_date_from_ymd(int y, int m, int d)
{
	int era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
opp_date_to_ymd(int32_t day, int *y, int *m, int *d)
{
	int32_t z = day + 719468;
	int era = (z >= 0 ? z : z - 146096) / 146097;
	int doe = z - era * 146097;
	int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int mp = (5 * doy + 2) / 153;

	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

static int
month_days(int y, int m)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return m == 2 && leap ? 29 : days[m - 1];
}

static bool
digits(const char *s, int n, int *out)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return false;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return true;
}

bool
opp_date_parse(const char *s, int32_t *day)
{
	int y, m, d;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	if (!digits(s, 4, &y) || !digits(s + 5, 2, &m) || !digits(s + 8, 2, &d))
		return false;
	if (y < 1 || m < 1 || m > 12 || d < 1 || d > month_days(y, m))
		return false;
	*day = opp_date_from_ymd(y, m, d);
	return true;
}

void
opp_date_format(int32_t day, char out[OPP_DATE_STRLEN])
{
	int y, m, d;

	opp_date_to_ymd(day, &y, &m, &d);
	if (y < 0 || y > 9999)
		y = 0;
	snprintf(out, OPP_DATE_STRLEN, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u,
	         (unsigned)d % 100u);
}

struct opp_datestr
opp_date_str(int32_t day)
{
	struct opp_datestr r;

	opp_date_format(day, r.s);
	return r;
}

int32_t
opp_date_add_months(int32_t day, int months)
{
	int y, m, d, total;

	opp_date_to_ymd(day, &y, &m, &d);
	total = y * 12 + (m - 1) + months;
	y = total / 12;
	m = total % 12 + 1;
	if (d > month_days(y, m))
		d = month_days(y, m);
	return opp_date_from_ymd(y, m, d);
}

int
opp_date_age(int32_t birth, int32_t on)
{
	int by, bm, bd, y, m, d, age;

	opp_date_to_ymd(birth, &by, &bm, &bd);
	opp_date_to_ymd(on, &y, &m, &d);
	age = y - by;
	if (m < bm || (m == bm && d < bd))
		age--;
	return age;
}

int
opp_date_weekday(int32_t day)
{
	/* 1970-01-01 was a Thursday (3 when Monday is 0). */
	int w = (day + 3) % 7;
	return w < 0 ? w + 7 : w;
}

bool
opp_time_parse(const char *s, int *minutes)
{
	int h, m;
	size_t n = strlen(s);

	if (n == 5 && s[2] == ':' && digits(s, 2, &h) && digits(s + 3, 2, &m))
		;
	else
		return false;
	if (h > 23 || m > 59)
		return false;
	*minutes = h * 60 + m;
	return true;
}

bool
opp_span_parse(const char *s, int32_t today, int32_t *until)
{
	char *end;
	long n;

	if (opp_date_parse(s, until))
		return true;
	if (!isdigit((unsigned char)s[0]))
		return false;
	n = strtol(s, &end, 10);
	if (n < 0 || n > 3650 || end[0] == '\0' || end[1] != '\0')
		return false;
	switch (end[0]) {
	case 'd': *until = today + (int32_t)n; return true;
	case 'w': *until = today + (int32_t)n * 7; return true;
	case 'm': *until = opp_date_add_months(today, (int)n); return true;
	default: return false;
	}
}
