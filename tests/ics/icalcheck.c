/*
 * icalcheck — check iCalendar files with libical, for the CLI tests of
 * `opp agenda --ics`: each file must parse without errors and pass
 * icalrestriction_check(), which applies RFC 5546's rules for the
 * calendar's METHOD (for REQUEST: ORGANIZER, ATTENDEE, DTSTAMP, DTSTART,
 * SEQUENCE, UID... each present as often as allowed).
 *
 *   icalcheck FILE...    silent when every file is fine; otherwise prints
 *                        the errors (libical's X-LIC-ERROR) and exits 1
 */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *
slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t n = 0, cap = 0, r;

	if (!f)
		return NULL;
	do {
		if (n + 4096 + 1 > cap) {
			char *nb = realloc(buf, cap = 2 * cap + 8192);
			if (!nb) {
				free(buf);
				fclose(f);
				return NULL;
			}
			buf = nb;
		}
		r = fread(buf + n, 1, cap - n - 1, f);
		n += r;
	} while (r > 0);
	fclose(f);
	buf[n] = '\0';
	return buf;
}

/* Print every X-LIC-ERROR in c and its subcomponents; return how many. */
static int
errors(const char *path, icalcomponent *c)
{
	int n = 0;

	for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
	     p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY)) {
		printf("%s: %s: %s\n", path, icalcomponent_kind_to_string(icalcomponent_isa(c)),
		       icalproperty_get_xlicerror(p));
		n++;
	}
	for (icalcomponent *s = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); s;
	     s = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
		n += errors(path, s);
	return n;
}

static int
check(const char *path)
{
	char *text = slurp(path);
	icalcomponent *cal;
	int bad = 0;

	if (!text) {
		printf("%s: cannot read\n", path);
		return 1;
	}
	cal = icalparser_parse_string(text);
	free(text);
	if (!cal || icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT) {
		printf("%s: not one VCALENDAR\n", path);
		if (cal)
			icalcomponent_free(cal);
		return 1;
	}
	if (icalcomponent_get_method(cal) != ICAL_METHOD_REQUEST) {
		printf("%s: METHOD is not REQUEST\n", path);
		bad = 1;
	}
	/* Parse errors first, then the METHOD's restrictions (which add
	 * their own X-LIC-ERROR properties). */
	if (!icalrestriction_check(cal))
		bad = 1;
	if (errors(path, cal))
		bad = 1;
	icalcomponent_free(cal);
	return bad;
}

int
main(int argc, char **argv)
{
	int bad = 0;

	icalerror_set_errors_are_fatal(0);
	if (argc < 2) {
		fprintf(stderr, "usage: icalcheck FILE...\n");
		return 2;
	}
	for (int i = 1; i < argc; i++)
		bad |= check(argv[i]);
	return bad;
}
