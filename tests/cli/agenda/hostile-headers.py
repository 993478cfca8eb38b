#!/usr/bin/python3
"""Make a copy of examples/vroeg.yaml whose people have hostile names, or
check the mail `opp agenda --eml` made of it with Python's email package
(policy default): no header added or lost, every name decodes to itself
(less its control and bidi characters), no line over 78 octets in the
header; and the same after a relay cuts every line at 998 octets.

  hostile-headers.py make IN OUT
  hostile-headers.py check EML
"""
import email
import email.policy
import sys

import yaml

NAMES = {
    "ouders-verschuren": "X" * 991 + "Bcc:attacker@example",
    "mentor-kok": " ".join(["Kok"] * 400),
    "ozc-peters": "Peters, Y. \"ozc\"; " * 60,
    "ortho-wolters": "Daphne\r\nBcc: evil@example\u202e sretloW",
    "al-schouten": "=?UTF-8?B?QmNjOiB4QHk=?= Schouten",
    "lpa-deboer": "Mirjam \x1b[2Jde Boer\x85",
    "jgz-demir": "Hatice Demir " + "ğ" * 300,
}
PUPIL = "Noor " + "Verschuren-" * 80 + "Bcc:attacker@example"


def clean(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\t\r\n\v\f\x85\u2028\u2029":
            out.append(" ")
        elif o < 0x20 or 0x7f <= o < 0xa0 or 0x202a <= o <= 0x202e or 0x2066 <= o <= 0x2069:
            continue
        else:
            out.append(ch)
    return "".join(out)


def make(src, dst):
    doc = yaml.safe_load(open(src))
    doc["leerling"]["naam"] = PUPIL
    for p in doc["betrokkenen"]:
        if p["id"] in NAMES:
            p["naam"] = NAMES[p["id"]]
    yaml.safe_dump(doc, open(dst, "w"), allow_unicode=True)


def headers(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    return msg, [k for k in msg.keys()]


def check(path):
    raw = open(path, "rb").read()
    head = raw.split(b"\r\n\r\n", 1)[0]
    lines = head.split(b"\r\n")
    print("header lines:", len(lines), "longest:", max(len(l) for l in lines),
          "over 78:", sum(len(l) > 78 for l in lines))
    msg, names = headers(raw)
    print("headers:", names)
    for part in msg.walk():
        if part.defects:
            print("defects:", part.get_content_type(), part.defects)
    # Compared without white space: Python 3.11 keeps the folding white
    # space between two encoded words of a display name (RFC 2047 6.2
    # says to drop it; Python's own writer's output reads back the same).
    want = {"".join(clean(v).split()) for v in NAMES.values()}
    got = {"".join(a.display_name.split()) for a in msg["To"].addresses}
    print("To:", len(msg["To"].addresses), "addresses;",
          "hostile names decode to themselves:", want <= got, sorted(want - got)[:2])
    print("From:", msg["From"].addresses[0].addr_spec)
    subj = str(msg["Subject"])
    print("Subject has the whole name:", clean(PUPIL) in subj, "and no other header:", "Bcc" not in names)
    # A relay that hard-wraps at 998 octets (RFC 5322's limit).
    cut = b"\r\n".join(l[i:i + 998] for l in raw.split(b"\r\n") for i in range(0, max(len(l), 1), 998))
    msg2, names2 = headers(cut)
    print("after a cut at 998:", names2 == names)


if __name__ == "__main__":
    if sys.argv[1] == "make":
        make(sys.argv[2], sys.argv[3])
    else:
        check(sys.argv[2])
