/*
 * svg — a line chart as inline SVG: see svg.h.
 *
 * Presentation attributes rather than a style sheet, so the picture
 * looks the same wherever it is pasted and in print. The expected line
 * is dashed and the measured line solid, so they differ in black and
 * white too.
 */
#include "output/svg.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/date.h"
#include "base/escape.h"
#include "base/present.h"

#define PLOT_W (OPP_SVG_WIDTH - OPP_SVG_LEFT - OPP_SVG_RIGHT)
#define PLOT_H (OPP_SVG_HEIGHT - OPP_SVG_TOP - OPP_SVG_BOTTOM)

struct scale {
	double x0, x1; /* days at the plot's left and right edge */
	double y0, y1; /* values at its bottom and top */
	double step;   /* between the value axis' ticks */
};

static double
sx(const struct scale *k, double day)
{
	return OPP_SVG_LEFT + (day - k->x0) / (k->x1 - k->x0) * PLOT_W;
}

static double
sy(const struct scale *k, double v)
{
	return OPP_SVG_TOP + (k->y1 - v) / (k->y1 - k->y0) * PLOT_H;
}

/* A step of 1, 2, 2.5 or 5 times a power of ten giving about four
 * ticks over range. */
static double
nice_step(double range)
{
	double raw = range / 4, p = pow(10, floor(log10(raw))), f = raw / p;

	return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * p;
}

static void
extend(double *lo, double *hi, double v)
{
	if (v < *lo)
		*lo = v;
	if (v > *hi)
		*hi = v;
}

static struct scale
scale_of(const struct opp_chart *c)
{
	double dlo = INFINITY, dhi = -INFINITY, vlo = INFINITY, vhi = -INFINITY, pad;
	struct scale k;

	for (int i = 0; c->has_line && i < 2; i++) {
		extend(&dlo, &dhi, c->line[i].day);
		extend(&vlo, &vhi, c->line[i].value);
	}
	for (size_t i = 0; i < c->npoints; i++) {
		extend(&dlo, &dhi, c->points[i].day);
		extend(&vlo, &vhi, c->points[i].value);
	}
	for (size_t i = 0; i < c->nmarks; i++)
		extend(&dlo, &dhi, c->marks[i].day);
	if (c->today >= 0 && isfinite(dlo))
		extend(&dlo, &dhi, c->today);
	if (!isfinite(dlo)) /* nothing to draw: an empty frame */
		dlo = dhi = 0;
	if (!isfinite(vlo))
		vlo = vhi = 0;
	/* A little room on both sides, so a point on the edge shows whole. */
	pad = (dhi - dlo) * 0.03 + 1;
	k.x0 = dlo - pad;
	k.x1 = dhi + pad;
	if (vhi - vlo < 1e-9) {
		vlo -= 1;
		vhi += 1;
	}
	k.step = nice_step(vhi - vlo);
	k.y0 = floor(vlo / k.step) * k.step;
	k.y1 = ceil(vhi / k.step) * k.step;
	return k;
}

static void
text(struct opp_buf *b, double x, double y, const char *anchor, const char *s)
{
	opp_buf_printf(b, "<text x=\"%.2f\" y=\"%.2f\" text-anchor=\"%s\">", x, y, anchor);
	opp_html_escape(b, s);
	opp_buf_puts(b, "</text>\n");
}

static void
value_axis(struct opp_buf *b, const struct scale *k)
{
	struct opp_buf t = OPP_BUF_INIT;

	/* At most a dozen ticks, whatever rounding does. */
	for (int i = 0; i <= 12; i++) {
		double v = k->y0 + i * k->step;
		if (v > k->y1 + k->step * 1e-6)
			break;
		opp_buf_printf(b,
		               "<line x1=\"%d\" y1=\"%.2f\" x2=\"%d\" y2=\"%.2f\" stroke=\"#ddd\" "
		               "stroke-width=\"1\"/>\n",
		               OPP_SVG_LEFT, sy(k, v), OPP_SVG_WIDTH - OPP_SVG_RIGHT, sy(k, v));
		opp_buf_reset(&t);
		opp_present_number(&t, v);
		text(b, OPP_SVG_LEFT - 6, sy(k, v) + 4, "end", t.ptr);
	}
	opp_buf_release(&t);
}

/* Month ticks: every month, or every 2, 3, 6 or 12 over a longer span,
 * with the year at the first tick and at each January. */
