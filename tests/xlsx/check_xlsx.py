#!/usr/bin/python3
"""Read back the workbooks of `opp render --to xlsx` and `opp report --to
xlsx` with openpyxl and check them against the case files, computed here
independently from the YAML (PyYAML's safe_load).

    check_xlsx.py render BOOK.xlsx CASE.yaml AS_OF
    check_xlsx.py report BOOK.xlsx AS_OF PATH...   (files or flat folders)

The report's error and warning counts are those of `$OPP validate
--format json` (the rules are opp's; the checker only reads them back).

Prints one "ok" line per check group and exits 0, or prints what is wrong
and exits 1. Run with Debian's /usr/bin/python3 (python3-openpyxl,
python3-yaml).
"""
import datetime
import glob
import json
import os
import re
import subprocess
import sys

import openpyxl
import yaml

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from present import date_words  # noqa: E402 (the shared helper beside the tests)

FUNDERS = ["school", "swv", "gemeente", "cjg", "zorgverzekeraar", "ouders", "anders"]
# The case workbook's sheets, in the document's order; grafieken only
# with a measurable goal.
RENDER_SHEETS = ["overzicht", "betrokkenen", "waarneming", "overleggen", "uitkomsten", "behoeften",
                 "factoren", "doelen", "voortgang", "grafieken", "arrangement", "afspraken", "ondertekening"]
# Columns of long text, which must wrap (every non-empty data cell).
RENDER_WRAPPED = {
    "overzicht": ["waarde"], "waarneming": ["tekst", "effect"], "overleggen": ["doel", "verslag", "bijstelling"],
    "uitkomsten": ["omschrijving"], "behoeften": ["behoefte"], "factoren": ["factor"],
    "doelen": ["doel", "beginsituatie", "criterium"], "voortgang": ["toelichting"],
    "arrangement": ["wat", "overbrugging"], "afspraken": ["wat"], "ondertekening": ["akkoord"],
}
REPORT_WRAPPED = {"overzicht": ["fout"], "arrangement": ["wat", "overbrugging"], "afspraken": ["wat"],
                  "patronen": ["patroon", "wat"]}
WIDTH_MIN, WIDTH_MAX = 4, 80  # characters: narrower hides a date, wider a screen
REPORT_SHEETS = ["overzicht", "arrangement", "afspraken", "voortgang", "stagnatie", "patronen"]
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


def check_sheets(wb, names, wrapped):
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
                w = widths.get(c.column_letter)
                expect(w and WIDTH_MIN <= w <= WIDTH_MAX + 1,  # libxlsxwriter adds a little padding
                       f"{ws.title}: column {c.value} width {w!r} not within {WIDTH_MIN}..{WIDTH_MAX}")
        head = header(ws)
        for name in wrapped.get(ws.title, []):
            if not expect(name in head, f"{ws.title}: no column {name}"):
                continue
            for row in rows(ws):
                c = row[name]
                if isinstance(c.value, str):
                    expect(c.alignment.wrap_text, f"{ws.title}!{c.coordinate} ({name}): text not wrapped")
        for r in ws.iter_rows():
            for c in r:
                expect(c.data_type != 'f', f"{ws.title}!{c.coordinate}: a formula: {c.value!r}")
                if isinstance(c.value, str):
                    expect(not c.value.startswith("=") or c.data_type == 's',
                           f"{ws.title}!{c.coordinate}: text {c.value!r} is not a string")
                    expect(not re.search(r"_x[0-9A-Fa-f]{4}_|[\x00-\x08\x0b-\x1f]", c.value),
                           f"{ws.title}!{c.coordinate}: a control character in {c.value!r}")
    g.done(f"sheets {', '.join(names)}; headers frozen, autofilters, widths, long text wrapped, no formulas")


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
    check_sheets(wb, [n for n in RENDER_SHEETS if n != "grafieken" or measurable], RENDER_WRAPPED)

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
        kg = o.get("kindgesprek") or {}
        check_date_cell(row["kindgesprek"], kg.get("datum"), "overleg kindgesprek")
        check_text_cell(row["kindgesprek door"], naam(doc, kg["door"]) if kg.get("door") else None,
                        "overleg kindgesprek door")
        check_text_cell(row["doel"], o.get("doel"), "overleg doel")
        check_text_cell(row["verslag"], o.get("verslag"), "overleg verslag")
        check_text_cell(row["bijstelling"], o.get("bijstelling"), "overleg bijstelling")
    g.done(f"overleggen ({len(orows)}), the kindgesprek with who held it, verslag and bijstelling")
    check_sections(wb, doc, path, today)
    check_progress(wb, book, doc, today)
    check_injected(wb, [doc])


