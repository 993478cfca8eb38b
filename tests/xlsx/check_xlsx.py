#!/usr/bin/python3
"""Read back the workbooks of `opp render --to xlsx` and `opp report --to
xlsx` with openpyxl and check them against the case files, computed here
independently from the YAML (PyYAML's safe_load).

    check_xlsx.py render BOOK.xlsx CASE.yaml AS_OF
    check_xlsx.py report BOOK.xlsx AS_OF PATH...   (files or flat folders)

Prints one "ok" line per check group and exits 0, or prints what is wrong
and exits 1. Run with Debian's /usr/bin/python3 (python3-openpyxl,
python3-yaml).
"""
import datetime
import glob
import os
import re
import sys

import openpyxl
import yaml

FUNDERS = ["school", "swv", "gemeente", "cjg", "zorgverzekeraar", "ouders", "anders"]
RENDER_SHEETS = ["overzicht", "doelen", "arrangement", "afspraken", "overleggen"]
REPORT_SHEETS = ["overzicht", "arrangement", "afspraken", "voortgang", "patronen"]
INJECTED = ('=', '+', '-', '@')

failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL: " + msg)


class Group:
    """Prints "ok: what" at the end when no check in it failed."""
    def __init__(self):
        self.n0 = len(failures)

    def done(self, what):
        print(("ok: " if len(failures) == self.n0 else "NOT ok: ") + what)
        self.n0 = len(failures)


def expect(cond, msg):
    if not cond:
        fail(msg)
    return cond


def as_date(v):
    """A YAML date (PyYAML gives datetime.date for plain dates)."""
    if isinstance(v, datetime.date):
        return v
    return datetime.date.fromisoformat(str(v))


def goal_status(doc, goal, today):
    """The spec's derived status: the `status` key when given, else the
    uitkomst of the latest held meeting that gives one for the goal when
    it is behaald or gestopt, else lopend."""
    if goal.get("status"):
        return goal["status"]
    latest = None
    for o in doc.get("overleggen") or []:
        d = as_date(o["datum"])
        if d < today and goal["id"] in (o.get("uitkomsten") or {}):
            if latest is None or d >= latest[0]:
                latest = (d, o["uitkomsten"][goal["id"]])
    if latest and latest[1] in ("behaald", "gestopt"):
        return latest[1]
    return "lopend"


def active_goals(doc, today):
    return [d for d in doc.get("doelen") or [] if goal_status(doc, d, today) == "lopend"]


def header(ws):
    return [c.value for c in ws[1]]


def rows(ws):
    """Data rows as dicts (header → cell), up to the first empty row."""
    head = header(ws)
    out = []
    for r in ws.iter_rows(min_row=2):
        if all(c.value is None for c in r):
            break
        out.append({h: c for h, c in zip(head, r)})
    return out


def clean(s):
    """What opp writes for a text: control characters but tab and newline
    dropped."""
    return None if s is None else re.sub(r"[\x00-\x08\x0b-\x1f]", "", str(s))


def check_date_cell(cell, want, what):
    if want is None:
        return expect(cell.value is None, f"{what}: expected empty, got {cell.value!r}")
    return (expect(isinstance(cell.value, datetime.datetime), f"{what}: not a date: {cell.value!r}")
            and expect(cell.value.date() == as_date(want), f"{what}: {cell.value} != {want}")
            and expect(cell.is_date, f"{what}: no date format ({cell.number_format})"))


def check_euro_cell(cell, want, what):
    if want is None:
        return expect(cell.value is None, f"{what}: expected empty, got {cell.value!r}")
    return (expect(cell.data_type == 'n' and isinstance(cell.value, (int, float)),
                   f"{what}: not a number: {cell.value!r}")
            and expect(abs(cell.value - want) < 0.005, f"{what}: {cell.value} != {want}")
            and expect('€' in cell.number_format, f"{what}: no euro format ({cell.number_format})"))


