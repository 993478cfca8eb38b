#!/usr/bin/python3
"""Check the progress charts of `opp render --to html` with a real XML
parser (xml.etree), against the case file read independently (PyYAML).

    check_chart.py PAGE.html CASE.yaml AS_OF

For every measurable goal (beginwaarde, streefwaarde, termijn and a known
gesteld before termijn) there is one <svg> chart, well-formed XML, named
by a <title> and <desc> its aria-labelledby points to, with no script and
nothing loaded from elsewhere. The dashed expected line's two ends fix
the mapping from (day, value) to the picture; every measured point (a
<circle>, one per note with a waarde dated on or before AS_OF, in date
order), the polyline through them and the "vandaag" mark must sit where
that mapping puts them, and so must every evaluation's mark (one per
evaluation of the case, named by its date). Each chart is followed by
its text alternative, the table.verloop its desc points to ("De tabel
hieronder"), before any other table or chart, with a row per measured
point (its date and value). Goals that are not measurable have no chart.
Prints "ok" lines and exits 0, or what is wrong and exits 1.
"""
import datetime
import os
import re
import sys
import xml.etree.ElementTree as ET

import yaml

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from present import date_words  # noqa: E402 (the shared helper beside the tests)

NS = {"s": "http://www.w3.org/2000/svg"}
TOL = 0.05  # coordinates are written to two decimals
failures = []


def expect(cond, msg):
    if not cond:
        failures.append(msg)
        print("FAIL: " + msg)
    return cond


# DejaVu Sans advance widths, in 1/2048 em, of the letters the labels use;
# others count as wide as an m.
ADVANCE = dict(zip("abcdefghijklmnopqrstuvwxyz",
                   (1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995,
                    1298, 1253, 1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075)))
TOP_LABEL_Y = 18  # the plot's top (OPP_SVG_TOP): labels above it are the marks'


def text_box(t, size):
    """The horizontal extent of an SVG <text>, from its anchor."""
    w = sum(ADVANCE.get(ch, 1995) for ch in t.text or "") / 2048 * size
    x = float(t.get("x"))
    anchor = t.get("text-anchor", "start")
    left = x - w / 2 if anchor == "middle" else x - w if anchor == "end" else x
    return (left, left + w)


def number(v):
    """A value as the documents say it: 2,5; 20."""
    return str(int(v)) if float(v).is_integer() else repr(float(v)).replace(".", ",")


def table_after(html, end):
    """The text alternative after the chart that ends at end: the first
    table after it, when no other chart comes first."""
    nxt = html.find("<svg", end)
    m = re.compile(r"<table\b[^>]*>.*?</table>", re.S).search(html, end)
    if not m or (nxt != -1 and nxt < m.start()):
        return None
    return m.group(0)


def day(v):
    return v if isinstance(v, datetime.date) else datetime.date.fromisoformat(str(v))


def line_of(doc, d, today):
    if d.get("beginwaarde") is None or d.get("streefwaarde") is None or not d.get("termijn"):
        return None
    start = day(d["gesteld"]) if d.get("gesteld") else None
    if start is None:
        ots = sorted(day(o["datum"]) for o in doc.get("overleggen") or []
                     if o.get("soort") == "ot" and o.get("datum") and day(o["datum"]) < today)
        start = ots[0] if ots else None
    end = day(d["termijn"])
    if start is None or end <= start:
        return None
    return start, float(d["beginwaarde"]), end, float(d["streefwaarde"])