def part_rows(ws):
    """A part sheet's rows as (first column, second column cell)."""
    return [(r[0].value, r[1]) for r in ws.iter_rows(min_row=2) if any(c.value is not None for c in r)]


def check_parts(ws, want, what):
    """want: (name, text) in order, every text a string cell."""
    got = part_rows(ws)
    expect([(n, c.value) for n, c in got] == [(n, clean(t)) for n, t in want],
           f"{what}: {[(n, c.value) for n, c in got]} != {want}")
    for n, c in got:
        if isinstance(c.value, str):
            expect(c.data_type == 's', f"{what} {n}: not a string")


def handelingsdeel_digest(path):
    """The spec's digest, computed here: the goals' and items' keys that
    are present and not empty, every scalar as the string YAML parsing
    gives (BaseLoader: no typing), JCS-serialised (sorted members, no
    white space, minimal escapes), SHA-256."""
    import hashlib
    raw = yaml.load(open(path, encoding="utf-8"), Loader=yaml.BaseLoader)
    keys = {"doelen": ["id", "doel", "eigenaar", "context", "termijn", "gesteld", "domein", "beginsituatie",
                       "criterium", "beginwaarde", "streefwaarde", "eenheid"],
            "arrangement": ["id", "doelen", "wat", "wie", "frequentie", "start", "eind", "overbrugging"]}
    value = {sec: [{k: e[k] for k in ks if k in e and e[k] not in ("", [], None)} for e in raw.get(sec) or []]
             for sec, ks in keys.items()}
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def akkoord_want(entry, digest):
    """(text, date, bound digest) of a party's last agreement, as the
    signature page says it."""
    if entry is None:
        return "nog geen akkoord", None, None
    last = entry[-1] if isinstance(entry, list) else entry
    if isinstance(last, dict):
        d = as_date(last["datum"])
        if last.get("handelingsdeel") == digest:
            return f"akkoord op {date_words(d)} met deze versie", d, last["handelingsdeel"]
        return f"vervallen: gewijzigd sinds {date_words(d)}", d, last.get("handelingsdeel")
    return f"akkoord op {date_words(as_date(last))}", as_date(last), None