def check_text_cell(cell, want, what):
    want = clean(want)
    if want in (None, ""):
        return expect(cell.value is None, f"{what}: expected empty, got {cell.value!r}")
    return (expect(cell.value == want, f"{what}: {cell.value!r} != {want!r}")
            and expect(cell.data_type == 's', f"{what}: type {cell.data_type}, not a string"))


def check_sheets(wb, names):
    g = Group()
    expect(wb.sheetnames == names, f"sheets {wb.sheetnames} != {names}")
    for ws in wb.worksheets:
        expect(ws.freeze_panes == 'A2', f"{ws.title}: header not frozen ({ws.freeze_panes})")
        ref = ws.auto_filter.ref
        if ws.title == "grafieken":  # charts and their titles only
            continue
        ncol = len([v for v in header(ws) if v is not None])
        want = f"A1:{openpyxl.utils.get_column_letter(ncol)}{max(len(rows(ws)) + 1, 1)}"
        expect(ref == want, f"{ws.title}: autofilter {ref!r} != {want!r}")
        widths = {}
        for key, dim in list(ws.column_dimensions.items()):
            for i in range(dim.min or 0, (dim.max or 0) + 1):
                widths[openpyxl.utils.get_column_letter(i)] = dim.width if dim.customWidth else None
        for c in ws[1]:
            if c.value is not None:
                expect(widths.get(c.column_letter), f"{ws.title}: column {c.value} has no width")
        for r in ws.iter_rows():
            for c in r:
                expect(c.data_type != 'f', f"{ws.title}!{c.coordinate}: a formula: {c.value!r}")
                if isinstance(c.value, str):
                    expect(not re.search(r"_x[0-9A-Fa-f]{4}_|[\x00-\x08\x0b-\x1f]", c.value),
                           f"{ws.title}!{c.coordinate}: a control character in {c.value!r}")
    g.done(f"sheets {', '.join(names)}; headers frozen, autofilters, widths, no formulas")


def injected_strings(doc):
    """Every text in the case file that a spreadsheet would read as a formula."""
    found = []

    def walk(v):
        if isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, str) and v.startswith(INJECTED):
            found.append(clean(v))
    walk(doc)
    return found


def check_injected(wb, docs):
    g = Group()
    want = [s for d in docs for s in injected_strings(d)]
    cells = {}
    for ws in wb.worksheets:
        for r in ws.iter_rows():
            for c in r:
                if isinstance(c.value, str):
                    cells.setdefault(c.value, []).append(c)
    for s in want:
        if expect(s in cells, f"injected text {s!r} not found as text"):
            for c in cells[s]:
                expect(c.data_type == 's', f"{c.parent.title}!{c.coordinate}: {s!r} is {c.data_type}")
    if want:
        g.done(f"{len(want)} texts starting with = + - @ stay strings")


def persons(doc):
    return {p.get("id"): p for p in doc.get("betrokkenen") or []}


def naam(doc, pid):
    p = persons(doc).get(pid)
    return p.get("naam") if p else pid


def afspraak_state(a, today):
    if a.get("gedaan") is not None:
        return "gedaan", None
    u = as_date(a["uiterlijk"])
    if today > u:
        return "te laat", (today - u).days
    return "open", None


def funder_sums(doc):
    """door → (items, without amount, sum of bedrag)."""
    t = {}
    for z in doc.get("arrangement") or []:
        b = z.get("bekostiging") or {}
        for f in (b.get("door"), "totaal"):
            if f is None:
                continue
            n, w, s = t.get(f, (0, 0, 0.0))
            if b.get("bedrag") is None:
                t[f] = (n + 1, w + 1, s)
            else:
                t[f] = (n + 1, w, s + float(b["bedrag"]))
    return t