def main(page, case, as_of):
    today = day(as_of)
    doc = yaml.safe_load(open(case, encoding="utf-8"))
    html = open(page, encoding="utf-8").read()
    found = list(re.finditer(r"<svg\b.*?</svg>", html, re.S))
    svgs = [m.group(0) for m in found]
    goals = doc.get("doelen") or []
    want = [(nr, d) for nr, d in enumerate(goals, 1) if line_of(doc, d, today)]
    expect(len(svgs) == len(want), f"{len(svgs)} charts, want {len(want)} (measurable goals)")
    evals = [day(o["datum"]) for o in doc.get("overleggen") or []
             if o.get("soort") == "evaluatie" and o.get("datum")]
    for m, svg, (nr, d) in zip(found, svgs, want):
        g0, b, g1, s = line_of(doc, d, today)
        try:
            root = ET.fromstring(svg)
        except ET.ParseError as e:
            expect(False, f"doel {nr}: not well-formed XML: {e}")
            continue
        ids = {e.get("id") for e in root.iter() if e.get("id")}
        for ref in root.get("aria-labelledby", "").split():
            expect(ref in ids, f"doel {nr}: aria-labelledby names {ref!r}, not in the chart")
        expect(root.get("role") == "img", f"doel {nr}: role {root.get('role')!r}")
        expect(root.find("s:title", NS) is not None and root.find("s:desc", NS) is not None,
               f"doel {nr}: no title or desc")
        expect(not root.findall(".//s:script", NS) and "href" not in svg,
               f"doel {nr}: a script or a link in the chart")
        lines = [e for e in root.iter("{%s}line" % NS["s"]) if e.get("class") == "verwacht"]
        if not expect(len(lines) == 1, f"doel {nr}: {len(lines)} expected lines"):
            continue
        L = lines[0]
        x0, y0, x1, y1 = (float(L.get(k)) for k in ("x1", "y1", "x2", "y2"))

        def px(dd):
            return x0 + (dd - g0).days / (g1 - g0).days * (x1 - x0)

        def py(v):
            return y0 + (v - b) / (s - b) * (y1 - y0) if s != b else None

        expect(x1 > x0 and (y1 < y0) == (s > b), f"doel {nr}: the line runs the wrong way")
        notes = sorted((day(v["datum"]), float(v["waarde"])) for v in d.get("voortgang") or []
                       if v.get("waarde") is not None and day(v["datum"]) <= today)
        circles = root.findall("s:circle[@class='meting']", NS)
        expect(len(circles) == len(notes), f"doel {nr}: {len(circles)} points, want {len(notes)}")
        pts = []
        for c, (dd, v) in zip(circles, notes):
            cx, cy = float(c.get("cx")), float(c.get("cy"))
            pts.append((cx, cy))
            expect(abs(cx - px(dd)) < TOL, f"doel {nr} {dd}: x {cx} != {px(dd):.2f}")
            if py(v) is not None:
                expect(abs(cy - py(v)) < TOL, f"doel {nr} {dd} = {v}: y {cy} != {py(v):.2f}")
        poly = root.find("s:polyline[@class='gemeten']", NS)
        if len(notes) > 1 and expect(poly is not None, f"doel {nr}: no line through the points"):
            got = [tuple(map(float, p.split(","))) for p in poly.get("points").split()]
            expect(got == pts, f"doel {nr}: polyline {got} != points {pts}")
        # The axes agree with the data: each month tick sits on the 1st of
        # a month, each value label level with its value.
        ticks = [e for e in root.findall("s:line", NS)
                 if e.get("x1") == e.get("x2") and float(e.get("y2")) - float(e.get("y1")) == 4]
        expect(ticks, f"doel {nr}: no month ticks")
        for t in ticks:
            x = float(t.get("x1"))
            at = (x - x0) / (x1 - x0) * (g1 - g0).days
            dd = g0 + datetime.timedelta(days=round(at))
            expect(abs(at - round(at)) < 0.02 and dd.day == 1, f"doel {nr}: a month tick at x {x} is {at:.2f} days from gesteld, not the 1st")
        for t in root.findall("s:text[@text-anchor='end']", NS):
            try:
                v = float(t.text.replace(",", "."))
            except ValueError:
                continue
            if py(v) is not None:
                expect(abs(float(t.get("y")) - 4 - py(v)) < TOL, f"doel {nr}: label {t.text} at y {t.get('y')}, not {py(v) + 4:.2f}")
        # The evaluations, held or planned, each a dashed mark at its
        # date, in the file's order, named by the date it stands for.
        em = [e for e in root.iter("{%s}g" % NS["s"])
              if (e.findtext("s:title", "", NS) or "").startswith("evaluatie")]
        if expect(len(em) == len(evals), f"doel {nr}: {len(em)} evaluation marks, want {len(evals)}"):
            for e, dd in zip(em, evals):
                ex = float(e.find("s:line", NS).get("x1"))
                expect(e.findtext("s:title", "", NS) == "evaluatie " + date_words(dd),
                       f"doel {nr}: mark {e.findtext('s:title', '', NS)!r}, want 'evaluatie {date_words(dd)}'")
                expect(abs(ex - px(dd)) < TOL, f"doel {nr}: evaluatie {dd} at x {ex} != {px(dd):.2f}")
        # The text alternative: the table right after the chart, with
        # every measured point in it.
        tab = table_after(html, m.end())
        if expect(tab is not None and re.match(r'<table class="verloop\b', tab),
                  f"doel {nr}: the chart is not followed by its table.verloop"):
            for dd, v in notes:
                want_cells = ("Datum", date_words(dd)), ("Waarde", number(v))
                expect(any(all(re.search(rf'data-label="{k}"[^>]*>{re.escape(c)}<', r2)
                               for k, c in want_cells)
                           for r2 in re.findall(r"<tr>.*?</tr>", tab, re.S)),
                       f"doel {nr}: no row for {dd} = {number(v)} in its table")
        marks = [e for e in root.iter("{%s}g" % NS["s"])
                 if (e.findtext("s:title", "", NS) or "").startswith("vandaag")]
        if expect(len(marks) == 1, f"doel {nr}: {len(marks)} today marks"):
            tx = float(marks[0].find("s:line", NS).get("x1"))
            expect(abs(tx - px(today)) < TOL, f"doel {nr}: today at x {tx} != {px(today):.2f}")
        # The labels over the plot ("vandaag", "evaluatie") must not run
        # into each other, nor out of the picture: measured with DejaVu
        # Sans's advance widths (the font a browser here falls back to
        # for sans-serif), the font size the chart says.
        size = float(root.get("font-size", "12"))
        top = sorted((text_box(t, size), t.text) for t in root.findall("s:text", NS)
                     if float(t.get("y")) < TOP_LABEL_Y)
        for (a, ta), (b2, tb) in zip(top, top[1:]):
            expect(a[1] <= b2[0], f"doel {nr}: the labels {ta!r} ({a[0]:.0f}-{a[1]:.0f}) and "
                   f"{tb!r} ({b2[0]:.0f}-{b2[1]:.0f}) overlap")
        width = float(root.get("viewBox").split()[2])
        for (a, ta) in top:
            expect(a[0] >= 0 and a[1] <= width, f"doel {nr}: the label {ta!r} sticks out ({a[0]:.0f}-{a[1]:.0f})")
    if not failures:
        print(f"ok: {len(svgs)} charts in {page}: points, line, evaluations and today where the data "
              "puts them, each followed by its table")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