def check_sections(wb, doc, path, today):
    """Every section of the case file in its sheet, with the file's values."""
    g = Group()
    ov = {}
    for n, c in part_rows(wb["overzicht"]):
        ov.setdefault(n, []).append(c)
    one = {n: cs[0] for n, cs in ov.items()}
    up = doc.get("uitstroomperspectief") or {}
    gp = doc.get("gezinsplan") or {}
    regie = doc.get("regie") or {}
    check_text_cell(one["regievoerder"], naam(doc, regie.get("opp")), "overzicht regievoerder")
    if regie.get("gezinsplan"):
        check_text_cell(one["regievoerder gezinsplan"], naam(doc, regie["gezinsplan"]),
                        "overzicht regievoerder gezinsplan")
    expect(len(ov.get("signaal", [])) == len(doc.get("signalen") or []), "overzicht: one row per signaal")
    for key, want in (("uitstroomperspectief", up.get("richting")), ("onderbouwing uitstroom", up.get("onderbouwing")),
                      ("integratief beeld", doc.get("integratief_beeld")), ("afstemming gezinsplan", gp.get("afstemming"))):
        if want:
            check_text_cell(one.get(key), want, f"overzicht {key}") if key in one else fail(f"overzicht: no {key}")
        else:
            expect(key not in one, f"overzicht: {key} without a value in the file")
    for key, want in (("vastgesteld", doc.get("vastgesteld")), ("einddatum", doc.get("einddatum")),
                      ("gezinsplan opgesteld", gp.get("datum"))):
        if want:
            check_date_cell(one[key], want, f"overzicht {key}") if key in one else fail(f"overzicht: no {key}")
    digest = handelingsdeel_digest(path)
    check_text_cell(one.get("handelingsdeel"), digest, "overzicht handelingsdeel")
    g.done("overzicht: regie, signalen, uitstroomperspectief, gezinsplan, handelingsdeel")

    brows = rows(wb["betrokkenen"])
    people = doc.get("betrokkenen") or []
    expect(len(brows) == len(people), f"betrokkenen: {len(brows)} rows != {len(people)}")
    for row, p in zip(brows, people):
        for k in ("id", "naam", "rol", "organisatie", "email", "telefoon"):
            check_text_cell(row[k], p.get(k), f"betrokkene {p.get('id')} {k}")
        want = ", ".join(k for k in ("opp", "gezinsplan") if regie.get(k) == p.get("id")) or None
        check_text_cell(row["regie"], want, f"betrokkene {p.get('id')} regie")
    g.done(f"betrokkenen ({len(brows)}), each with name, role, contact and regie")

    wn = doc.get("waarneming") or {}
    want = []
    if wn.get("ouders_geinformeerd"):
        want.append(("ouders geïnformeerd", None))
    want += [("aanleiding", None)] * len(wn.get("aanleiding") or [])
    if wn.get("observaties"):
        want.append(("observaties", wn["observaties"]))
    want += [("hypothese", h) for h in wn.get("hypothesen") or []]
    want += [("ingezet", z.get("wat")) for z in wn.get("ingezet") or []]
    got = part_rows(wb["waarneming"])
    expect([n for n, _ in got] == [n for n, _ in want], f"waarneming: parts {[n for n, _ in got]}")
    for (n, c), (_, t) in zip(got, want):
        if n == "ouders geïnformeerd":
            check_date_cell(c, wn["ouders_geinformeerd"], "waarneming ouders geïnformeerd")
        elif n != "aanleiding":
            check_text_cell(c, t, f"waarneming {n}")
        else:
            expect(isinstance(c.value, str) and c.value, "waarneming aanleiding: no label")
    effects = [r["effect"] for r in rows(wb["waarneming"]) if r["onderdeel"].value == "ingezet"]
    for c, z in zip(effects, wn.get("ingezet") or []):
        check_text_cell(c, z.get("effect"), "waarneming ingezet effect")
    g.done(f"waarneming ({len(got)} parts): observaties, hypothesen, what was tried and its effect")

    want = [(o["datum"], o["soort"], k, v) for o in doc.get("overleggen") or []
            for k, v in (o.get("uitkomsten") or {}).items()]
    urows = rows(wb["uitkomsten"])
    expect(len(urows) == len(want), f"uitkomsten: {len(urows)} rows != {len(want)}")
    goals = {d["id"]: (i + 1, d) for i, d in enumerate(doc.get("doelen") or [])}
    for row, (day, soort, k, v) in zip(urows, want):
        check_date_cell(row["datum"], day, f"uitkomst {k} datum")
        check_text_cell(row["soort"], soort, f"uitkomst {k} soort")
        check_text_cell(row["doel"], k, "uitkomst doel")
        check_text_cell(row["uitkomst"], v, f"uitkomst {k}")
        if k in goals:
            expect(row["nr"].value == goals[k][0], f"uitkomst {k}: nr {row['nr'].value!r}")
            check_text_cell(row["omschrijving"], goals[k][1]["doel"], f"uitkomst {k} omschrijving")
    g.done(f"uitkomsten ({len(urows)}), per meeting and goal")

    b = doc.get("behoeften") or {}
    want = [(who, t) for who in ("leerling", "ouders", "leerkracht") for t in b.get(who) or []]
    if b.get("eigen_bijdrage"):
        want.append(("eigen bijdrage", b["eigen_bijdrage"]))
    check_parts(wb["behoeften"], want, "behoeften")
    f = doc.get("factoren") or {}
    check_parts(wb["factoren"], [(k, t) for k in ("bevorderend", "belemmerend") for t in f.get(k) or []],
                "factoren")
    g.done(f"behoeften ({len(want)}) and factoren")

    for row, d in zip(rows(wb["doelen"]), doc.get("doelen") or []):
        check_date_cell(row["gesteld"], gesteld_of(doc, d, today), f"doel {d['id']} gesteld")
        for k in ("beginwaarde", "streefwaarde"):
            expect(row[k].value == d.get(k), f"doel {d['id']} {k}: {row[k].value!r} != {d.get(k)!r}")
        check_text_cell(row["eenheid"], d.get("eenheid"), f"doel {d['id']} eenheid")
        check_text_cell(row["beginsituatie"], d.get("beginsituatie"), f"doel {d['id']} beginsituatie")
        check_text_cell(row["criterium"], d.get("criterium"), f"doel {d['id']} criterium")
        if line_of(doc, d, today) and goal_status(doc, d, today) == "lopend" and d.get("voortgang"):
            expect(isinstance(row["koers"].value, str) and row["koers"].value.split()[0] in ("op", "achter", "geen"),
                   f"doel {d['id']}: koers {row['koers'].value!r}")
    for row, z in zip(rows(wb["arrangement"]), doc.get("arrangement") or []):
        bk = z.get("bekostiging") or {}
        check_date_cell(row["aangevraagd"], bk.get("aangevraagd"), f"inzet {z.get('id')} aangevraagd")
        check_date_cell(row["besluit"], bk.get("besluit"), f"inzet {z.get('id')} besluit")
    g.done("doelen with gesteld, measures and koers; bekostiging with its dates")

    sign = doc.get("ondertekening") or {}
    srows = {r["partij"].value: r for r in rows(wb["ondertekening"])}
    for party in ("ouders", "school", "toegang", "leerling"):
        if party not in srows:
            expect(party not in sign and party not in ("ouders", "school"),
                   f"ondertekening: no row for {party}")
            continue
        text, day, bound = akkoord_want(sign.get(party), digest)
        check_text_cell(srows[party]["akkoord"], text, f"ondertekening {party}")
        check_date_cell(srows[party]["datum"], day, f"ondertekening {party} datum")
        check_text_cell(srows[party]["handelingsdeel"], bound, f"ondertekening {party} handelingsdeel")
        e = sign.get(party)
        n = len(e) if isinstance(e, list) else 0 if e is None else 1
        expect(srows[party]["akkoorden"].value == n, f"ondertekening {party}: akkoorden {srows[party]['akkoorden'].value!r}")
    g.done("ondertekening: " + "; ".join(f"{p} {r['akkoord'].value}" for p, r in srows.items()))


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


