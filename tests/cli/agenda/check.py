#!/usr/bin/python3
"""Check the invitation files of `opp agenda` with Debian's python3-icalendar
and Python's email package, and print what they say (for golden tests).

  check.py ics FILE   iCalendar: parses, no component has .errors, CRLF line
                      ends, lines of at most 75 octets, each valid UTF-8
  check.py eml FILE   mail: parses without defects, headers decode (a
                      Message-ID), multipart/mixed around a multipart/
                      alternative of text/plain, text/html and text/calendar
                      (method=REQUEST), the same calendar attached as
                      uitnodiging.ics; the calendar passes the ics checks
                      and its DESCRIPTION is the agenda without the
                      preparation; the text greets, carries the agenda and
                      signs off with the From name

Prints a summary on stdout; any failure goes to stdout too, exit status 1.
Run with /usr/bin/python3 (Debian's modules).
"""
import email
import email.policy
import re
import sys

import icalendar

failed = False


def fail(msg):
    global failed
    failed = True
    print("FAIL:", msg)


def ical(v):
    x = v.to_ical()
    return x.decode() if isinstance(x, bytes) else x


def check_lines(raw):
    if not raw.endswith(b"\r\n"):
        fail("the calendar does not end in CRLF")
    for n, line in enumerate(raw.split(b"\r\n")[:-1], 1):
        if b"\n" in line or b"\r" in line:
            fail("line %d: bare CR or LF" % n)
        if len(line) > 75:
            fail("line %d: %d octets" % (n, len(line)))
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            fail("line %d: folded inside a UTF-8 character" % n)


def check_ics(raw):
    check_lines(raw)
    cal = icalendar.Calendar.from_ical(raw)
    for comp in cal.walk():
        if comp.errors:
            fail("%s: %s" % (comp.name, comp.errors))
    print("METHOD", cal.get("METHOD"))
    tzids = [str(tz.get("TZID")) for tz in cal.walk("VTIMEZONE")]
    print("VTIMEZONE", ", ".join(tzids))
    for tz in cal.walk("VTIMEZONE"):
        for sub in tz.subcomponents:
            print("  %s %s %s %s" % (sub.name, sub.get("TZNAME"), ical(sub.get("TZOFFSETTO")),
                                     ical(sub.get("RRULE"))))
    events = cal.walk("VEVENT")
    if len(events) != 1:
        fail("%d VEVENTs" % len(events))
        return
    ev = events[0]
    uid = str(ev.get("UID"))
    if not re.fullmatch(r"[0-9a-f]{32}@opp", uid):
        fail("UID %s" % uid)
    print("UID <32 hex>@opp")
    print("SEQUENCE", ev.get("SEQUENCE"))
    print("DTSTAMP", ev.decoded("DTSTAMP").isoformat())
    start, end = ev.get("DTSTART"), ev.get("DTEND")
    print("DTSTART", start.dt.isoformat(), "TZID=%s" % start.params.get("TZID", "-"),
          "VALUE=%s" % start.params.get("VALUE", "DATE-TIME"))
    if start.params.get("TZID") and str(start.dt.tzinfo) != start.params["TZID"]:
        fail("DTSTART is not in its TZID: %s" % start.dt.tzinfo)
    delta = end.dt - start.dt
    print("duration", int(delta.total_seconds() // 60), "minutes")
    print("SUMMARY", ev.get("SUMMARY"))
    print("LOCATION", ev.get("LOCATION"))
    org = ev.get("ORGANIZER")
    print("ORGANIZER", org, "CN=%s" % org.params.get("CN"))
    atts = ev.get("ATTENDEE")
    atts = atts if isinstance(atts, list) else [atts]
    for a in atts:
        p = a.params
        if p.get("PARTSTAT") != "NEEDS-ACTION" or p.get("RSVP") != "TRUE":
            fail("attendee %s: %s" % (a, dict(p)))
        print("ATTENDEE %s %s CN=%s" % (a, p.get("ROLE"), p.get("CN")))
        if "evil" in str(a):
            fail("an injected attendee")
    desc = str(ev.get("DESCRIPTION"))
    print("DESCRIPTION %d lines, first: %s" % (desc.count("\n") + 1, desc.split("\n")[0]))
    return desc


def main():
    kind, path = sys.argv[1], sys.argv[2]
    raw = open(path, "rb").read()
    if kind == "ics":
        check_ics(raw)
    else:
        if b"\r\n" not in raw or re.search(rb"(?<!\r)\n", raw):
            fail("mail lines do not all end in CRLF")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
        for line in head.split("\r\n"):
            if not line[:1].isspace() and line.split(":")[0] not in (
                    "Date", "Message-ID", "From", "To", "Subject", "MIME-Version", "Content-Type"):
                fail("header line %r" % line)
            if len(line) > 998:
                fail("header line of %d characters" % len(line))
        for part in msg.walk():
            if part.defects:
                fail("%s: %s" % (part.get_content_type(), part.defects))
        print("Date", msg["Date"].datetime.isoformat())
        mid = msg["Message-ID"]
        if not mid or not re.fullmatch(r"<[0-9a-f]{32}\.\d+\.\d+@[a-z0-9.-]+>", str(mid)):
            fail("Message-ID %r" % mid)
        print("Message-ID <32 hex>.<sequence>.<time>@%s" % str(mid).split("@")[-1].rstrip(">"))
        print("From", msg["From"])
        for a in msg["To"].addresses:
            print("To", a)
        print("Subject", msg["Subject"])
        print("Bcc", msg["Bcc"], "Cc", msg["Cc"])

        def tree(p, depth=0):
            extra = ""
            if p.get_filename():
                extra = " %s %s" % (p.get_content_disposition(), p.get_filename())
            if p.get_content_type() == "text/calendar":
                extra = " method=%s" % p.get_param("method")
            print("  " * depth + "MIME", p.get_content_type() + extra)
            if p.is_multipart():
                for q in p.iter_parts():
                    tree(q, depth + 1)
        tree(msg)
        text = html = cal = att = None
        for p in msg.walk():
            if p.get_content_type() == "text/plain":
                text = p.get_content().replace("\r\n", "\n")
            if p.get_content_type() == "text/html":
                html = p.get_content()
            if p.get_content_type() == "text/calendar":
                cal = p.get_payload(decode=True)
            if p.get_content_type() == "application/ics":
                att = p.get_payload(decode=True)
        if text is None or cal is None or html is None or att is None:
            fail("a part is missing")
            return 1
        if att != cal:
            fail("the attached .ics is not the calendar part")
        lines = text.split("\n")
        print("text: first:", lines[0])
        print("text: sign-off:", " / ".join(l for l in lines[-4:] if l))
        if not lines[0].startswith("Beste "):
            fail("no greeting")
        name = msg["From"].addresses[0].display_name
        if name and lines[-1] != name and lines[-2] != name:
            fail("the sign-off is not the organizer's name")
        if "<html" not in html or "Beste " not in html:
            fail("the HTML part is not the mail")
        desc = check_ics(cal)
        if desc.strip().split("\n")[0] not in text:
            fail("the mail does not carry the agenda")
        for h in ("Wat we al weten", "Wat er sinds het vorige overleg", "Doelen en inzet"):
            if h in desc:
                fail("the calendar holds the preparation: %s" % h)
    return 1 if failed else 0


sys.exit(main())