def check_inzet_row(row, z, doc, what):
    b = z.get("bekostiging") or {}
    p = persons(doc).get(z.get("wie"))
    check_text_cell(row["id"], z.get("id"), what + " id")
    check_text_cell(row["wat"], z.get("wat"), what + " wat")
    check_text_cell(row["wie"], p.get("naam") if p else z.get("wie"), what + " wie")
    check_text_cell(row["organisatie"], p.get("organisatie") if p else None, what + " organisatie")
    check_text_cell(row["frequentie"], z.get("frequentie"), what + " frequentie")
    check_text_cell(row["doelen"], ", ".join(z.get("doelen") or []), what + " doelen")
    check_date_cell(row["start"], z.get("start"), what + " start")
    check_date_cell(row["eind"], z.get("eind"), what + " eind")
    check_date_cell(row["wachtlijst tot"], z.get("wachtlijst_tot"), what + " wachtlijst tot")
    check_text_cell(row["door"], b.get("door"), what + " door")
    check_text_cell(row["status"], b.get("status"), what + " status")
    check_text_cell(row["kenmerk"], b.get("kenmerk"), what + " kenmerk")
    check_euro_cell(row["bedrag"], None if b.get("bedrag") is None else float(b["bedrag"]),
                    what + " bedrag")


def check_afspraak_row(row, a, doc, today, what):
    status, days = afspraak_state(a, today)
    check_text_cell(row["id"], a.get("id"), what + " id")
    check_text_cell(row["wie"], naam(doc, a.get("wie")), what + " wie")
    check_text_cell(row["wat"], a.get("wat"), what + " wat")
    check_date_cell(row["uiterlijk"], a.get("uiterlijk"), what + " uiterlijk")
    check_text_cell(row["terugkoppeling"],
                    ", ".join(naam(doc, x) for x in a.get("terugkoppeling") or []),
                    what + " terugkoppeling")
    check_text_cell(row["status"], status, what + " status")
    expect(row["dagen te laat"].value == days,
           f"{what} dagen te laat: {row['dagen te laat'].value!r} != {days!r}")


# ---- opp render --to xlsx ----------------------------------------------------

def check_render(book, path, as_of):
    g = Group()
    today = as_date(as_of)
    doc = yaml.safe_load(open(path, encoding="utf-8"))
    wb = openpyxl.load_workbook(book)
    measurable = [d for d in doc.get("doelen") or [] if line_of(doc, d, today)]
    check_sheets(wb, RENDER_SHEETS + ["voortgang"] + (["grafieken"] if measurable else []))

    ov = {r["veld"].value: r["waarde"] for r in rows(wb["overzicht"])}
    lr = doc["leerling"]
    check_text_cell(ov["leerling"], lr["naam"], "overzicht leerling")
    check_text_cell(ov["school"], lr["school"], "overzicht school")
    if "geboortedatum" in lr:
        check_date_cell(ov["geboortedatum"], lr["geboortedatum"], "overzicht geboortedatum")
    check_date_cell(ov["peildatum"], today, "overzicht peildatum")
    expect(ov["actieve doelen"].value == len(active_goals(doc, today)), "overzicht actieve doelen")
    g.done("overzicht")

    drows = rows(wb["doelen"])
    expect(len(drows) == len(doc.get("doelen") or []), "doelen: row count")
    for row, d in zip(drows, doc.get("doelen") or []):
        check_text_cell(row["id"], d["id"], "doel id")
        check_text_cell(row["doel"], d["doel"], f"doel {d['id']}")
        check_date_cell(row["termijn"], d.get("termijn"), f"doel {d['id']} termijn")
        check_text_cell(row["status"], goal_status(doc, d, today), f"doel {d['id']} status")
    g.done(f"doelen ({len(drows)})")

    ws = wb["arrangement"]
    arows = rows(ws)
    items = doc.get("arrangement") or []
    expect(len(arows) == len(items), "arrangement: row count")
    for row, z in zip(arows, items):
        check_inzet_row(row, z, doc, f"inzet {z.get('id')}")
    # The totals block: a header "totaal per financier", then one row per funder.
    want = funder_sums(doc)
    got = {}
    start = None
    for r in ws.iter_rows():
        if r[0].value == "totaal per financier":
            start = r[0].row
        elif start and r[0].value is not None:
            got[r[0].value] = (r[1].value, r[2].value, r[3])
    expect((start is not None) == bool(items), "arrangement: totals per funder missing or extra")
    expect(set(got) == set(want), f"totals: funders {sorted(got)} != {sorted(want)}")
    for f, (n, w, s) in want.items():
        if f not in got:
            continue
        expect(got[f][0] == n and got[f][1] == w, f"totals {f}: items {got[f][:2]} != {(n, w)}")
        check_euro_cell(got[f][2], s if n > w else None, f"totals {f}")
    g.done(f"arrangement ({len(arows)} items), totals per funder {sorted(want)}")

    frows = rows(wb["afspraken"])
    expect(len(frows) == len(doc.get("afspraken") or []), "afspraken: row count")
    for row, a in zip(frows, doc.get("afspraken") or []):
        check_afspraak_row(row, a, doc, today, f"afspraak {a.get('id')}")
        check_date_cell(row["gedaan"], a.get("gedaan"), f"afspraak {a.get('id')} gedaan")
    g.done(f"afspraken ({len(frows)}), status and days overdue as of {today}")

    orows = rows(wb["overleggen"])
    expect(len(orows) == len(doc.get("overleggen") or []), "overleggen: row count")
    for row, o in zip(orows, doc.get("overleggen") or []):
        check_date_cell(row["datum"], o["datum"], "overleg datum")
        check_text_cell(row["soort"], o["soort"], "overleg soort")
        if "tijd" in o:
            h, m = map(int, str(o["tijd"]).split(":"))
            expect(row["tijd"].value == datetime.time(h, m), f"overleg tijd {row['tijd'].value!r}")
    g.done(f"overleggen ({len(orows)})")
    check_progress(wb, book, doc, today)
    check_injected(wb, [doc])