def validate_counts(f, as_of):
    """(errors, warnings) of `opp validate` for file f."""
    p = subprocess.run([os.environ.get("OPP", "opp"), "validate", "--format", "json", "--as-of", as_of, f],
                       capture_output=True, text=True)
    v = json.loads(p.stdout)
    return v["errors"], v["warnings"]


def rank(doc, counts):
    """Where opp puts a file in the overview: unreadable, errors, warnings, clean."""
    if doc is None:
        return 0
    return 1 if counts[0] else 2 if counts[1] else 3


# The providers outside the school's own people, by role (the label the
# report shows); the school's own (leerkracht, IB'er...) make no pattern.
EXTERN_ROLES = {
    "orthopedagoog": "orthopedagoog", "onderwijsspecialist": "onderwijsspecialist",
    "ambulant-begeleider": "ambulant begeleider", "zorgmakelaar": "zorgmakelaar",
    "gezinsspecialist": "gezinsspecialist", "wijkteammedewerker": "wijkteammedewerker",
    "jeugdhulpverlener": "jeugdhulpverlener", "behandelaar": "behandelaar",
    "jgz": "jeugdgezondheidszorg", "cjg": "centrum voor jeugd en gezin",
    "smw": "schoolmaatschappelijk werk", "leerplichtambtenaar": "leerplichtambtenaar", "anders": "anders",
}


