#!/usr/bin/python3
"""Drive `opp serve` as a browser and as an attacker would, over real
sockets on the loopback interface (Python's http.client and raw sockets).

    check.py OPP EXAMPLES_DIR SCRATCH_DIR
    check.py --corpus OPP CORPUS_DIR

Starts the server on a free port this script picks (127.0.0.1 only),
under LANG=C, over a copy of the examples and a few awkward files, then
checks: the token
(403 without it, in the wrong place, or with a wrong Host; a cookie and a
redirect with it), every page, path traversal, methods, a huge header,
10,000 headers, a non-HTTP byte stream, a client that sends a byte a
second (cut off within the bound), a live edit and a half-written file,
a symlink out of the folder, files that cannot be read (a symlink that
points nowhere, a FIFO; a folder named *.yaml is a folder), the source
view the findings and due items link to, the findings in Dutch whatever
the locale, a port in use, and a clean stop on SIGTERM with nothing on
stderr. After each attack the server must still answer. With --corpus,
a short part (the token, traversal, a huge header) over a generated
caseload. Prints one "ok: ..." line per group, or "FAIL: ..." lines, and
exits 1 on any failure.
"""
import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time

CORPUS = sys.argv[1:2] == ["--corpus"]
if CORPUS:
    OPP, FOLDER = sys.argv[2:4]
else:
    OPP, EXAMPLES, SCRATCH = sys.argv[1:4]
BOUND = 10  # seconds: OPP_HTTP_SECONDS
failures = []


def expect(cond, msg):
    if not cond:
        failures.append(msg)
        print("FAIL: " + msg)
    return cond


class Group:
    def __init__(self):
        self.n0 = len(failures)

    def done(self, what):
        print(("ok: " if len(failures) == self.n0 else "NOT ok: ") + what)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def start(folder, *args):
    port = free_port()
    # The user's locale says nothing of the pages' language: they are Dutch
    # under LANG=C too, findings and reasons included.
    env = dict(os.environ, LANG="C", LC_ALL="C", LANGUAGE="")
    p = subprocess.Popen([OPP, "serve", "--port", str(port), "--as-of", "2027-01-05", *args, folder],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    line = p.stdout.readline().strip()
    m = re.match(r"http://127\.0\.0\.1:(\d+)/\?token=([0-9a-f]{32})$", line)
    if not expect(m and int(m.group(1)) == port, f"the address printed: {line!r}"):
        p.kill()
        sys.exit(1)
    return p, port, m.group(2)


def request(port, path, headers=None, method="GET", host=None):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=BOUND + 5)
    h = {"Host": host or f"127.0.0.1:{port}"}
    h.update(headers or {})
    c.request(method, path, headers=h)
    r = c.getresponse()
    body = r.read()
    c.close()
    return r.status, dict((k.lower(), v) for k, v in r.getheaders()), body.decode("utf-8", "replace")


def alive(port, cookie, what):
    try:
        st, _, _ = request(port, "/caseload", {"Cookie": cookie})
    except OSError as e:
        st = str(e)
    expect(st == 200, f"after {what}: the server answers {st!r}, not 200")


def raw(port, data, wait=2.0):
    """Send bytes, return what comes back until the server closes (or wait)."""
    s = socket.create_connection(("127.0.0.1", port), timeout=wait)
    got = b""
    try:
        s.sendall(data)
        while True:
            b = s.recv(65536)
            if not b:
                break
            got += b
    except (socket.timeout, ConnectionResetError, BrokenPipeError):
        pass
    s.close()
    return got


def refused(port, token):
    """403 without the token, in the wrong place, or with a foreign Host."""
    cookie = f"opp={token}"
    g = Group()
    st, h, body = request(port, "/")
    expect(st == 403 and body == "403\n", f"no token: {st} {body!r}")
    for what, path, hdr in [
        ("a wrong token", f"/?token={'0' * 32}", {}),
        ("the token in the path", f"/token={token}", {}),
        ("the token as a header", "/", {"Authorization": f"Bearer {token}"}),
        ("the token under another cookie name", "/", {"Cookie": f"token={token}"}),
        ("a token one character short", "/", {"Cookie": f"opp={token[:-1]}"}),
    ]:
        st, _, body = request(port, path, hdr)
        expect(st == 403 and body == "403\n", f"{what}: {st}")
    st, h, _ = request(port, f"/caseload?token={token}&sort=stap")
    expect(st == 303 and h.get("location") == "/caseload?sort=stap",
           f"the token in the address: {st}, Location {h.get('location')!r}")
    expect(h.get("set-cookie", "").startswith(f"opp={token}; Path=/; HttpOnly; SameSite=Strict"),
           f"the cookie: {h.get('set-cookie')!r}")
    st, _, _ = request(port, "/", {"Cookie": cookie}, host="evil.example")
    expect(st == 403, f"a rebound Host: {st}")
    st, _, _ = request(port, "/", {"Cookie": cookie}, host=f"127.0.0.1:{port + 1}")
    expect(st == 403, f"another port in Host: {st}")
    g.done("403 without the token, in the wrong place or with a foreign Host; a cookie and a redirect with it")