static void
time_axis(struct opp_buf *b, const struct scale *k)
{
	int y, m, d, every;
	double months = (k->x1 - k->x0) / 30.44;
	struct opp_buf t = OPP_BUF_INIT;
	bool first = true;

	every = months <= 7 ? 1 : months <= 14 ? 2 : months <= 24 ? 3 : months <= 60 ? 6 : 12;
	opp_date_to_ymd((int32_t)ceil(k->x0), &y, &m, &d);
	if (d > 1 && ++m > 12) {
		m = 1;
		y++;
	}
	for (int i = 0; i < 200; i++) {
		int32_t day = opp_date_from_ymd(y, m, 1);
		if (day > k->x1)
			break;
		if ((m - 1) % every == 0) {
			double x = sx(k, day);
			opp_buf_printf(b,
			               "<line x1=\"%.2f\" y1=\"%d\" x2=\"%.2f\" y2=\"%d\" stroke=\"#999\" "
			               "stroke-width=\"1\"/>\n",
			               x, OPP_SVG_HEIGHT - OPP_SVG_BOTTOM, x,
			               OPP_SVG_HEIGHT - OPP_SVG_BOTTOM + 4);
			opp_buf_reset(&t);
			opp_present_month_short(&t, day);
			if (first || m == 1)
				opp_buf_printf(&t, " %d", y);
			text(b, x, OPP_SVG_HEIGHT - OPP_SVG_BOTTOM + 17, "middle", t.ptr);
			first = false;
		}
		if (++m > 12) {
			m = 1;
			y++;
		}
	}
	opp_buf_release(&t);
}

/* The marks' labels over the plot. A label's width is estimated
 * generously (0.65 em a letter, DejaVu Sans's widest lowercase is under
 * that but for m and w, which the labels do not have), so that labels
 * that look apart are apart in any sans-serif. */
#define LABEL_EM  0.65
#define FONT_SIZE 12
#define LABEL_GAP 4

struct span {
	double left, right;
};

/* Place a label of text at the line at x: centred on it, else beside it
 * to the right, else to the left, inside the picture and clear of the
 * labels placed so far; false when there is no room (on a narrow chart
 * with marks close together): the mark stays, named by its title. */
static bool
place_label(struct span *placed, size_t *n, double x, const char *text, double *left)
{
	double w = (double)strlen(text) * LABEL_EM * FONT_SIZE;
	const double cand[3] = {x - w / 2, x + 2, x - 2 - w};

	for (int c = 0; c < 3; c++) {
		double l = fmin(fmax(cand[c], 0), OPP_SVG_WIDTH - w);
		bool clear = true;
		for (size_t i = 0; i < *n && clear; i++)
			clear = l + w + LABEL_GAP <= placed[i].left || l >= placed[i].right + LABEL_GAP;
		if (clear) {
			placed[(*n)++] = (struct span){l, l + w};
			*left = l;
			return true;
		}
	}
	return false;
}

static void
vmark(struct opp_buf *b, const struct scale *k, int32_t day, const char *color, const char *dash,
      const char *title)
{
	double x = sx(k, day);

	opp_buf_printf(b,
	               "<g><line x1=\"%.2f\" y1=\"%d\" x2=\"%.2f\" y2=\"%d\" stroke=\"%s\" "
	               "stroke-width=\"1.5\" stroke-dasharray=\"%s\"/>",
	               x, OPP_SVG_TOP, x, OPP_SVG_HEIGHT - OPP_SVG_BOTTOM, color, dash);
	opp_buf_puts(b, "<title>");
	opp_html_escape(b, title);
	opp_buf_puts(b, "</title></g>\n");
}

/* The labels of the marks: "vandaag" first (it matters most), then the
 * evaluations from left to right, none over another. */
static void
mark_labels(struct opp_buf *b, const struct scale *k, const struct opp_chart *c)
{
	struct span *placed = xcalloc(c->nmarks + 1, sizeof(*placed));
	size_t n = 0;
	double left;

	if (c->today >= 0 && place_label(placed, &n, sx(k, c->today), "vandaag", &left))
		text(b, left, OPP_SVG_TOP - 5, "start", "vandaag");
	for (size_t i = 0; i < c->nmarks; i++)
		if (place_label(placed, &n, sx(k, c->marks[i].day), "evaluatie", &left))
			text(b, left, OPP_SVG_TOP - 5, "start", "evaluatie");
	free(placed);
}

/* What the lines mean, under the months: the dashes and colours say
 * nothing by themselves. */
