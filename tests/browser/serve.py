#!/usr/bin/python3
"""serve.py - the pages of `opp serve` in headless Chromium.

    tests/browser/serve.py OPP SCREENS FOLDER...

For each FOLDER it starts `opp serve` on a free loopback port (picked
here) and, with the browser of check.py (the same checks as for the
files opp writes), looks at the five kinds of page: Vandaag, Caseload,
a Casus, its source view (Bron) and an Overleg. Each page

  - is refused (403, and nothing of the page) to a browser without the
    token, before any visit with it;
  - loads with the token, and its DOM says what the page is for (the
    title, the parts, the links to the other pages; below); every Casus
    shows each of its findings once, and across a folder some stand
    under the part of the plan they are about, with each party's
    agreement under the signatures; no label of a progress chart runs
    into another at 375 px;
  - is no wider than a phone (375 px) or a laptop (1,200 px), and prints
    on A4 paper with none of its text cut off (check.py's check_page);
    the PDF's pages are A4.

Screenshots and PDFs land in SCREENS as serve-N-PAGE-375.png etc. Exit
status: 0 all passed, 1 a check failed, 2 usage, 77 Chromium cannot run
here (skipped, as check.py).
"""

import os
import re
import signal
import socket
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check  # noqa: E402  (the harness: its browser and its page checks)

AS_OF = "2027-03-15"  # evaluations near today: the charts' labels crowd
failures = []


