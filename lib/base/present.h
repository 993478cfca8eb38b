/*
 * present — values as the Dutch documents write them: dates in words,
 * weekdays, clock times, amounts in euro, enumerations ("a, b en c") and
 * a name as initials.
 *
 * The one place for these: the case document, the agenda, the
 * invitation, the caseload report and the workbooks all write a date or
 * an amount through here, so they cannot disagree. The words are Dutch
 * and not translated: the documents are for Dutch parents and
 * professionals, whatever the user's locale (terminal messages go
 * through gettext instead). Functions append to a struct opp_buf.
 */
#ifndef OPP_PRESENT_H
#define OPP_PRESENT_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

/* A date in words: "9 oktober 2026". */
void opp_present_date(struct opp_buf *out, int32_t day);

/* A month's short name, for an axis: "jan", "feb", "mrt". */
void opp_present_month_short(struct opp_buf *out, int32_t day);

/* A measured value, Dutch style: "12", "8,5", "0,33", "-2". */
void opp_present_number(struct opp_buf *out, double v);

/* The same with its weekday, for the day of a meeting: "donderdag 10
 * december 2026". */
void opp_present_date_weekday(struct opp_buf *out, int32_t day);

/* "HH:MM" of minutes after midnight, modulo a day ("00:05" for 1445). */
void opp_present_clock(char out[6], int minutes);

/* An amount in whole cents, rounded from euro: what the documents add
 * up (each amount rounded first, so totals match the amounts shown).
 * Values beyond a double's cents (or not finite) are clamped. */
long long opp_present_cents(double euro);

/* An amount in euro, Dutch style: "€ 1.250,00", "€ -3,50". */
void opp_present_euro(struct opp_buf *out, double euro);

/* The same from whole cents. */
void opp_present_euro_cents(struct opp_buf *out, long long cents);

/* The separator before item i (0-based) of n in a Dutch enumeration:
 * nothing before the first, " en " before the last, ", " otherwise, so
 * that "a", "a en b" and "a, b en c" come out. */
void opp_present_and(struct opp_buf *out, size_t i, size_t n);

/* The initials of a name: the first letter or digit of each word and a
 * dot ("Jan van der Berg" → "J.v.d.B.", "'t Hart" → "t.H."); words are
 * separated by white space and control characters, which never reach
 * the result. "?" for a name without letters or digits (or NULL). */
void opp_present_initials(struct opp_buf *out, const char *naam);

#endif
