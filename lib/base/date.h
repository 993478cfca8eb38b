/*
 * date — calendar dates as day numbers, times of day, spans.
 *
 * A date is an int32_t counting days since 1970-01-01 (proleptic
 * Gregorian), so comparing and subtracting dates is integer arithmetic.
 * Nothing here reads the clock: "today" always comes from the caller.
 */
#ifndef OPP_DATE_H
#define OPP_DATE_H

#include <stdbool.h>
#include <stdint.h>

#define OPP_DATE_STRLEN 11 /* "YYYY-MM-DD" and NUL */

/* Days since 1970-01-01 of a civil date; the date need not be valid. */
int32_t opp_date_from_ymd(int y, int m, int d);
void opp_date_to_ymd(int32_t day, int *y, int *m, int *d);

/* Parse exactly "YYYY-MM-DD" naming a real calendar date (years
 * 0001-9999). Returns false for anything else, e.g. 2025-02-30. */
bool opp_date_parse(const char *s, int32_t *day);

/* The dates the format allows (spec "Dates are real": between
 * 1900-01-01 and 2199-12-31): a real date outside is not a typo of the
 * calendar but of the year, and rule `datums` says so. */
#define OPP_DATE_MIN (-25567) /* 1900-01-01 */
#define OPP_DATE_MAX 84005    /* 2199-12-31 */
static inline bool
opp_date_in_range(int32_t day)
{
	return day >= OPP_DATE_MIN && day <= OPP_DATE_MAX;
}

/* Write "YYYY-MM-DD" into out. */
void opp_date_format(int32_t day, char out[OPP_DATE_STRLEN]);

/* The same as a value, for use inside one expression:
 * printf("%s", opp_date_str(d).s). */
struct opp_datestr {
	char s[OPP_DATE_STRLEN];
};
struct opp_datestr opp_date_str(int32_t day);

/* The same day n months later (or earlier), clamped to the month's end:
 * 2025-01-31 + 1 month = 2025-02-28. */
int32_t opp_date_add_months(int32_t day, int months);

/* Completed years between birth and on (age in whole years). */
int opp_date_age(int32_t birth, int32_t on);

/* Day of week, 0 = Monday .. 6 = Sunday. */
int opp_date_weekday(int32_t day);

/* Parse "HH:MM" (24h, two digits each, as the format says) into minutes
 * after midnight. */
bool opp_time_parse(const char *s, int *minutes);

/* Parse a look-ahead span relative to today: "7d", "2w", "1m" or a date.
 * On success *until is the last day inside the window. */
bool opp_span_parse(const char *s, int32_t today, int32_t *until);

#endif
