#!/usr/bin/python3
"""Fetch pages of `opp serve` and print them as text, for golden tests.

    page.py OPP FOLDER AS_OF PATH...

Starts `opp serve --as-of AS_OF FOLDER` on a free loopback port, fetches
each PATH with the token and prints its status, then the page as lines:
headings as "#"s, list items as "- ", table rows as "| a | b |", other
blocks as their text. The server is stopped with SIGTERM; its exit
status is printed last.
"""
import html.parser
import http.client
import re
import signal
import socket
import subprocess
import sys

OPP, FOLDER, AS_OF = sys.argv[1:4]
PATHS = sys.argv[4:]


class Text(html.parser.HTMLParser):
    BLOCKS = {"p", "li", "tr", "h1", "h2", "h3", "h4", "pre", "dt", "dd", "figcaption"}

    def __init__(self):
        super().__init__()
        self.lines, self.cur, self.skip, self.cells = [], None, 0, None

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "title", "svg"):
            self.skip += 1
        elif tag == "tr":
            self.cells = []
        elif tag in ("td", "th") and self.cells is not None:
            self.cells.append("")
        elif tag in self.BLOCKS and self.cells is None:
            self.cur = ("#" * int(tag[1]) + " " if tag[0] == "h" and tag[1:].isdigit() else
                        "- " if tag == "li" else "")
            self.lead = len(self.cur)

    def handle_endtag(self, tag):
        if tag in ("style", "title", "svg"):
            self.skip -= 1
        elif tag == "tr" and self.cells is not None:
            self.lines.append("| " + " | ".join(c.strip() for c in self.cells) + " |")
            self.cells = None
        elif tag in self.BLOCKS and self.cur is not None and self.cells is None:
            if len(self.cur) > self.lead:
                self.lines.append(re.sub(r"\s+", " ", self.cur).rstrip())
            self.cur = None

    def handle_data(self, data):
        if self.skip:
            return
        if self.cells:
            self.cells[-1] += data
        elif self.cur is not None:
            self.cur += data


def main():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    p = subprocess.Popen([OPP, "serve", "--port", str(port), "--as-of", AS_OF, FOLDER],
                         stdout=subprocess.PIPE, text=True)
    token = re.search(r"token=([0-9a-f]{32})", p.stdout.readline()).group(1)
    for path in PATHS:
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        c.request("GET", path, headers={"Cookie": "opp=" + token})
        r = c.getresponse()
        t = Text()
        t.feed(r.read().decode("utf-8"))
        print("== %s: %d" % (path, r.status))
        for line in t.lines:
            print(line)
        c.close()
    p.send_signal(signal.SIGTERM)
    print("serve: exit %d" % p.wait(timeout=10))


if __name__ == "__main__":
    main()
