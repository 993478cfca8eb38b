/*
 * test_date — lib/date.c (day numbers, months, ages, spans, times) and
 * lib/buf.c (the growable buffer).
 */
#include <stdio.h> /* before helpers.h, which uses fprintf */
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/date.h"
#include "helpers.h"

static void
ymd(int32_t d, int *y, int *m, int *dd)
{
	opp_date_to_ymd(d, y, m, dd);
}

static void
expect_date(int32_t d, const char *want)
{
	char s[OPP_DATE_STRLEN];
	opp_date_format(d, s);
	cr_expect_str_eq(s, want);
}

/* ---- opp_date_parse / format ------------------------------------------ */

Test(date, parse_valid)
{
	int32_t d = -1;

	cr_assert(opp_date_parse("1970-01-01", &d));
	cr_expect_eq(d, 0);
	cr_assert(opp_date_parse("1970-01-02", &d));
	cr_expect_eq(d, 1);
	cr_assert(opp_date_parse("1969-12-31", &d));
	cr_expect_eq(d, -1);
	cr_assert(opp_date_parse("2000-03-01", &d));
	cr_expect_eq(d, 11017);
	cr_assert(opp_date_parse("2025-10-07", &d));
	cr_expect_eq(d, 20368);
	cr_assert(opp_date_parse("1900-01-01", &d), "the first year allowed");
	cr_expect_eq(d, -25567);
	cr_assert(opp_date_parse("9999-12-31", &d), "the last year allowed");
	cr_assert(opp_date_parse("2025-12-31", &d));
	cr_assert(opp_date_parse("2025-04-30", &d));
}

Test(date, parse_leap_years)
{
	int32_t d;

	cr_expect(opp_date_parse("2024-02-29", &d), "2024 is a leap year");
	cr_expect_not(opp_date_parse("2025-02-29", &d), "2025 is not");
	cr_expect_not(opp_date_parse("1900-02-29", &d), "1900 is not (divisible by 100)");
	cr_expect(opp_date_parse("2000-02-29", &d), "2000 is (divisible by 400)");
	cr_expect_not(opp_date_parse("2100-02-29", &d));
	cr_expect_not(opp_date_parse("2024-02-30", &d));
}

Test(date, parse_invalid)
{
	static const char *const bad[] = {
	        "",           "2025",       "2025-10",        "2025-10-7",   "2025-1-07",
	        "25-10-07",   "2025/10/07", "2025-10-07 ",    " 2025-10-07", "2025-10-07T10:00",
	        "07-10-2025", "2025-00-10", "2025-13-01",     "2025-10-00",  "2025-10-32",
	        "2025-04-31", "2025-06-31", "2025-02-30",     "0000-01-01",  "+025-10-07",
	        "2025-+1-07", "2025-1a-07", "２０２５-10-07", "2025-10-0x",
	};
	int32_t d = 12345;

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		cr_expect_not(opp_date_parse(bad[i], &d), "'%s' accepted", bad[i]);
		cr_expect_eq(d, 12345, "'%s' wrote the result", bad[i]);
	}
}

/* Spec "Dates are real": 1899-12-31 is a real date, but outside the
 * range 1900-2199 that rule `datums` checks; it is not "not a date". */
Test(date, range)
{
	int32_t d;

	cr_assert(opp_date_parse("1899-12-31", &d));
	cr_assert_not(opp_date_in_range(d));
	cr_assert(opp_date_parse("1900-01-01", &d));
	cr_assert(opp_date_in_range(d));
	cr_assert_eq(d, OPP_DATE_MIN);
	cr_assert(opp_date_parse("2199-12-31", &d));
	cr_assert(opp_date_in_range(d));
	cr_assert_eq(d, OPP_DATE_MAX);
	cr_assert(opp_date_parse("2200-01-01", &d));
	cr_assert_not(opp_date_in_range(d));
	cr_assert(opp_date_parse("0001-01-01", &d), "any four-digit year is a calendar date");
}

Test(date, roundtrip)
{
	char s[OPP_DATE_STRLEN];
	int32_t d, back;
	int y, m, dd;

	/* Every day from 1900 to 2100 formats and parses back to itself. */
	cr_assert(opp_date_parse("1900-01-01", &d));
	for (int32_t i = d; i < d + 201 * 366; i++) {
		opp_date_format(i, s);
		if (strcmp(s, "2100-12-31") > 0)
			break;
		cr_assert(opp_date_parse(s, &back), "%s", s);
		cr_assert_eq(back, i, "%s", s);
		ymd(i, &y, &m, &dd);
		cr_assert_eq(opp_date_from_ymd(y, m, dd), i);
	}
	cr_expect_str_eq(opp_date_str(0).s, "1970-01-01");
	cr_expect_str_eq(opp_date_str(day("2024-02-29")).s, "2024-02-29");
}