static void
legend(struct opp_buf *b, const struct opp_chart *c)
{
	double y = OPP_SVG_HEIGHT - 8, x = OPP_SVG_LEFT;

	if (c->has_line) {
		opp_buf_printf(b,
		               "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"#666\" "
		               "stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n",
		               x, y - 4, x + 22, y - 4);
		text(b, x + 27, y, "start", "verwacht");
		x += 95;
	}
	opp_buf_printf(b, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"4\" fill=\"#1f4e99\"/>\n", x + 8, y - 4);
	text(b, x + 17, y, "start", "gemeten");
	x += 90;
	if (c->today >= 0) {
		opp_buf_printf(b,
		               "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"#b00020\" "
		               "stroke-width=\"1.5\"/>\n",
		               x + 4, y - 11, x + 4, y + 2);
		text(b, x + 10, y, "start", "vandaag");
		x += 85;
	}
	if (c->nmarks) {
		opp_buf_printf(b,
		               "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"#555\" "
		               "stroke-width=\"1.5\" stroke-dasharray=\"2 3\"/>\n",
		               x + 4, y - 11, x + 4, y + 2);
		text(b, x + 10, y, "start", "evaluatie");
	}
}

void
opp_svg_chart(struct opp_buf *out, const struct opp_chart *c)
{
	struct scale k = scale_of(c);
	struct opp_buf t = OPP_BUF_INIT;

	opp_buf_printf(out,
	               "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" "
	               "role=\"img\" aria-labelledby=\"",
	               OPP_SVG_WIDTH, OPP_SVG_HEIGHT);
	opp_html_escape(out, c->id);
	opp_buf_puts(out, "-titel ");
	opp_html_escape(out, c->id);
	opp_buf_puts(out,
	             "-uitleg\" font-family=\"sans-serif\" font-size=\"12\" fill=\"#222\">\n<title id=\"");
	opp_html_escape(out, c->id);
	opp_buf_puts(out, "-titel\">");
	opp_html_escape(out, c->title);
	opp_buf_puts(out, "</title>\n<desc id=\"");
	opp_html_escape(out, c->id);
	opp_buf_puts(out, "-uitleg\">");
	opp_html_escape(out, c->desc);
	opp_buf_puts(out, "</desc>\n");

	value_axis(out, &k);
	time_axis(out, &k);
	legend(out, c);
	opp_buf_printf(out,
	               "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\" "
	               "stroke-width=\"1\"/>\n",
	               OPP_SVG_LEFT, OPP_SVG_TOP, PLOT_W, PLOT_H);
	for (size_t i = 0; i < c->nmarks; i++)
		vmark(out, &k, c->marks[i].day, "#555", "2 3", c->marks[i].label);
	if (c->today >= 0) {
		opp_buf_puts(&t, "vandaag, ");
		opp_present_date(&t, c->today);
		vmark(out, &k, c->today, "#b00020", "none", t.ptr);
	}
	mark_labels(out, &k, c);
	if (c->has_line)
		opp_buf_printf(out,
		               "<line class=\"verwacht\" x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" "
		               "stroke=\"#666\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n",
		               sx(&k, c->line[0].day), sy(&k, c->line[0].value), sx(&k, c->line[1].day),
		               sy(&k, c->line[1].value));
	if (c->npoints > 1) {
		opp_buf_puts(out, "<polyline class=\"gemeten\" fill=\"none\" stroke=\"#1f4e99\" "
		                  "stroke-width=\"2\" points=\"");
		for (size_t i = 0; i < c->npoints; i++)
			opp_buf_printf(out, "%s%.2f,%.2f", i ? " " : "", sx(&k, c->points[i].day),
			               sy(&k, c->points[i].value));
		opp_buf_puts(out, "\"/>\n");
	}
	for (size_t i = 0; i < c->npoints; i++) {
		opp_buf_printf(out,
		               "<circle class=\"meting\" cx=\"%.2f\" cy=\"%.2f\" r=\"4\" fill=\"#1f4e99\">"
		               "<title>",
		               sx(&k, c->points[i].day), sy(&k, c->points[i].value));
		opp_buf_reset(&t);
		opp_present_date(&t, c->points[i].day);
		opp_buf_puts(&t, ": ");
		opp_present_number(&t, c->points[i].value);
		opp_html_escape(out, t.ptr);
		opp_buf_puts(out, "</title></circle>\n");
	}
	opp_buf_puts(out, "</svg>\n");
	opp_buf_release(&t);
}
