#!/usr/bin/python3
"""check.py - look at HTML pages the way a reader's browser shows them.

    tests/browser/check.py [--screens DIR] [--expect-pages N | --max-pages N]
                           PAGE.html...
    tests/browser/check.py [--screens DIR] --manifest FILE

A PAGE may also be an address (http://127.0.0.1:PORT/...): a page a
local server serves, such as `opp serve` (serve.py drives that).

Each page is opened in headless Chromium (Debian `chromium`), driven over
the DevTools protocol on a pipe (--remote-debugging-pipe: no port, no
network, and it works on pages whose Content-Security-Policy forbids
scripts, which ours all do). For each page:

  - at 375 px (a phone) and at 1,200 px (a laptop) the page must not be
    wider than the window: document.documentElement.scrollWidth <= the
    window's width (innerWidth, but on a phone innerWidth grows with a
    page too wide, so the root's clientWidth). A wide table may scroll
    inside its own box; the page may not. The offending elements are
    named;
  - printed to PDF on A4 (the page's own @page size and orientation win,
    as when a person prints it), the page's text as printed (innerText
    under print media) must all be in the PDF's text (pdftotext): a
    column cut off at the paper's edge fails, naming the words lost;
  - with --expect-pages N the PDF has exactly N pages (--max-pages: at
    most N);
  - every inline <svg> (the progress charts) is drawn: at 375 and at
    1,200 px its box is not empty, and a screenshot of just that box has
    at least MIN_DRAWN of its pixels unlike the box's background (its
    most common colour). A chart whose content falls outside its
    viewBox, is hidden, or lost its lines to a broken style passes the
    XML check (tests/svg/check_chart.py) and fails here.

With --screens DIR it keeps, per page NAME.html, NAME-375.png and
NAME-1200.png (the whole page) and NAME.pdf, for a person to look at.

A manifest (--manifest) has one page per line: `PAGE.html [PAGES]`, PAGES
a number (exactly), `<=N` (at most) or `-` (not checked); `#` starts a
comment. Paths are relative to the manifest.

Exit status: 0 every page passed, 1 a check failed, 2 usage error, 77
Chromium cannot run here (the message says why; the Makefile reports the
check as skipped).
"""

import argparse
import base64
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import unicodedata
import zlib

SKIP = 77
WIDTHS = (375, 1200)
HEIGHT = 800  # the window's height; screenshots take the whole page
MAX_SHOT = 16000  # px: a screenshot stops there (a page longer than that is no page)
A4 = (8.27, 11.69)  # inches
TIMEOUT = 60  # seconds for any one answer from the browser
# A chart's share of drawn pixels: the progress charts of the examples
# draw 7-11 % of their box (grid, axes, labels, lines, points); the frame
# and the grid alone, without a label or a line of data, 2-4 %.
MIN_DRAWN = 0.03
MIN_SIDE = 20  # px: a chart's box smaller than this either way shows nothing


class Skip(Exception):
    pass


def chromium_binary():
    """The browser itself: Debian's launcher script prints noise and
    reads /etc/chromium.d; the binary behind it takes the same flags."""
    for c in (os.environ.get("CHROMIUM"), "/usr/lib/chromium/chromium"):
        if c and os.access(c, os.X_OK):
            return c
    for name in ("chromium", "chromium-browser", "google-chrome"):
        p = shutil.which(name)
        if p:
            return p
    return None