/* ---- months, ages, weekdays ------------------------------------------- */

Test(date, add_months_clamps)
{
	expect_date(opp_date_add_months(day("2025-01-31"), 1), "2025-02-28");
	expect_date(opp_date_add_months(day("2024-01-31"), 1), "2024-02-29");
	expect_date(opp_date_add_months(day("2025-03-31"), 1), "2025-04-30");
	expect_date(opp_date_add_months(day("2025-03-31"), -1), "2025-02-28");
	expect_date(opp_date_add_months(day("2025-01-15"), -1), "2024-12-15");
	expect_date(opp_date_add_months(day("2025-12-15"), 1), "2026-01-15");
	expect_date(opp_date_add_months(day("2025-10-07"), 12), "2026-10-07");
	expect_date(opp_date_add_months(day("2025-10-07"), 0), "2025-10-07");
	expect_date(opp_date_add_months(day("2024-02-29"), 12), "2025-02-28");
	expect_date(opp_date_add_months(day("2025-08-31"), 6), "2026-02-28");
	expect_date(opp_date_add_months(day("2025-10-07"), -24), "2023-10-07");
}

Test(date, age)
{
	int32_t birth = day("2015-10-07");

	cr_expect_eq(opp_date_age(birth, day("2025-10-07")), 10, "on the birthday");
	cr_expect_eq(opp_date_age(birth, day("2025-10-06")), 9, "the day before");
	cr_expect_eq(opp_date_age(birth, day("2025-10-08")), 10);
	cr_expect_eq(opp_date_age(birth, day("2025-09-30")), 9, "earlier month");
	cr_expect_eq(opp_date_age(birth, day("2015-10-07")), 0, "born today");
	/* Born on 29 February. */
	birth = day("2008-02-29");
	cr_expect_eq(opp_date_age(birth, day("2026-02-28")), 17);
	cr_expect_eq(opp_date_age(birth, day("2026-03-01")), 18);
	cr_expect_eq(opp_date_age(birth, day("2028-02-29")), 20);
}

Test(date, weekday)
{
	cr_expect_eq(opp_date_weekday(0), 3, "1970-01-01 was a Thursday");
	cr_expect_eq(opp_date_weekday(day("2025-10-06")), 0, "Monday");
	cr_expect_eq(opp_date_weekday(day("2025-10-07")), 1, "Tuesday");
	cr_expect_eq(opp_date_weekday(day("2025-10-12")), 6, "Sunday");
	cr_expect_eq(opp_date_weekday(day("2024-02-29")), 3, "Thursday");
	cr_expect_eq(opp_date_weekday(day("1969-12-28")), 6, "a Sunday before 1970");
	cr_expect_eq(opp_date_weekday(day("1900-01-01")), 0, "a Monday");
	for (int32_t d = -40000; d < 40000; d++)
		cr_assert_eq(opp_date_weekday(d + 1), (opp_date_weekday(d) + 1) % 7, "day %d", d);
}

/* ---- times and spans -------------------------------------------------- */

Test(date, time_parse)
{
	static const char *const bad[] = {
	        "",       "9:30",     "24:00", "23:60", "09:60",  "0930",   "09.30", "9:3",   "09:3",
	        "009:30", "09:30:00", "-1:00", "ab:cd", "09:30 ", " 09:30", "9h30",  "12:5a",
	};
	int m = -1;

	cr_assert(opp_time_parse("09:30", &m));
	cr_expect_eq(m, 570);
	cr_assert(opp_time_parse("00:00", &m));
	cr_expect_eq(m, 0);
	cr_assert(opp_time_parse("23:59", &m));
	cr_expect_eq(m, 23 * 60 + 59);
	cr_assert(opp_time_parse("12:00", &m));
	cr_expect_eq(m, 720);
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		m = -1;
		cr_expect_not(opp_time_parse(bad[i], &m), "'%s' accepted", bad[i]);
		cr_expect_eq(m, -1, "'%s' wrote the result", bad[i]);
	}
}

Test(date, span_parse)
{
	int32_t today = day("2025-10-07"), until = 0;

	cr_assert(opp_span_parse("7d", today, &until));
	cr_expect_eq(until, today + 7);
	cr_assert(opp_span_parse("0d", today, &until));
	cr_expect_eq(until, today);
	cr_assert(opp_span_parse("2w", today, &until));
	cr_expect_eq(until, today + 14);
	cr_assert(opp_span_parse("1m", today, &until));
	expect_date(until, "2025-11-07");
	cr_assert(opp_span_parse("1m", day("2025-01-31"), &until));
	expect_date(until, "2025-02-28");
	cr_assert(opp_span_parse("12m", today, &until));
	expect_date(until, "2026-10-07");
	cr_assert(opp_span_parse("2025-12-31", today, &until));
	expect_date(until, "2025-12-31");
	cr_assert(opp_span_parse("3650d", today, &until));
	cr_expect_eq(until, today + 3650);

	static const char *const bad[] = {
	        "",
	        "d",
	        "7",
	        "7x",
	        "7dd",
	        "7D",
	        "-1d",
	        "+7d",
	        " 7d",
	        "7 d",
	        "1y",
	        "3651d",
	        "99999999999999999999d",
	        "2025-02-30",
	        "next week",
	        "0x10d",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		until = 42;
		cr_expect_not(opp_span_parse(bad[i], today, &until), "'%s' accepted", bad[i]);
	}
}