def gesteld_of(doc, d, today):
    """When a goal was set: its gesteld, else the first OT held before today."""
    if d.get("gesteld"):
        return as_date(d["gesteld"])
    ots = sorted(as_date(o["datum"]) for o in doc.get("overleggen") or []
                 if o.get("soort") == "ot" and o.get("datum") and as_date(o["datum"]) < today)
    return ots[0] if ots else None


def line_of(doc, d, today):
    """The expected line ((day0, v0), (day1, v1)) of a measurable goal, or
    None: beginwaarde, streefwaarde, termijn and a known gesteld (its own,
    else the first OT held before today) before termijn."""
    if d.get("beginwaarde") is None or d.get("streefwaarde") is None or not d.get("termijn"):
        return None
    start = gesteld_of(doc, d, today)
    end = as_date(d["termijn"])
    if start is None or end <= start:
        return None
    return (start, float(d["beginwaarde"])), (end, float(d["streefwaarde"]))


def expected(line, day):
    (d0, v0), (d1, v1) = line
    if day <= d0:
        return v0
    if day >= d1:
        return v1
    return v0 + (v1 - v0) * (day - d0).days / (d1 - d0).days


def chart_ranges(book):
    """Each chart's series as (categories, values) cell ranges, read from
    the chart parts themselves (openpyxl does not load charts)."""
    import zipfile
    out = []
    with zipfile.ZipFile(book) as z:
        for name in sorted(n for n in z.namelist() if re.match(r"xl/charts/chart\d+\.xml$", n)):
            xml = z.read(name).decode()
            refs = re.findall(r"<c:f>([^<]*)</c:f>", xml)
            out.append([tuple(refs[i:i + 2]) for i in range(0, len(refs), 2)])
    return out