class Browser:
    """One headless Chromium, spoken to over fds 3 and 4 (NUL-separated
    JSON messages), with one tab."""

    def __init__(self):
        exe = chromium_binary()
        if not exe:
            raise Skip("chromium is not installed (make deps installs it)")
        self.profile = tempfile.mkdtemp(prefix="opp-browser-")
        to_r, self.to_w = os.pipe()  # our commands: the browser's fd 3
        self.from_r, from_w = os.pipe()  # its answers: the browser's fd 4
        args = [
            exe, "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--disable-sync",
            "--disable-component-update", "--mute-audio", "--hide-scrollbars",
            "--font-render-hinting=none", "--force-color-profile=srgb",
            "--user-data-dir=" + self.profile, "--remote-debugging-pipe", "about:blank",
        ]

        def fds():
            os.dup2(to_r, 3)
            os.dup2(from_w, 4)

        try:
            self.proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                         stderr=subprocess.PIPE, preexec_fn=fds, pass_fds=(3, 4),
                                         close_fds=True)
        except OSError as e:
            raise Skip("chromium cannot start: %s" % e)
        os.close(to_r)
        os.close(from_w)
        self.buf = b""
        self.next_id = 0
        self.events = []
        try:
            tid = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
            self.session = self.call("Target.attachToTarget", {"targetId": tid, "flatten": True})["sessionId"]
        except (OSError, RuntimeError, TimeoutError) as e:
            why = "it exited with status %d" % self.proc.returncode if self.proc.poll() is not None else e
            err = self.stop()
            raise Skip("%s cannot run here: %s%s" % (exe, why, ("\n" + err) if err else ""))
        self.call("Page.enable", session=True)

    def stop(self):
        """Close the browser; its standard error (for a message)."""
        err = ""
        if self.proc.poll() is None:
            try:
                self.send("Browser.close", {})
            except OSError:
                pass
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        try:
            err = self.proc.stderr.read().decode("utf-8", "replace").strip()
        except (OSError, ValueError):
            pass
        for fd in (self.to_w, self.from_r):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)
        return "\n".join(err.splitlines()[-5:])

    def send(self, method, params, session=False):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params}
        if session:
            msg["sessionId"] = self.session
        os.write(self.to_w, json.dumps(msg).encode() + b"\0")
        return self.next_id

    def receive(self):
        import select
        while b"\0" not in self.buf:
            ready, _, _ = select.select([self.from_r], [], [], TIMEOUT)
            if not ready:
                raise TimeoutError("no answer from chromium in %d s" % TIMEOUT)
            chunk = os.read(self.from_r, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buf += chunk
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def call(self, method, params=None, session=False):
        want = self.send(method, params or {}, session)
        while True:
            msg = self.receive()
            if msg.get("id") == want:
                if "error" in msg:
                    raise RuntimeError("%s: %s" % (method, msg["error"].get("message")))
                return msg.get("result", {})
            if "method" in msg:
                self.events.append(msg)

    def wait_event(self, method):
        while True:
            for i, e in enumerate(self.events):
                if e["method"] == method:
                    del self.events[i]
                    return e
            self.events.append(self.receive())

    def page(self, method, params=None):
        return self.call(method, params, session=True)

    def evaluate(self, expr):
        r = self.page("Runtime.evaluate", {"expression": expr, "returnByValue": True})
        if "exceptionDetails" in r:
            raise RuntimeError("script failed: %s" % r["exceptionDetails"].get("text"))
        return r["result"].get("value")

    def open(self, url):
        self.events.clear()
        self.page("Page.navigate", {"url": url})
        self.wait_event("Page.loadEventFired")


# What sticks out of the window, outside any box that scrolls or clips:
# the elements to name when the page is too wide.
MEASURE = r"""
(() => {
  // innerWidth is no measure on a phone: the browser zooms out to show
  // a page that is too wide, and innerWidth grows with it. The window's
  // layout width is the root's clientWidth.
  const iw = Math.min(innerWidth, document.documentElement.clientWidth), out = [], wide = new Set();
  const boxed = el => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if (o !== 'visible') return true;
    }
    return false;
  };
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    // a box that fits may still let its content stick out (a long word)
    const right = getComputedStyle(el).overflowX === 'visible' ? Math.max(r.right, r.left + el.scrollWidth) : r.right;
    if (right > iw + 0.5 && !boxed(el)) {
      wide.add(el);
      if (wide.has(el.parentElement)) continue;  // its outermost box says it
      const cls = el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : '';
      out.push(el.tagName.toLowerCase() + cls + ' (' + Math.round(right) + ' px): ' +
               (el.innerText || el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 50));
    }
  }
  return {scrollWidth: document.documentElement.scrollWidth, innerWidth: iw,
          height: document.documentElement.scrollHeight, offenders: out.slice(0, 5)};
})()
"""


# The boxes of the inline charts, in page coordinates (the screenshot's
# clip is in the page's, not the window's).
CHARTS = r"""
(() => Array.from(document.querySelectorAll('svg'), (el, i) => {
  const r = el.getBoundingClientRect();
  const t = el.querySelector('title');
  return {name: (t && t.textContent.trim()) || ('svg ' + (i + 1)),
          x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height};
}))()
"""


def png_pixels(data):
    """The pixels of a PNG as Chromium writes it (8 bits a channel, RGB
    or RGBA, not interlaced): (width, height, rows of bytes, bytes per
    pixel). No imaging library is needed for that."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise RuntimeError("the screenshot is not a PNG")
    pos, idat, head = 8, b"", None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        pos += 12 + n
        if kind == b"IHDR":
            head = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
    w, h, depth, colour, _, _, interlace = head
    if depth != 8 or colour not in (2, 6) or interlace:
        raise RuntimeError("screenshot PNG of depth %d, colour type %d: not read here" % (depth, colour))
    bpp = 3 if colour == 2 else 4
    raw, stride, rows, prev = zlib.decompress(idat), w * bpp, [], bytearray(w * bpp)
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, rows, bpp


def drawn_share(png):
    """The share of a screenshot's pixels unlike its most common colour
    (the background): 0 for a blank box."""
    w, h, rows, bpp = png_pixels(png)
    count = {}
    for row in rows:
        for i in range(0, len(row), bpp):
            px = row[i:i + 3]
            count[px] = count.get(px, 0) + 1
    total = w * h
    return (total - max(count.values())) / total if total else 0.0


def chart_problems(b, width):
    """Each inline chart that shows nothing at this width, with why."""
    out = []
    for c in b.evaluate(CHARTS):
        if c["width"] < MIN_SIDE or c["height"] < MIN_SIDE:
            out.append("at %d px the chart '%s' is %.0f x %.0f px (it shows nothing)" % (
                width, c["name"], c["width"], c["height"]))
            continue
        shot = b.page("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": c["x"], "y": c["y"], "width": c["width"], "height": c["height"], "scale": 1}})
        share = drawn_share(base64.b64decode(shot["data"]))
        if share < MIN_DRAWN:
            out.append("at %d px the chart '%s' is blank: %.1f %% of its %.0f x %.0f px drawn, want %.0f %%" % (
                width, c["name"], 100 * share, c["width"], c["height"], 100 * MIN_DRAWN))
    return out


def words(text):
    """The words of a text, compatibility-normalised (ligatures, no-break
    spaces), without the punctuation that PDF text extraction may move."""
    text = unicodedata.normalize("NFKC", text)
    out = []
    for w in text.split():
        w = w.strip(".,;:!?()[]\"'‘’“”")
        if w:
            out.append(w)
    return out


def chars(text):
    """The characters of a text that printing must keep, counted: no
    white space, and no hyphens (pdftotext drops the one a line ends
    in)."""
    have = {}
    for c in unicodedata.normalize("NFKC", text):
        if not c.isspace() and c != "-":
            have[c] = have.get(c, 0) + 1
    return have


def lost_words(page_text, pdf_text):
    """What of the page's text the PDF lacks: [] when every character is
    there (as many times), else the words missing, or the characters
    when every word is found somewhere. Characters, not words, decide:
    pdftotext reads table cells side by side and may run the text of
    neighbouring cells together ("SWV-2026januari"), but a column cut
    off at the paper's edge loses its characters."""
    have, want = chars(pdf_text), chars(page_text)
    short = {c: n - have.get(c, 0) for c, n in want.items() if have.get(c, 0) < n}
    if not short:
        return []
    count = {}
    for w in words(pdf_text):
        count[w] = count.get(w, 0) + 1
    joined = "".join(words(pdf_text)).replace("-", "")
    lost = []
    for w in words(page_text):
        if count.get(w, 0) > 0:
            count[w] -= 1
        elif w.replace("-", "") not in joined:
            lost.append(w)
    return lost or ["%s (%d× too few)" % (c, n) for c, n in sorted(short.items())]


def run_tool(args):
    p = subprocess.run(args, capture_output=True)
    if p.returncode != 0:
        raise RuntimeError("%s failed: %s" % (args[0], p.stderr.decode("utf-8", "replace").strip()))
    return p.stdout.decode("utf-8", "replace")


def pdf_pages(path):
    m = re.search(r"^Pages:\s+(\d+)", run_tool(["pdfinfo", path]), re.M)
    return int(m.group(1)) if m else 0


def screenshot(b, width, path):
    mobile = width < 600
    b.page("Emulation.setDeviceMetricsOverride",
           {"width": width, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": mobile})
    m = b.evaluate(MEASURE)
    if path:
        h = min(max(m["height"], HEIGHT), MAX_SHOT)
        shot = b.page("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": h, "scale": 1}})
        with open(path, "wb") as f:
            f.write(base64.b64decode(shot["data"]))
    return m


def is_url(path):
    return path.startswith(("http://", "https://"))


def page_name(path):
    """What a page's screenshots and PDF are called: the file's name, or
    for an address its path ("/casus/2" is casus-2; "/" is index)."""
    if is_url(path):
        where = re.sub(r"^[a-z]+://[^/]*", "", path).split("?", 1)[0].strip("/")
        return re.sub(r"[^A-Za-z0-9]+", "-", where) or "index"
    return os.path.splitext(os.path.basename(path))[0]


def check_page(b, path, expect, screens, tmp, name=None):
    """The problems of one page (empty: it passed). path is a file or an
    address (a page a local server serves, e.g. `opp serve`)."""
    name = name or page_name(path)
    url = path if is_url(path) else "file://" + os.path.abspath(path)
    problems = []

    b.page("Emulation.setEmulatedMedia", {"media": "screen"})
    b.page("Emulation.setDeviceMetricsOverride",
           {"width": WIDTHS[0], "height": HEIGHT, "deviceScaleFactor": 1, "mobile": True})
    b.open(url)
    for w in WIDTHS:
        shot = os.path.join(screens, "%s-%d.png" % (name, w)) if screens else None
        m = screenshot(b, w, shot)
        if m["scrollWidth"] > m["innerWidth"]:
            problems.append("at %d px the page is %d px wide (it scrolls sideways)%s" % (
                w, m["scrollWidth"], "".join("\n      " + o for o in m["offenders"])))
        problems += chart_problems(b, w)

    # Print: the text as printed, then the PDF as Chromium's print makes it.
    b.page("Emulation.clearDeviceMetricsOverride")
    b.page("Emulation.setEmulatedMedia", {"media": "print"})
    page_text = b.evaluate("document.body.innerText")
    pdf = b.page("Page.printToPDF", {
        "paperWidth": A4[0], "paperHeight": A4[1], "preferCSSPageSize": True,
        "printBackground": True, "displayHeaderFooter": False})
    b.page("Emulation.setEmulatedMedia", {"media": "screen"})
    pdf_path = os.path.join(screens, name + ".pdf") if screens else os.path.join(tmp, name + ".pdf")
    with open(pdf_path, "wb") as f:
        f.write(base64.b64decode(pdf["data"]))
    pages = pdf_pages(pdf_path)
    lost = lost_words(page_text, run_tool(["pdftotext", "-enc", "UTF-8", pdf_path, "-"]))
    if lost:
        shown = " ".join(lost[:12]) + (" …" if len(lost) > 12 else "")
        problems.append("printed on A4, %d word(s) of the page are not in the PDF (cut off?): %s" % (
            len(lost), shown))
    if expect is not None:
        op, n = expect
        if (op == "=" and pages != n) or (op == "<=" and pages > n):
            problems.append("printed on A4 it has %d page(s), expected %s%d" % (
                pages, "" if op == "=" else "at most ", n))
    return problems, pages


def parse_expect(s):
    if s in (None, "-"):
        return None
    m = re.fullmatch(r"(<=)?(\d+)", s)
    if not m:
        raise ValueError("page count '%s' is not N, <=N or -" % s)
    return ("<=" if m.group(1) else "=", int(m.group(2)))


def read_manifest(path):
    pages = []
    base = os.path.dirname(os.path.abspath(path))
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.split("#", 1)[0].split()
            if not line:
                continue
            if len(line) > 2:
                raise ValueError("%s:%d: expected `PAGE.html [PAGES]`" % (path, ln))
            pages.append((os.path.join(base, line[0]), parse_expect(line[1] if len(line) > 1 else None)))
    return pages


def main():
    ap = argparse.ArgumentParser(description="Check HTML pages in headless Chromium: no sideways "
                                 "scrolling at 375 and 1,200 px, nothing cut off on A4.")
    ap.add_argument("pages", nargs="*", metavar="PAGE.html")
    ap.add_argument("--manifest", help="a file of `PAGE.html [PAGES]` lines")
    ap.add_argument("--expect-pages", type=int, metavar="N", help="the PDF has exactly N pages")
    ap.add_argument("--max-pages", type=int, metavar="N", help="the PDF has at most N pages")
    ap.add_argument("--screens", metavar="DIR", help="keep screenshots and PDFs in DIR")
    a = ap.parse_args()
    try:
        todo = read_manifest(a.manifest) if a.manifest else []
    except (OSError, ValueError) as e:
        print("check.py: %s" % e, file=sys.stderr)
        return 2
    expect = ("=", a.expect_pages) if a.expect_pages is not None else (
        ("<=", a.max_pages) if a.max_pages is not None else None)
    todo += [(p, expect) for p in a.pages]
    if not todo:
        ap.print_usage(sys.stderr)
        return 2
    for p, _ in todo:
        if not is_url(p) and not os.path.isfile(p):
            print("check.py: %s: no such file" % p, file=sys.stderr)
            return 2
    for tool in ("pdftotext", "pdfinfo"):
        if not shutil.which(tool):
            print("check.py: skipped: %s is not installed (poppler-utils; make deps)" % tool,
                  file=sys.stderr)
            return SKIP
    if a.screens:
        os.makedirs(a.screens, exist_ok=True)
    try:
        b = Browser()
    except Skip as e:
        print("check.py: skipped: %s" % e, file=sys.stderr)
        return SKIP
    failed = 0
    try:
        with tempfile.TemporaryDirectory(prefix="opp-browser-pdf-") as tmp:
            for p, exp in todo:
                problems, pages = check_page(b, p, exp, a.screens, tmp)
                if problems:
                    failed += 1
                    print("FAIL %s" % p)
                    for pr in problems:
                        print("    " + pr)
                else:
                    print("ok   %s (A4: %d page%s)" % (p, pages, "" if pages == 1 else "s"))
    except (RuntimeError, TimeoutError, OSError) as e:
        print("check.py: %s" % e, file=sys.stderr)
        err = b.stop()
        if err:
            print(err, file=sys.stderr)
        return 1
    b.stop()
    print("browser: %d passed, %d failed" % (len(todo) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