def traversal(port, cookie, n):
    """Paths that name no page (there are n cases) are 404; POST 405."""
    g = Group()
    for path in ["/casus/../../etc/passwd", "/casus/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
                 "/casus/0/../../../etc/passwd", "/casus/-1", "/casus/00", "/casus/9999999999",
                 f"/casus/{n}", f"/casus/{n}/bron", "/casus/0/bron/", "/casus/0/bron/../../x",
                 "/casus/0/bron%2f..", "/casus/0/bron%00", "/casus/0/overleg/99", "//etc/passwd", "/casus/0%00"]:
        st, _, body = request(port, path, {"Cookie": cookie})
        expect(st == 404 and "root:" not in body, f"{path}: {st}")
    st, h, _ = request(port, "/caseload", {"Cookie": cookie}, method="POST")
    expect(st == 405 and h.get("allow") == "GET, HEAD", f"POST: {st} {h.get('allow')!r}")
    st, _, body = request(port, "/caseload", {"Cookie": cookie}, method="HEAD")
    expect(st == 200 and body == "", f"HEAD: {st} {len(body)} bytes")
    alive(port, cookie, "traversal")
    g.done("path traversal (plain, encoded, NUL) is 404; POST 405; HEAD has no body")


def huge(port, cookie):
    """A 64 KiB header, 10,000 headers, a non-HTTP stream: refused."""
    g = Group()
    got = raw(port, f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nCookie: {cookie}\r\nX-Big: {'a' * 65536}\r\n\r\n".encode())
    expect(not got.startswith(b"HTTP/1.1 200"), f"a 64 KiB header: {got[:40]!r}")
    alive(port, cookie, "a huge header")
    many = "".join(f"X-H{i}: {i}\r\n" for i in range(10000))
    got = raw(port, f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nCookie: {cookie}\r\n{many}\r\n".encode())
    expect(not got.startswith(b"HTTP/1.1 200"), f"10,000 headers: {got[:40]!r}")
    alive(port, cookie, "10,000 headers")
    got = raw(port, bytes(range(256)) * 64)
    expect(not got.startswith(b"HTTP/1.1 200"), f"a non-HTTP stream: {got[:40]!r}")
    alive(port, cookie, "a non-HTTP stream")
    g.done("a 64 KiB header, 10,000 headers and a non-HTTP byte stream refused; the server answers afterwards")


def main():
    folder = os.path.join(SCRATCH, "cases")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    for f in ("aaron.yaml", "willem.yaml", "vroeg.yaml"):
        shutil.copy(os.path.join(EXAMPLES, f), folder)
    with open(os.path.join(folder, "kapot.yaml"), "w") as f:
        f.write("opp: 1\nleerling: [naam: x\n")
    outside = os.path.join(SCRATCH, "buiten.yaml")
    shutil.copy(os.path.join(EXAMPLES, "vroeg.yaml"), outside)
    os.symlink(outside, os.path.join(folder, "link-naar-buiten.yaml"))
    # Files that cannot be read (EACCES cannot be had as root): a symlink
    # that points nowhere and a FIFO are cases shown as broken with their
    # reason; a folder named *.yaml is a folder, searched like any other.
    os.symlink(os.path.join(folder, "bestaat-niet.yaml"), os.path.join(folder, "weg.yaml"))
    os.mkfifo(os.path.join(folder, "pijp.yaml"))
    os.makedirs(os.path.join(folder, "map.yaml"))

    p, port, token = start(folder)
    cookie = f"opp={token}"
    try:
        refused(port, token)

        g = Group()
        pages = {"/": "Vandaag", "/vandaag?wie=ib-degroot": "Femke de Groot", "/caseload": "Caseload",
                 "/caseload?sort=leerling&dir=af": "Willem", "/casus/0": "Aaron",
                 "/casus/0/overleg/0": "Agenda", "/casus/0/overleg/1?checklist=1": "Checklist",
                 "/casus/0/bron": 'id="regel-1"'}
        for path, word in pages.items():
            st, h, body = request(port, path, {"Cookie": cookie})
            expect(st == 200 and word in body, f"{path}: {st}, {word!r} {'in' if word in body else 'not in'} the page")
            expect(h.get("cache-control") == "no-store" and h.get("x-content-type-options") == "nosniff"
                   and "default-src 'none'" in h.get("content-security-policy", "")
                   and h.get("x-frame-options") == "DENY", f"{path}: the guarding headers {h}")
            expect("<script" not in body and not re.search(r'(src|href)="(https?:)?//', body),
                   f"{path}: a script or an external resource")
        st, _, body = request(port, "/caseload", {"Cookie": cookie})
        expect("onleesbaar" in body, "the broken file is shown as onleesbaar")
        expect("buiten" not in body, "the symlink out of the folder is followed")
        n = body.count('href="/casus/')
        expect(n == 6, f"{n} cases listed, want 6")
        g.done("each page, with no-store, nosniff, DENY and a CSP that loads nothing; a broken file shown, a symlink out not followed")

        g = Group()
        # Sorted by path: 0 aaron, 1 kapot, 2 pijp, 3 vroeg, 4 weg, 5 willem.
        why = {"weg.yaml": (4, "het is een symbolische koppeling naar een bestand dat niet bestaat"),
               "pijp.yaml": (2, "het is een named pipe (FIFO), geen gewoon bestand")}
        st, _, load = request(port, "/caseload", {"Cookie": cookie})
        st, _, today = request(port, "/vandaag?wie=ib-degroot", {"Cookie": cookie})
        expect("<p>6 casussen, waarvan 3 onleesbaar" in load, "the caseload counts 3 unreadable files")
        expect("3 bestanden zijn onleesbaar; wat erin staat, ontbreekt hieronder:" in today,
               "Vandaag says that what 3 files hold is missing")
        for name, (i, reason) in why.items():
            row = re.search(rf'<tr>.*?{re.escape(name)}.*?</tr>', load)
            expect(row and "<strong>onleesbaar</strong>" in row.group(0) and f'href="/casus/{i}"' in row.group(0),
                   f"{name}: on the caseload as onleesbaar, linked: {row and row.group(0)}")
            expect(re.search(rf'<li><a href="/casus/{i}">[^<]*{re.escape(name)}</a>: [^<]*{re.escape(reason)}', today),
                   f"{name}: on Vandaag with its reason in Dutch")
            st, _, body = request(port, f"/casus/{i}", {"Cookie": cookie})
            expect(st == 200 and re.search(rf"<h2>Meldingen \(1\)</h2>\n<p>[^<]*{re.escape(reason)}", body),
                   f"{name}: its Casus page gives the reason in Dutch")
        expect("map.yaml" not in load, "a folder named map.yaml is no case")
        g.done("a symlink that points nowhere and a FIFO: onleesbaar on the caseload, on Vandaag and on their page, with the reason in Dutch; a folder named *.yaml is a folder")

        g = Group()
        # Vandaag's items and the Casus page's findings link to their line
        # in the source view, and that line is there.
        st, _, today = request(port, "/vandaag?wie=ib-degroot", {"Cookie": cookie})
        links = re.findall(r'href="/casus/(\d+)/bron#regel-(\d+)">regel \2</a>', today)
        expect(links, "Vandaag links no item to its line")
        expect(not re.search(r"\(regel \d+\)", today), "Vandaag shows a line as plain text")
        st, _, case = request(port, "/casus/1", {"Cookie": cookie})
        links += re.findall(r'href="/casus/(\d+)/bron#regel-(\d+)">[^<]*kapot\.yaml:\2:\d+</a>', case)
        expect(any(i == "1" for i, _ in links), "the broken file's finding links to its line")
        src = ""
        for i, line in links:
            st, h, src = request(port, f"/casus/{i}/bron", {"Cookie": cookie})
            expect(st == 200 and f'<tr id="regel-{line}"><td class="r">{line}</td>' in src,
                   f"/casus/{i}/bron has no line {line}")
        expect("<td>opp: 1</td>" in src, "the source view shows the text")
        g.done("Vandaag's items and the findings link to their line in the source view, which has it")

        traversal(port, cookie, 6)
        huge(port, cookie)

        g = Group()
        s = socket.create_connection(("127.0.0.1", port))
        s.settimeout(1)
        req = f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nCookie: {cookie}\r\nX-Slow: " + "b" * 100
        t0, cut = time.monotonic(), None
        for ch in req:
            try:
                s.send(ch.encode())
                if s.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b"":
                    cut = time.monotonic() - t0
                    break
            except (BlockingIOError, TimeoutError):
                pass
            except OSError:
                cut = time.monotonic() - t0
                break
            time.sleep(1)
            if time.monotonic() - t0 > BOUND + 8:
                break
        s.close()
        expect(cut is not None and cut <= BOUND + 2, f"a byte a second: cut after {cut} s (bound {BOUND} s)")
        alive(port, cookie, "a slow client")
        print(f"   (the slow client was cut off after {cut:.1f} s)" if cut else "   (not cut off)")
        g.done(f"a client sending a byte a second is cut off within {BOUND} s + 2")

        g = Group()
        path = os.path.join(folder, "aaron.yaml")
        st, _, before = request(port, "/casus/0", {"Cookie": cookie})
        text = open(path, encoding="utf-8").read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace("  naam: Aaron Bakker\n", "  naam: Aaron Bakker\n  geboorteplaats: x\n", 1))
        st, _, after = request(port, "/casus/0", {"Cookie": cookie})
        expect("geboorteplaats" not in before and "geboorteplaats" in after,
               "the live edit: the new finding does not show")
        expect("onbekende sleutel &#39;geboorteplaats&#39; in leerling" in after,
               "under LANG=C the finding is not in Dutch")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text[: len(text) // 2] + "\nonaf: [\n")  # an editor cut off mid-save
        st, _, half = request(port, "/casus/0", {"Cookie": cookie})
        expect(st == 200 and "[syntax]" in half, f"a half-written file: {st}, syntax finding {'[syntax]' in half}")
        tmp = os.path.join(folder, ".aaron.yaml.swp")  # as editors save: a new file renamed over it
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
        st, _, back = request(port, "/casus/0", {"Cookie": cookie})
        expect("Meldingen (0)" in back, "the file written back: its page is clean again")
        os.makedirs(os.path.join(folder, "nieuw", "dieper"))
        st, _, _ = request(port, "/caseload", {"Cookie": cookie})
        shutil.copy(os.path.join(EXAMPLES, "vroeg.yaml"), os.path.join(folder, "nieuw", "dieper", "noor2.yaml"))
        st, _, body = request(port, "/caseload", {"Cookie": cookie})
        n = body.count('href="/casus/')
        expect(n == 7, f"a file in a folder made after the start: {n} cases, want 7")
        os.remove(os.path.join(folder, "nieuw", "dieper", "noor2.yaml"))
        for f in ("kapot.yaml", "weg.yaml", "pijp.yaml"):
            os.remove(os.path.join(folder, f))
        st, _, body = request(port, "/caseload", {"Cookie": cookie})
        expect("onleesbaar" not in body and body.count('href="/casus/') == 3, "a removed file still listed")
        g.done("a live edit shows its finding on the next request, also saved by rename; a half-written file its syntax finding; a file in a new folder comes, a removed one goes")

        g = Group()
        q = subprocess.run([OPP, "serve", "--port", str(port), folder], capture_output=True, text=True, timeout=10)
        expect(q.returncode == 2 and "in use" in q.stderr, f"the port in use: exit {q.returncode}, {q.stderr!r}")
        g.done("a port in use: a clear message, exit 2")
    finally:
        t0 = time.monotonic()
        p.send_signal(signal.SIGTERM)
        try:
            rc = p.wait(timeout=BOUND + 5)
        except subprocess.TimeoutExpired:
            p.kill()
            rc = "killed"
        g = Group()
        expect(rc == 0, f"SIGTERM: exit {rc}")
        expect(time.monotonic() - t0 < 5, f"SIGTERM: stopped after {time.monotonic() - t0:.1f} s")
        err = p.stderr.read()
        expect(err == "", f"the server said on stderr: {err!r}")
        g.done("SIGTERM stops it cleanly (exit 0); nothing on stderr")
    return 1 if failures else 0


def corpus():
    """The short part over a generated caseload: a folder of folders, and
    many more cases than the examples."""
    n = sum(f.endswith(".yaml") for _, _, fs in os.walk(FOLDER) for f in fs if not f.startswith("."))
    p, port, token = start(FOLDER)
    cookie = f"opp={token}"
    try:
        g = Group()
        st, _, body = request(port, "/caseload", {"Cookie": cookie})
        listed = body.count('href="/casus/')
        expect(st == 200 and listed == n, f"the caseload lists {listed} of {n}")
        st, _, body = request(port, f"/casus/{n - 1}/bron", {"Cookie": cookie})
        expect(st == 200 and 'id="regel-1"' in body, f"the last case's source: {st}")
        g.done("the caseload lists every generated case")
        refused(port, token)
        traversal(port, cookie, n)
        huge(port, cookie)
    finally:
        p.send_signal(signal.SIGTERM)
        try:
            rc = p.wait(timeout=BOUND + 5)
        except subprocess.TimeoutExpired:
            p.kill()
            rc = "killed"
        g = Group()
        expect(rc == 0, f"SIGTERM: exit {rc}")
        err = p.stderr.read()
        expect(err == "", f"the server said on stderr: {err!r}")
        g.done("SIGTERM stops it cleanly (exit 0); nothing on stderr")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(corpus() if CORPUS else main())