/* ---- buf --------------------------------------------------------------- */

Test(buf, empty)
{
	struct opp_buf b = OPP_BUF_INIT;
	char *p;
	size_t n = 99;

	cr_expect_str_eq(b.ptr, "");
	cr_expect_eq(b.len, 0);
	opp_buf_reset(&b);
	cr_expect_str_eq(b.ptr, "");
	p = opp_buf_detach(&b, &n);
	cr_expect_str_eq(p, "", "detach of an empty buffer gives an owned \"\"");
	cr_expect_eq(n, 0);
	cr_expect_neq((void *)p, (void *)opp_buf_empty);
	free(p);
	opp_buf_release(&b);
	cr_expect_eq(opp_buf_empty[0], '\0');
}

Test(buf, printf_grows_past_64k)
{
	struct opp_buf b;
	size_t want = 0;

	opp_buf_init(&b);
	/* Many small appends. */
	for (int i = 0; want <= 70 * 1024; i++) {
		char piece[32];
		int n = snprintf(piece, sizeof(piece), "regel %d\n", i);
		opp_buf_printf(&b, "regel %d\n", i);
		want += (size_t)n;
		cr_assert_eq(b.len, want);
		cr_assert_eq(b.ptr[b.len], '\0');
	}
	cr_expect_gt(b.len, 64 * 1024);
	cr_expect_geq(b.cap, b.len + 1);
	cr_expect_eq(strncmp(b.ptr, "regel 0\nregel 1\n", 16), 0);
	cr_expect_eq(strlen(b.ptr), b.len);

	/* One big printf at once, onto a non-empty buffer. */
	{
		size_t big = 100 * 1024, before = b.len;
		char *s = malloc(big + 1);
		cr_assert_not_null(s);
		memset(s, 'x', big);
		s[big] = '\0';
		opp_buf_printf(&b, "<%s>%d", s, 7);
		cr_expect_eq(b.len, before + big + 3);
		cr_expect_eq(b.ptr[before], '<');
		cr_expect_eq(b.ptr[before + 1 + big - 1], 'x');
		cr_expect_str_eq(b.ptr + before + 1 + big, ">7");
		free(s);
	}
	opp_buf_release(&b);
	cr_expect_eq(b.len, 0);
	cr_expect_str_eq(b.ptr, "");
}

Test(buf, add_puts_putc_reset)
{
	struct opp_buf b = OPP_BUF_INIT;
	size_t cap;

	opp_buf_puts(&b, "ab");
	opp_buf_putc(&b, 'c');
	opp_buf_add(&b, "d\0e", 3);
	cr_expect_eq(b.len, 6);
	cr_expect_eq(memcmp(b.ptr, "abcd\0e", 7), 0, "binary data and a final NUL");
	cap = b.cap;
	opp_buf_reset(&b);
	cr_expect_eq(b.len, 0);
	cr_expect_str_eq(b.ptr, "");
	cr_expect_eq(b.cap, cap, "reset keeps the memory");
	opp_buf_printf(&b, "%s", "");
	cr_expect_str_eq(b.ptr, "");
	opp_buf_printf(&b, "%05.1f|%-3s|%zu", 2.5, "x", (size_t)42);
	cr_expect_str_eq(b.ptr, "002.5|x  |42");
	opp_buf_release(&b);
}

Test(buf, detach)
{
	struct opp_buf b;
	char *p;
	size_t n = 0;

	opp_buf_init(&b);
	for (int i = 0; i < 10000; i++)
		opp_buf_puts(&b, "0123456789");
	p = opp_buf_detach(&b, &n);
	cr_expect_eq(n, 100000);
	cr_expect_eq(strlen(p), 100000);
	cr_expect_eq(memcmp(p + 99990, "0123456789", 10), 0);
	/* The buffer is empty and usable again; p is ours. */
	cr_expect_eq(b.len, 0);
	cr_expect_eq(b.cap, 0);
	cr_expect_str_eq(b.ptr, "");
	opp_buf_puts(&b, "again");
	cr_expect_str_eq(b.ptr, "again");
	cr_expect_neq((void *)b.ptr, (void *)p);
	free(p);
	p = opp_buf_detach(&b, NULL);
	cr_expect_str_eq(p, "again");
	free(p);
	opp_buf_release(&b);
}
