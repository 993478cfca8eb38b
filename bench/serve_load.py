#!/usr/bin/python3
"""Load on `opp serve`, loopback only, bounded in count and time.

    serve_load.py OPP FOLDER CLIENTS SECONDS [PATH]

Starts the server over FOLDER on a free port, takes the cookie, then runs
CLIENTS concurrent keep-alive clients (asyncio, raw HTTP/1.1) that request
PATH (default /caseload) for SECONDS seconds with nothing changing. Prints
one tab-separated line: requests, requests per second, p50 and p99
latency in ms, the server's peak RSS in KB at the start and at the end of
the run (VmHWM after the cold start, then after the load), the cold start
in seconds (start to the first page served) and the failures.
"""
import asyncio
import re
import socket
import subprocess
import sys
import time

OPP, FOLDER, CLIENTS, SECONDS = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
PATH = sys.argv[5] if len(sys.argv) > 5 else "/caseload"


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def hwm(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


async def one(port, req):
    r, w = await asyncio.open_connection("127.0.0.1", port)
    return r, w


async def fetch(r, w, req):
    w.write(req)
    await w.drain()
    head = await r.readuntil(b"\r\n\r\n")
    m = re.search(rb"content-length: *(\d+)", head, re.I)
    n = int(m.group(1)) if m else 0
    await r.readexactly(n)
    return head[:12]


async def client(port, req, stop, lat, fails):
    r = w = None
    while time.monotonic() < stop:
        try:
            if w is None:
                r, w = await one(port, req)
            t0 = time.monotonic()
            status = await fetch(r, w, req)
            lat.append(time.monotonic() - t0)
            if b" 200" not in status:
                fails.append(status)
        except (OSError, asyncio.IncompleteReadError):
            fails.append("connection")
            if w:
                w.close()
            r = w = None
    if w:
        w.close()


async def main():
    port = free_port()
    t0 = time.monotonic()
    p = subprocess.Popen([OPP, "serve", "--port", str(port), "--as-of", "2026-12-01", FOLDER],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = p.stdout.readline().strip()
    token = line.rsplit("token=", 1)[1]
    cookie = f"opp={token}"
    req = (f"GET {PATH} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nCookie: {cookie}\r\n\r\n").encode()
    r, w = await one(port, req)
    await fetch(r, w, req)  # the first page: the cold start ends here
    w.close()
    cold = time.monotonic() - t0
    rss0 = hwm(p.pid)
    lat, fails = [], []
    stop = time.monotonic() + SECONDS
    start = time.monotonic()
    await asyncio.gather(*(client(port, req, stop, lat, fails) for _ in range(CLIENTS)))
    elapsed = time.monotonic() - start
    rss1 = hwm(p.pid)
    p.terminate()
    p.wait(timeout=15)
    lat.sort()
    pct = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000 if lat else float("nan")
    print(f"{len(lat)}\t{len(lat) / elapsed:.0f}\t{pct(0.5):.1f}\t{pct(0.99):.1f}\t{rss0}\t{rss1}\t{cold:.2f}\t{len(fails)}")


asyncio.run(main())