def check_progress(wb, book, doc, today):
    g = Group()
    vrows = rows(wb["voortgang"])
    goals = doc.get("doelen") or []
    want_charts = []
    for nr, d in enumerate(goals, 1):
        mine = [(i, r) for i, r in enumerate(vrows) if r["doel"].value == d["id"]]
        notes = [v for v in d.get("voortgang") or [] if as_date(v["datum"]) <= today]
        got_notes = [r for _, r in mine if r["wat"].value == "voortgang"]
        expect(len(got_notes) == len(notes), f"voortgang {d['id']}: {len(got_notes)} notes, want {len(notes)}")
        for r, v in zip(got_notes, sorted(notes, key=lambda v: as_date(v["datum"]))):
            check_date_cell(r["datum"], v["datum"], f"voortgang {d['id']} datum")
            expect(r["waarde"].value == v.get("waarde"), f"voortgang {d['id']}: waarde {r['waarde'].value!r}")
        days = [r["datum"].value.date() for _, r in mine if r["datum"].value is not None]
        expect(days == sorted(days), f"voortgang {d['id']}: rows not in date order")
        line = line_of(doc, d, today)
        for _, r in mine:
            if line and r["datum"].value is not None:
                want = expected(line, r["datum"].value.date())
                expect(r["verwacht"].value is not None and abs(r["verwacht"].value - want) < 1e-9,
                       f"voortgang {d['id']} {r['datum'].value}: verwacht {r['verwacht'].value!r} != {want}")
            elif not line:
                expect(r["verwacht"].value is None, f"voortgang {d['id']}: verwacht without a line")
        if line:
            expect([r["wat"].value for _, r in mine].count("termijn") == 1, f"voortgang {d['id']}: no termijn row")
            a, b = mine[0][0] + 2, mine[-1][0] + 2  # sheet rows: 1 is the header
            want_charts.append([(f"voortgang!$C${a}:$C${b}", f"voortgang!$G${a}:$G${b}"),
                                (f"voortgang!$C${a}:$C${b}", f"voortgang!$F${a}:$F${b}")])
    got = chart_ranges(book)
    expect(got == want_charts, f"charts {got} != {want_charts}")
    g.done(f"voortgang ({len(vrows)} rows), {len(got)} charts on the right cells")


# ---- opp report --to xlsx ------------------------------------------------------

def case_files(paths):
    out = []
    for p in paths:
        if os.path.isdir(p):
            out += sorted(glob.glob(os.path.join(p, "*.yaml")) + glob.glob(os.path.join(p, "*.yml")))
        else:
            out.append(p)
    return out


def norm(wat):
    s = " ".join(wat.split()).lower()
    if len(s) > 1 and s.endswith(".") and not s.endswith(".."):
        s = s[:-1]
    return s