def questions(doc, today):
    """(soort, text) of one case's support questions, as the patterns count them."""
    out = set()
    for d in active_goals(doc, today):
        if d.get("domein"):
            out.add(("doelen", d["domein"]))
    for who in ("leerling", "ouders", "leerkracht"):
        for t in (doc.get("behoeften") or {}).get(who) or []:
            out.add(("behoefte " + who, t))
    people = persons(doc)
    for z in doc.get("arrangement") or []:
        if z.get("eind") is not None and as_date(z["eind"]) < today:
            continue
        p = people.get(z.get("wie"))
        if p is None:
            out.add(("ondersteuning", z.get("wie")))
        elif p.get("rol") in EXTERN_ROLES:
            out.add(("ondersteuning", EXTERN_ROLES[p["rol"]]))
    return out


def check_patterns(wb, files, docs, counts, today):
    """Pupils of one school and groep with the same question, two or more;
    files with errors do not count."""
    g = Group()
    pat = {}
    for f in files:
        doc = docs[f]
        if doc is None or counts[f][0]:
            continue
        lr = doc.get("leerling") or {}
        seen = set()
        for soort, t in questions(doc, today):
            k = (norm(str(lr.get("school") or "")), norm(str(lr.get("groep") or "")), soort, norm(str(t)))
            if k not in seen:
                seen.add(k)
                pat[k] = pat.get(k, 0) + 1
    want = {k: n for k, n in pat.items() if n >= 2}
    prows = rows(wb["patronen"])
    got = {(norm(str(r["school"].value or "")), norm(str(r["groep"].value or "")), r["soort"].value,
            norm(str(r["wat"].value))): r["leerlingen"].value for r in prows}
    expect(got == want, f"patronen: {sorted(set(got.items()) ^ set(want.items()))[:4]} differ")
    for r in prows:
        expect(r["patroon"].value.startswith(f"{r['leerlingen'].value} leerlingen "),
               f"patronen: sentence {r['patroon'].value!r}")
    n = [-r["leerlingen"].value for r in prows]
    expect(n == sorted(n), "patronen: not sorted by pupils")
    g.done(f"patronen ({len(prows)} questions shared by two or more pupils of a groep)")


