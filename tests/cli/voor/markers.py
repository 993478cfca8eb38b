#!/usr/bin/python3
"""Each reader's document holds exactly the fields its table gives it.

For every case file given, a copy is made in which every scalar that can
carry one gets a distinct marker: text, names, organisations, email
addresses and phone numbers (every string that is not shaped like an id,
an enum value, a date, a time or a digest) and every funding amount (a
number that the documents write in euro). The copy is rendered for each
reader, as Markdown and as HTML; every marker found in a document is
mapped back to the field path it was put in, and

  - no document holds a marker of a field outside its reader's table
    (`opp render --voor READER --velden`), and no document at all a
    marker of an x- key;
  - every field of a reader's table that was marked in some file shows
    up in some document of that reader (the table does not promise more
    than the documents show).

With --exact, the second check holds for each file on its own (the
privacy fixture has every field, so every field of the table must show).

Usage: markers.py [--exact] OPP TODAY FILE...
Prints one line per reader; exit 1 when a check fails.
"""
import datetime
import os
import re
import subprocess
import sys
import tempfile

import yaml

READERS = ["school", "ouders", "leerling", "swv"]
ID = re.compile(r"^[a-z0-9-]+$")
TIME = re.compile(r"^\d\d:\d\d$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
# References by id (a value not shaped like one is a `ref` error, which
# the documents show as written or not at all): never marked.
REF = re.compile(r"(^|\.)(id|voorzitter|door|opp|gezinsplan|wie)$|"
                 r"(genodigden|aanwezig|terugkoppeling|doelen)\[\]$")


class Marker:
    def __init__(self):
        self.n = 0
        self.where = {}  # marker text -> field path

    def text(self, path, value):
        self.n += 1
        m = "Mq%dq" % self.n
        self.where[m] = path
        return m + "@voorbeeld.nl" if "@" in value else m

    def euro(self, path):
        # opp_present_euro: "€ 7.012.000,00"
        self.n += 1
        k = self.n % 1000
        self.where["7.%03d.000,00" % k] = path
        return 7000000 + 1000 * k


def mark(node, path, m):
    """The marked copy of node at field path `path`."""
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            k = str(k)
            if k.startswith("x-"):
                out[k] = mark(v, "x-", m)
            elif path.endswith("uitkomsten"):
                out[k] = v  # goal ids to outcomes: nothing to mark
            else:
                out[k] = mark(v, (path + "." if path else "") + k, m)
        return out
    if isinstance(node, list):
        return [mark(v, path + "[]", m) for v in node]
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, (int, float)):
        return m.euro(path) if path == "arrangement[].bekostiging.bedrag" else node
    if isinstance(node, (datetime.date, datetime.datetime)):
        return node
    s = str(node)
    if REF.search(path) and path != "arrangement[].wie":
        return node
    if ID.match(s) or TIME.match(s) or DATE.match(s) or s.startswith("sha256:") or not s.strip():
        return node
    return m.text(path, s)


def run(opp, args):
    p = subprocess.run([opp] + args, capture_output=True, text=True)
    return p.returncode, p.stdout


def main():
    argv = sys.argv[1:]
    exact = argv[:1] == ["--exact"]
    if exact:
        argv = argv[1:]
    opp, today, files = argv[0], argv[1], argv[2:]
    velden = {}
    for r in READERS:
        rc, out = run(opp, ["render", "--voor", r, "--velden"])
        velden[r] = set(out.split())
    seen = {r: set() for r in READERS}  # paths found in some document
    marked = {r: set() for r in READERS}  # paths marked in a file rendered for r
    bad = 0
    cases = markers = 0
    tmp = tempfile.mkdtemp()
    for f in files:
        try:
            data = yaml.safe_load(open(f, encoding="utf-8"))
        except Exception:  # not YAML, or not dates PyYAML takes: not a fixture here
            continue
        if not isinstance(data, dict) or data.get("opp") != 1:
            continue
        m = Marker()
        cases += 1
        markers_before = m.n
        copy = os.path.join(tmp, "case.yaml")
        with open(copy, "w", encoding="utf-8") as out:
            yaml.safe_dump(mark(data, "", m), out, allow_unicode=True, sort_keys=False)
        markers += m.n - markers_before
        for r in READERS:
            found = set()
            rendered = False
            for fmt in ("md", "html"):
                rc, doc = run(opp, ["render", "--as-of", today, "--no-config", "--voor", r,
                                    "--to", fmt, copy])
                if rc != 0:
                    continue
                rendered = True
                found |= {p for t, p in m.where.items() if t in doc}
            if not rendered:
                continue
            outside = found - velden[r]
            if outside:
                bad += 1
                print("%s: %s shows fields outside its table: %s" % (f, r, ", ".join(sorted(outside))))
            here = set(m.where.values()) & velden[r]
            marked[r] |= here
            seen[r] |= found
            if exact and here - found:
                bad += 1
                print("%s: %s does not show: %s" % (f, r, ", ".join(sorted(here - found))))
    print("%d case files, %d markers" % (cases, markers))
    for r in READERS:
        missing = marked[r] - seen[r]
        if missing:
            bad += 1
            print("%s: fields of its table that no document shows: %s" % (r, ", ".join(sorted(missing))))
        print("%s: %d fields in its table, %d of them marked and all shown, none outside" %
              (r, len(velden[r]), len(seen[r])))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