def check_report(book, as_of, paths):
    g = Group()
    today = as_date(as_of)
    wb = openpyxl.load_workbook(book)
    check_sheets(wb, REPORT_SHEETS)
    files = case_files(paths)
    docs = {}
    for f in files:
        try:
            docs[f] = yaml.safe_load(open(f, encoding="utf-8"))
        except yaml.YAMLError:
            docs[f] = None

    crows = rows(wb["overzicht"])
    expect([r["bestand"].value for r in crows] == files,
           f"overzicht: files {[r['bestand'].value for r in crows]} != {files}")
    for row, f in zip(crows, files):
        doc = docs[f]
        if doc is None:
            expect(isinstance(row["fout"].value, str) and row["fout"].value.startswith(f + ":"),
                   f"{f}: broken file not listed with its error ({row['fout'].value!r})")
            continue
        expect(row["fout"].value is None, f"{f}: unexpected error {row['fout'].value!r}")
        lr = doc["leerling"]
        check_text_cell(row["leerling"], lr["naam"], f"{f} leerling")
        check_text_cell(row["school"], lr["school"], f"{f} school")
        check_text_cell(row["groep"], lr.get("groep"), f"{f} groep")
        expect(row["actieve doelen"].value == len(active_goals(doc, today)), f"{f}: actieve doelen")
        expect(isinstance(row["stap"].value, int) and 1 <= row["stap"].value <= 9, f"{f}: stap")
        expect(isinstance(row["achterstallig"].value, int), f"{f}: achterstallig not a number")
        sums = funder_sums(doc)
        for fu in FUNDERS:
            n, w, s = sums.get(fu, (0, 0, 0.0))
            check_euro_cell(row["bekostiging " + fu], s if n > w else None, f"{f} bekostiging {fu}")
    g.done(f"overzicht ({len(crows)} cases), funding per funder")

    arows = rows(wb["arrangement"])
    want = [(f, z) for f in files if docs[f] for z in docs[f].get("arrangement") or []]
    expect(len(arows) == len(want), f"arrangement: {len(arows)} rows != {len(want)}")
    for row, (f, z) in zip(arows, want):
        check_text_cell(row["bestand"], f, "arrangement bestand")
        check_text_cell(row["leerling"], docs[f]["leerling"]["naam"], "arrangement leerling")
        check_inzet_row(row, z, docs[f], f"{f} inzet {z.get('id')}")
    g.done(f"arrangement ({len(arows)} items across cases)")

    frows = rows(wb["afspraken"])
    want = [(f, a) for f in files if docs[f] for a in docs[f].get("afspraken") or []
            if a.get("gedaan") is None]
    expect(len(frows) == len(want), f"afspraken: {len(frows)} rows != {len(want)} open")
    for row, (f, a) in zip(frows, want):
        check_text_cell(row["bestand"], f, "afspraken bestand")
        check_afspraak_row(row, a, docs[f], today, f"{f} afspraak {a.get('id')}")
    g.done(f"afspraken ({len(frows)} open)")

    vrows = rows(wb["voortgang"])
    want = [(f, d) for f in files if docs[f] for d in active_goals(docs[f], today)]
    expect(len(vrows) == len(want), f"voortgang: {len(vrows)} rows != {len(want)} active goals")
    quiet = {}
    for row, (f, d) in zip(vrows, want):
        doc = docs[f]
        check_text_cell(row["bestand"], f, "voortgang bestand")
        check_text_cell(row["doel"], d["id"], f"{f} voortgang doel")
        notes = [as_date(v["datum"]) for v in d.get("voortgang") or [] if as_date(v["datum"]) <= today]
        last = max(notes) if notes else None
        check_date_cell(row["laatste voortgang"], last, f"{f} {d['id']} laatste voortgang")
        expect(row["dagen geleden"].value == ((today - last).days if last else None),
               f"{f} {d['id']}: dagen geleden {row['dagen geleden'].value!r}")
        line = line_of(doc, d, today)
        koers = None
        if line:
            koers = "geen gegevens"
            measured = sorted((as_date(v["datum"]), float(v["waarde"])) for v in d.get("voortgang") or []
                              if v.get("waarde") is not None and as_date(v["datum"]) <= today)
            if measured:
                day, val = measured[-1]
                want_v = expected(line, day)
                up = line[1][1] >= line[0][1]
                koers = "op koers" if (val + 1e-9 >= want_v if up else val - 1e-9 <= want_v) else "achter"
        check_text_cell(row["koers"], koers, f"{f} {d['id']} koers")
        since = last or gesteld_of(doc, d, today)
        quiet[f] = quiet.get(f, 0) + (1 if since and (today - since).days > 14 else 0)
    for row, f in zip(crows, files):
        if docs[f]:
            expect(row["zonder voortgang"].value == quiet.get(f, 0),
                   f"{f}: zonder voortgang {row['zonder voortgang'].value!r} != {quiet.get(f, 0)}")
    g.done(f"voortgang ({len(vrows)} active goals), koers and last note; quiet goals counted")

    pat = {}
    for f in files:
        for z in (docs[f] or {}).get("arrangement") or []:
            k = norm(z["wat"])
            cases, items = pat.get(k, (set(), 0))
            cases.add(f)
            pat[k] = (cases, items + 1)
    prows = rows(wb["patronen"])
    got = {r["wat"].value: (r["casussen"].value, r["inzetten"].value) for r in prows}
    expect(got == {k: (len(c), n) for k, (c, n) in pat.items()}, "patronen: counts differ")
    counts = [(-r["casussen"].value, -r["inzetten"].value, r["wat"].value) for r in prows]
    expect(counts == sorted(counts), "patronen: not sorted by cases, then items")
    g.done(f"patronen ({len(prows)} kinds of support)")
    check_injected(wb, [d for d in docs.values() if d])


def main(argv):
    if len(argv) == 5 and argv[1] == "render":
        check_render(argv[2], argv[3], argv[4])
    elif len(argv) >= 5 and argv[1] == "report":
        check_report(argv[2], argv[3], argv[4:])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
