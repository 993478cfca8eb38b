/*
 * svg — a line chart as inline SVG: values over days with the line they
 * are expected to follow, for readers who look rather than read (issue
 * "Progress between evaluations": the expected line, the notes as
 * points, today and the evaluations marked).
 *
 * The picture is self-contained (no scripts, no styles from outside, no
 * fonts to fetch) so it passes the page's Content-Security-Policy and
 * prints as it shows. It scales to the width of its box (a phone, A4) by
 * its viewBox. It is a picture of numbers the document gives as a table
 * too: its title and description name it for a screen reader, the table
 * beside it is the text alternative. Knows nothing of OPP; html.c is its
 * only caller (through opp_sink_chart, output/sink.h).
 */
#ifndef OPP_SVG_H
#define OPP_SVG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

struct opp_chart_point {
	int32_t day; /* days since 1970-01-01 (base/date.h) */
	double value;
};

struct opp_chart_mark {
	int32_t day;
	const char *label; /* plain text: "evaluatie 9 maart 2027" */
};

struct opp_chart {
	const char *id;    /* unique on the page, [a-z0-9-]: names its title and description */
	const char *title; /* plain text: the chart's accessible name */
	const char *desc;  /* plain text: what it shows, in words */
	bool has_line;     /* line[] is the expected line, from line[0] to line[1] */
	struct opp_chart_point line[2];
	const struct opp_chart_point *points; /* the measured values, by day */
	size_t npoints;
	const struct opp_chart_mark *marks; /* vertical marks (the evaluations) */
	size_t nmarks;
	int32_t today; /* marked when >= 0 */
};

/* The geometry, in the viewBox's units: exposed for the tests, which
 * check the drawn coordinates against it. */
#define OPP_SVG_WIDTH  480
#define OPP_SVG_HEIGHT 240
#define OPP_SVG_LEFT   44 /* room for the values */
#define OPP_SVG_RIGHT  12
#define OPP_SVG_TOP    18 /* room for the marks' labels */
#define OPP_SVG_BOTTOM 48 /* room for the months and the legend */

/* Append the chart as one <svg> element, well-formed XML. */
void opp_svg_chart(struct opp_buf *out, const struct opp_chart *c);

#endif