def expect(cond, msg):
    if not cond:
        failures.append(msg)
        print("FAIL " + msg)
    return cond


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def start(opp, folder):
    port = free_port()
    p = subprocess.Popen([opp, "serve", "--port", str(port), "--as-of", AS_OF, folder],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = p.stdout.readline().strip()
    m = re.fullmatch(r"http://127\.0\.0\.1:(\d+)/\?token=([0-9a-f]{32})", line)
    if not m or int(m.group(1)) != port:
        p.kill()
        raise RuntimeError("opp serve %s printed %r: %s" % (folder, line, p.stderr.read().strip()))
    return p, "http://127.0.0.1:%d" % port, m.group(2)


def stop(p):
    p.send_signal(signal.SIGTERM)
    try:
        p.wait(timeout=10)
    except subprocess.TimeoutExpired:
        p.kill()
        p.wait()


# What the DOM says, read once per page.
DOM = r"""
(() => ({
  status: performance.getEntriesByType('navigation')[0].responseStatus,
  h1: [...document.querySelectorAll('h1')].map(e => e.textContent.trim()),
  h2: [...document.querySelectorAll('h2')].map(e => e.textContent.trim()),
  links: [...document.querySelectorAll('a')].map(e => [e.getAttribute('href'), e.textContent.trim()]),
  rows: document.querySelectorAll('table.caseload tbody tr').length,
  text: document.body ? document.body.innerText : '',
}))()
"""


# Text in a chart that runs into other text of the same chart (as the
# browser lays it out, at the window's width): "vandaag" over "evaluatie".
CHART_OVERLAP = r"""
(() => {
  const out = [];
  for (const svg of document.querySelectorAll('svg')) {
    const r = [...svg.querySelectorAll('text')].map(t => [t.textContent, t.getBoundingClientRect()]);
    for (let i = 0; i < r.length; i++)
      for (let j = i + 1; j < r.length; j++) {
        const a = r[i][1], b = r[j][1];
        if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
          out.push(r[i][0] + ' / ' + r[j][0]);
      }
  }
  return {charts: document.querySelectorAll('svg').length, overlaps: out};
})()
"""


def charts_apart(b, width):
    """The charts' labels apart at this width: (charts, overlaps)."""
    b.page("Emulation.setDeviceMetricsOverride",
           {"width": width, "height": check.HEIGHT, "deviceScaleFactor": 1, "mobile": width < 600})
    r = b.evaluate(CHART_OVERLAP)
    b.page("Emulation.clearDeviceMetricsOverride")
    return r["charts"], r["overlaps"]


# The Casus page's findings: the count its heading gives, how many are
# shown (each once, wherever it stands), how many stand under a numbered
# part of the plan, and whether each party's agreement is shown.
FINDINGS = r"""
(() => {
  const h = [...document.querySelectorAll('h2')].find(e => e.textContent.startsWith('Meldingen ('));
  let part = null, shown = 0, placed = 0;
  for (const e of document.body.querySelectorAll('h2, p > strong:first-child')) {
    if (e.tagName === 'H2') { part = /^\d+\. /.test(e.textContent) ? e.textContent : null; continue; }
    if (e.textContent !== 'fout' && e.textContent !== 'waarschuwing') continue;
    shown++;
    if (part) placed++;
  }
  return {count: h ? +h.textContent.match(/\((\d+)\)/)[1] : -1, shown, placed,
          akkoord: [...document.querySelectorAll('table.ondertekening td')].some(
              e => /^(akkoord op|vervallen: gewijzigd sinds|nog geen akkoord)/.test(e.textContent))};
})()
"""


def dom(b):
    return b.evaluate(DOM)


def first_link(d, pattern):
    for href, _ in d["links"]:
        if href and re.fullmatch(pattern, href):
            return href
    return None


def cases_in(folder):
    n = 0
    for _, _, files in os.walk(folder):
        n += sum(1 for f in files if f.endswith((".yaml", ".yml")) and not f.startswith("."))
    return n


def look(b, url, name, screens, tmp):
    """check.py's checks on one served page; the problems, printed."""
    problems, pages = check.check_page(b, url, None, screens, tmp, name)
    pdf = os.path.join(screens, name + ".pdf")
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", check.run_tool(["pdfinfo", pdf]), re.M)
    # A4 is 595.28 x 841.89 pt (either way round, as the page's @page says).
    if not size or sorted(round(float(x)) for x in size.groups()) != [595, 842]:
        problems.append("the PDF's paper is not A4: %s" % (size.group(0) if size else "no size"))
    for pr in problems:
        expect(False, "%s: %s" % (name, pr))
    if not problems:
        print("ok   %s (A4: %d page%s)" % (name, pages, "" if pages == 1 else "s"))


def serve_folder(b, opp, folder, tag, screens, tmp):
    p, base, token = start(opp, folder)
    try:
        # Without the token, before any visit with it (no cookie yet):
        # 403 and nothing of a page, for every kind of page.
        for path in ("/", "/vandaag", "/caseload", "/casus/0", "/casus/0/bron", "/casus/0/overleg/0"):
            b.open(base + path)
            d = dom(b)
            expect(d["status"] == 403 and not d["h1"] and "Casus" not in d["text"],
                   "%s %s without the token: status %s, %r" % (tag, path, d["status"], d["text"][:60]))
        # A token that is not this server's is refused too.
        b.open(base + "/caseload?token=" + "0" * 32)
        expect(dom(b)["status"] == 403, "%s: a wrong token is let in" % tag)

        # Vandaag, with the token in the address (the server answers with
        # a cookie and sends the browser on to the page without it).
        b.open(base + "/vandaag?token=" + token)
        d = dom(b)
        expect(d["status"] == 200 and d["h1"] == ["Vandaag"], "%s vandaag: %s %r" % (tag, d["status"], d["h1"]))
        expect("Voor wie:" in d["text"], "%s vandaag: no choice of person" % tag)
        expect(d["h2"][:2] == ["Wat jij moet doen", "In de casussen waar jij de regie hebt"],
               "%s vandaag: parts %r" % (tag, d["h2"]))
        expect(first_link(d, r"/vandaag\?wie=[a-z0-9-]+"), "%s vandaag: no link per person" % tag)
        look(b, base + "/vandaag?token=" + token, "serve-%s-vandaag" % tag, screens, tmp)

        # Caseload: a row per case file, sortable by a link per column.
        b.open(base + "/caseload?token=" + token)
        d = dom(b)
        expect(d["h1"] == ["Caseload"], "%s caseload: %r" % (tag, d["h1"]))
        expect(d["rows"] == cases_in(folder),
               "%s caseload: %d rows for %d case files" % (tag, d["rows"], cases_in(folder)))
        expect(first_link(d, r"/caseload\?sort=leerling&dir=op"), "%s caseload: no sort link" % tag)
        casus = first_link(d, r"/casus/\d+")
        expect(casus, "%s caseload: no link to a case" % tag)
        look(b, base + "/caseload?token=" + token, "serve-%s-caseload" % tag, screens, tmp)

        # Every Casus: its findings each shown once, some under the part
        # of the plan they are about, and the agreements. Then the first
        # case with a meeting, in list order: the rendered OPP (all twelve
        # parts), its findings and its meetings.
        overleg, placed = None, 0
        for i in range(cases_in(folder)):
            b.open("%s/casus/%d?token=%s" % (base, i, token))
            d = dom(b)
            f = b.evaluate(FINDINGS)
            # (a file that did not load has no plan, so no agreements)
            expect(f["count"] == f["shown"] and (f["akkoord"] or len(d["h1"]) < 2),
                   "%s casus %d: %d findings, %d shown; agreements shown: %s" % (
                       tag, i, f["count"], f["shown"], f["akkoord"]))
            placed += f["placed"]
            if not overleg:
                overleg = first_link(d, r"/casus/%d/overleg/\d+" % i)
                casus = "/casus/%d" % i
        expect(overleg, "%s: no case with a meeting" % tag)
        b.open("%s%s?token=%s" % (base, casus, token))
        d = dom(b)
        expect(placed > 0, "%s: no finding stands under a part of the plan" % tag)
        expect(d["h1"][0].startswith("Casus "), "%s casus: %r" % (tag, d["h1"]))
        expect(d["h1"][1:2] == ["Ontwikkelingsperspectiefplan (OPP)"] or
               (d["h1"][1:2] and d["h1"][1].startswith("Ontwikkelingsperspectiefplan")),
               "%s casus: no OPP in the page: %r" % (tag, d["h1"]))
        parts = [h for h in d["h2"] if re.match(r"\d+\. ", h)]
        expect([int(h.split(".")[0]) for h in parts] == list(range(1, 13)),
               "%s casus: the OPP's parts %r" % (tag, parts))
        expect(any(h.startswith("Meldingen") for h in d["h2"]) and "Overleggen" in d["h2"],
               "%s casus: parts %r" % (tag, d["h2"]))
        # Its progress charts: no label over another on a phone.
        n, overlaps = charts_apart(b, 375)
        expect(not overlaps, "%s casus: at 375 px chart labels overlap: %s" % (tag, "; ".join(overlaps[:5])))
        look(b, base + casus + "?token=" + token, "serve-%s-casus" % tag, screens, tmp)

        # Its source view: every line numbered and an anchor for the
        # links of the findings and of Vandaag's items; the way back.
        b.open("%s%s/bron?token=%s" % (base, casus, token))
        d = dom(b)
        lines = b.evaluate("document.querySelectorAll('table.bron tbody tr[id^=\"regel-\"]').length")
        expect(d["status"] == 200 and d["h1"][:1] and d["h1"][0].startswith("Bron: "),
               "%s bron: %s %r" % (tag, d["status"], d["h1"]))
        expect(lines > 10 and b.evaluate("!!document.getElementById('regel-%d')" % lines),
               "%s bron: %d lines with an anchor" % (tag, lines))
        expect(first_link(d, re.escape(casus)), "%s bron: no way back to the case" % tag)
        look(b, base + casus + "/bron?token=" + token, "serve-%s-bron" % tag, screens, tmp)

        # An Overleg: its agenda, then its checklist.
        if overleg:
            b.open(base + overleg + "?token=" + token)
            d = dom(b)
            expect(d["status"] == 200 and d["h1"][:1] and d["h1"][0].startswith("Agenda: "),
                   "%s overleg: %s %r" % (tag, d["status"], d["h1"]))
            expect(first_link(d, re.escape(casus)), "%s overleg: no way back to the case" % tag)
            expect(first_link(d, re.escape(overleg) + r"\?checklist=1"), "%s overleg: no checklist link" % tag)
            look(b, base + overleg + "?token=" + token, "serve-%s-overleg" % tag, screens, tmp)
            b.open(base + overleg + "?checklist=1&token=" + token)
            d = dom(b)
            expect(d["h1"][:1] and d["h1"][0].startswith("Checklist: "), "%s checklist: %r" % (tag, d["h1"]))
            look(b, base + overleg + "?checklist=1&token=" + token, "serve-%s-checklist" % tag, screens, tmp)
    finally:
        stop(p)
        # The next server has another token: start without this cookie.
        if b.proc.poll() is None:
            b.page("Network.clearBrowserCookies")


def main():
    if len(sys.argv) < 4:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    opp, screens, folders = sys.argv[1], sys.argv[2], sys.argv[3:]
    for tool in ("pdftotext", "pdfinfo"):
        if not check.shutil.which(tool):
            print("serve.py: skipped: %s is not installed (poppler-utils; make deps)" % tool, file=sys.stderr)
            return check.SKIP
    os.makedirs(screens, exist_ok=True)
    try:
        b = check.Browser()
    except check.Skip as e:
        print("serve.py: skipped: %s" % e, file=sys.stderr)
        return check.SKIP
    try:
        b.page("Network.enable")
        with tempfile.TemporaryDirectory(prefix="opp-browser-pdf-") as tmp:
            for n, folder in enumerate(folders):
                serve_folder(b, opp, folder, str(n + 1), screens, tmp)
    except (RuntimeError, TimeoutError, OSError) as e:
        print("serve.py: %s" % e, file=sys.stderr)
        b.stop()
        return 1
    b.stop()
    print("serve in the browser: %s" % ("%d failed" % len(failures) if failures else "all passed"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
