#!/usr/bin/python3
"""Check the reminder mails of `opp due --eml` with Python's email package.

    mailcheck.py DIR [--forbid WORD]... [--must WORD]...

For every DIR/*.eml: CRLF line ends, no line over 998 octets and no
header line over 78; parsed without defects (policy.default); exactly the
headers Date, Message-ID, From, To, Subject, MIME-Version and
Content-Type; multipart/alternative with a text/plain and a text/html
part, both UTF-8 and quoted-printable; every item of the text part also in
the HTML part. No WORD given with --forbid may occur in the file name, a
header or a decoded part (case-insensitive); every --must WORD must occur
in some mail. Prints the file name, the decoded headers, which ACTIE
markers each mail carries and its text part: the golden output. Exit 1
with the reasons when a check fails.
"""
import email
import email.header
import email.policy
import email.utils
import html.parser
import os
import re
import sys

HEADERS = ["Date", "Message-ID", "From", "To", "Subject", "MIME-Version", "Content-Type"]
problems = []


def problem(name, msg):
    problems.append("%s: %s" % (name, msg))


class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "title"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "title"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def squash(s):
    return " ".join(s.split())


def check(path, forbid, seen):
    name = os.path.basename(path)
    raw = open(path, "rb").read()
    lines = raw.split(b"\r\n")
    if lines[-1] != b"":
        problem(name, "does not end in CRLF")
    for i, line in enumerate(lines):
        if b"\n" in line or b"\r" in line:
            problem(name, "line %d: a bare CR or LF" % (i + 1))
        if len(line) > 998:
            problem(name, "line %d: %d octets (over 998)" % (i + 1, len(line)))
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\r\n")
    for i, line in enumerate(head):
        if len(line) > 78:
            problem(name, "header line %d: %d octets (over 78)" % (i + 1, len(line)))
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg.defects:
        problem(name, "defects: %s" % msg.defects)
    keys = list(msg.keys())
    if keys != HEADERS:
        problem(name, "headers %s, want %s" % (keys, HEADERS))
    out = ["== " + name]
    raw_msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    for h in HEADERS[:5]:
        v = msg[h]
        if v is None:
            continue
        if h in ("From", "To"):
            addrs = v.addresses
            if len(addrs) != 1:
                problem(name, "%s has %d addresses" % (h, len(addrs)))
            # The header as RFC 2047 decodes it (Python 3.11's address
            # parser keeps the folding white space between two encoded
            # words of a display name, which RFC 2047 6.2 drops).
            v = "%s  [address: %s]" % (
                str(email.header.make_header(email.header.decode_header(raw_msg[h]))).replace("\r\n", ""),
                addrs[0].addr_spec if addrs else "-")
        out.append("%s: %s" % (h, v))
    try:
        email.utils.parsedate_to_datetime(msg["Date"])
    except (TypeError, ValueError):
        problem(name, "Date does not parse: %r" % msg["Date"])
    if not re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", str(msg["Message-ID"] or "")):
        problem(name, "Message-ID %r" % msg["Message-ID"])
    to = msg["To"].addresses[0].addr_spec.lower() if msg["To"] else ""
    if not name.endswith("-" + to + ".eml"):
        problem(name, "the file name is not the day and the To address (%s)" % to)
    if msg.get_content_type() != "multipart/alternative":
        problem(name, "content type %s" % msg.get_content_type())
    parts = list(msg.iter_parts())
    types = [p.get_content_type() for p in parts]
    if types != ["text/plain", "text/html"]:
        problem(name, "parts %s" % types)
    texts = {}
    for p in parts:
        if p.defects:
            problem(name, "%s: defects %s" % (p.get_content_type(), p.defects))
        if p.get_content_charset() != "utf-8":
            problem(name, "%s: charset %s" % (p.get_content_type(), p.get_content_charset()))
        if p["Content-Transfer-Encoding"] != "quoted-printable":
            problem(name, "%s: encoding %s" % (p.get_content_type(), p["Content-Transfer-Encoding"]))
        texts[p.get_content_type()] = p.get_content()
    text = texts.get("text/plain", "")
    parser = Text()
    parser.feed(texts.get("text/html", ""))
    html_text = squash("".join(parser.parts))
    for line in text.splitlines():
        if line.startswith("- ") and squash(line[2:]) not in html_text:
            problem(name, "item not in the HTML part: %s" % line)
    everything = "\n".join([name, raw.decode("utf-8", "replace")] + [str(msg[h]) for h in HEADERS] +
                           list(texts.values()))
    for w in forbid:
        if w.lower() in everything.lower():
            problem(name, "carries %r" % w)
    acties = sorted(set(re.findall(r"ACTIE-[A-Z]+", "\n".join(texts.values()))))
    seen.update(acties)
    out.append("actions: " + (" ".join(acties) or "-"))
    out.append("")
    out.extend(text.rstrip("\n").split("\n"))
    out.append("")
    return out


def main():
    args = sys.argv[1:]
    forbid, must = [], []
    while len(args) > 1 and args[-2] in ("--forbid", "--must"):
        (forbid if args[-2] == "--forbid" else must).append(args[-1])
        args = args[:-2]
    (folder,) = args
    names = sorted(n for n in os.listdir(folder) if n.endswith(".eml"))
    seen = set()
    for n in names:
        print("\n".join(check(os.path.join(folder, n), forbid, seen)))
    for w in must:
        if w not in seen:
            problems.append("no mail carries %s" % w)
    others = sorted(set(os.listdir(folder)) - set(names))
    if others:
        problems.append("other files in the folder: %s" % others)
    print("%d mails" % len(names))
    if problems:
        print("\n".join("FAIL " + p for p in problems))
        sys.exit(1)
    print("checks: ok")


main()