def check_report(book, as_of, paths):
    g = Group()
    today = as_date(as_of)
    wb = openpyxl.load_workbook(book)
    check_sheets(wb, REPORT_SHEETS, REPORT_WRAPPED)
    files = case_files(paths)
    docs = {}
    for f in files:
        try:
            docs[f] = yaml.safe_load(open(f, encoding="utf-8"))
        except yaml.YAMLError:
            docs[f] = None

    counts = {f: validate_counts(f, as_of) for f in files}
    # broken files first: unreadable, errors, warnings, clean; else in order
    order = sorted(files, key=lambda f: rank(docs[f], counts[f]))
    crows = rows(wb["overzicht"])
    expect([r["bestand"].value for r in crows] == order,
           f"overzicht: files {[r['bestand'].value for r in crows]} != {order}")
    for row, f in zip(crows, order):
        doc = docs[f]
        if doc is None:
            expect(row["fouten"].value == "onleesbaar", f"{f}: not onleesbaar ({row['fouten'].value!r})")
            expect(isinstance(row["fout"].value, str) and row["fout"].value.startswith(f + ":"),
                   f"{f}: broken file not listed with its error ({row['fout'].value!r})")
            continue
        expect((row["fouten"].value, row["waarschuwingen"].value) == counts[f],
               f"{f}: counts {(row['fouten'].value, row['waarschuwingen'].value)} != validate's {counts[f]}")
        if counts[f][0]:
            # never shown as if it were at a step
            expect(isinstance(row["fout"].value, str) and row["fout"].value.startswith(f + ":"),
                   f"{f}: file with errors not listed with its first ({row['fout'].value!r})")
            for col in ("stap", "fase", "actieve doelen", "volgende evaluatie", "achterstallig",
                        "zonder voortgang", "stagnatie"):
                expect(row[col].value is None, f"{f}: {col} shown for a file with errors")
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
    for row, f in zip(crows, order):
        if docs[f] and not counts[f][0]:  # a file with errors shows nothing derived
            expect(row["zonder voortgang"].value == quiet.get(f, 0),
                   f"{f}: zonder voortgang {row['zonder voortgang'].value!r} != {quiet.get(f, 0)}")
    g.done(f"voortgang ({len(vrows)} active goals), koers and last note; quiet goals counted")

    srows = rows(wb["stagnatie"])
    want = [(f, s) for f in files if docs[f] for s in stalls(docs[f], today)]
    got = [(r["bestand"].value, (r["stagnatie"].value, r["betreft"].value,
                                 r["sinds"].value.date() if r["sinds"].value else None, r["dagen"].value))
           for r in srows]
    expect(got == want, f"stagnatie: {got} != {want}")
    for row, f in zip(crows, order):
        if docs[f] and not counts[f][0]:  # a file with errors shows nothing derived
            n = len(stalls(docs[f], today))
            expect(row["stagnatie"].value == n, f"{f}: stagnatie {row['stagnatie'].value!r} != {n}")
    g.done(f"stagnatie ({len(srows)} things that stall, with since when and how long), counted per case")

    check_patterns(wb, files, docs, counts, today)
    check_injected(wb, [d for d in docs.values() if d])


def stalls(doc, today, besluit_weken=6, wachtlijst_weken=12):
    """Rule stagnatie, from the spec, with the default settings: what
    stalls as (what, about, since, days), items first, then goals."""
    out = []
    held = [m for m in doc.get("overleggen") or [] if as_date(m["datum"]) < today]
    ots = sorted(as_date(m["datum"]) for m in held if m.get("soort") == "ot")
    for z in doc.get("arrangement") or []:
        b = z.get("bekostiging") or {}
        if b.get("aangevraagd") and not b.get("besluit") and b.get("status") not in ("toegekend", "afgewezen"):
            since = as_date(b["aangevraagd"]) + datetime.timedelta(weeks=besluit_weken)
            if since <= today:
                out.append(("geen besluit over de bekostiging", z["id"], since, (today - since).days))
        if b.get("status") == "afgewezen" and (not z.get("eind") or as_date(z["eind"]) >= today):
            since = as_date(b["besluit"]) if b.get("besluit") else today
            out.append(("bekostiging afgewezen", z["id"], since, (today - since).days))
        if z.get("wachtlijst_tot") and ots:
            limit = ots[0] + datetime.timedelta(weeks=wachtlijst_weken)
            tot = as_date(z["wachtlijst_tot"])
            if tot >= today and tot > limit and limit <= today:
                out.append(("wachtlijst", z["id"], limit, (today - limit).days))
    evals = sorted((as_date(m["datum"]), m) for m in held if m.get("soort") == "evaluatie")
    for d in active_goals(doc, today):
        u = [m["uitkomsten"][d["id"]] for _, m in evals if d["id"] in (m.get("uitkomsten") or {})]
        dates = [day for day, m in evals if d["id"] in (m.get("uitkomsten") or {})]
        if len(u) >= 2 and u[-1] == u[-2] == "niet-behaald":
            out.append(("twee keer niet behaald", d["id"], dates[-1], (today - dates[-1]).days))
    return out


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
