#!/usr/bin/python3
"""The invitation carries what its reader may see and nothing more
(opp-format, Readers: invitation). Makes the .ics, the mail, the agenda
(md and html) and the checklist of privacy.yaml in three variants (an OT without and with the meeting's
toestemming, an evaluation with it), reads every text in them with
python3-icalendar and Python's email package (every header decoded,
every part decoded: text, HTML, calendar, the attached file) and
compares the markers found with exactly those the reader may see.

  privacy.py OPP FIXTURE DIR
"""
import email
import email.policy
import os
import re
import subprocess
import sys

import icalendar

opp, fixture, tmp = sys.argv[1:4]
failed = False

# Never in any invitation: the home situation, the integrative picture,
# phone numbers, funding (amount, reference), the pupil's name written
# out (any case), the birth date (in the ways a date is written: its year
# alone would match a time stamp or a Message-ID by chance).
NEVER = ["MARK-THUIS", "MARK-GEZIN", "MARK-BEELD", "98765432", "123 456", "4321", "MARK-KENMERK",
         "Fenna", "Zwartewaal", "FENNA", "fenna", "2016-02-29", "29 februari 2016", "29-02-2016",
         "20160229"]
# The IB'er's own: the checklist of bijlage 1 and whom the handbook asks
# for that is not invited, and why (the reasons name the signals). Never
# in the agenda or the invitation; the checklist has them.
CHECKLIST = ["Afvinklijst", "Bepaal samen wie je uitnodigt", "Niet uitgenodigd", "andere-levensgebieden"]
# The preparation of an OT (what is known) and of an evaluation (goals
# and their support).
OT_PREP = ["MARK-OBS", "MARK-HYP", "MARK-INGEZET", "MARK-EFFECT"]
EVAL_PREP = ["MARK-GOAL", "MARK-INZET", "MARK-NOTE"]
ALL = ["MARK-DOEL", "F.Z."] + OT_PREP + EVAL_PREP + NEVER + CHECKLIST


def texts_ics(raw):
    cal = icalendar.Calendar.from_ical(raw)
    out = []
    for comp in cal.walk():
        for k, v in comp.items():
            vs = v if isinstance(v, list) else [v]
            for x in vs:
                out.append(str(x))
                out.extend(str(p) for p in getattr(x, "params", {}).values())
    return "\n".join(out)


def texts_mail(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = [str(v) for k, v in msg.items()]
    for p in msg.walk():
        if p.is_multipart():
            continue
        data = p.get_payload(decode=True)
        if p.get_content_type() in ("text/calendar", "application/ics"):
            out.append(texts_ics(data))
        else:
            out.append(data.decode("utf-8"))
    return "\n".join(out)


def found(text):
    return [m for m in ALL if m in text]


def variant(name, consent, soort):
    global failed
    src = open(fixture, encoding="utf-8").read()
    if consent:
        src = src.replace("    genodigden: [fenna, ouders, lk, ib, ortho]\n",
                          "    genodigden: [fenna, ouders, lk, ib, ortho]\n    toestemming: 2026-11-26\n")
    src = src.replace("    soort: ot\n", "    soort: %s\n" % soort)
    path = os.path.join(tmp, name + ".yaml")
    open(path, "w", encoding="utf-8").write(src)
    ics, eml = os.path.join(tmp, name + ".ics"), os.path.join(tmp, name + ".eml")
    md, html, chk = (os.path.join(tmp, name + x) for x in (".md", ".html", "-checklist.md"))
    run = [opp, "agenda", "--no-config", "--as-of", "2026-12-01", path]
    subprocess.run(run + ["--ics", ics, "--eml", eml, "-o", md], check=True, stderr=subprocess.DEVNULL)
    subprocess.run(run + ["-o", html], check=True, stderr=subprocess.DEVNULL)
    subprocess.run(run + ["--checklist", "-o", chk], check=True, stderr=subprocess.DEVNULL)
    prep = (OT_PREP if soort == "ot" else EVAL_PREP) if consent else []
    want = {"ics": ["MARK-DOEL", "F.Z."], "mail": ["MARK-DOEL", "F.Z."] + prep,
            "agenda": ["MARK-DOEL", "F.Z."] + prep, "agenda-html": ["MARK-DOEL", "F.Z."] + prep,
            # at an evaluation the signals call for nobody (001)
            "checklist": ["F.Z."] + (CHECKLIST if soort == "ot" else CHECKLIST[:2])}
    for kind, text in (("ics", texts_ics(open(ics, "rb").read())),
                       ("mail", texts_mail(open(eml, "rb").read())),
                       ("agenda", open(md, encoding="utf-8").read()),
                       ("agenda-html", open(html, encoding="utf-8").read()),
                       ("checklist", open(chk, encoding="utf-8").read())):
        got = found(text)
        ok = sorted(got) == sorted(want[kind])
        failed |= not ok
        print("%s %s: %s%s" % (name, kind, " ".join(got),
                               "" if ok else "   FAIL: want " + " ".join(want[kind])))


variant("ot-zonder-toestemming", False, "ot")
variant("ot-met-toestemming", True, "ot")
variant("evaluatie-met-toestemming", True, "evaluatie")
sys.exit(1 if failed else 0)
