#!/usr/bin/python3
"""The redacted copy gives exactly the findings (rule and severity, each
as often) and the due items (kind, date, days overdue, rule) of the
original, at several dates, for every file given. Files that do not load
or that redact refuses (a name it cannot replace) are counted, not
compared.

  same-everywhere.py OPP FILE...
"""
import collections
import json
import os
import subprocess
import sys
import tempfile

DATES = ("2026-12-01", "2027-04-01", "2027-09-01")


def run(opp, *args):
    p = subprocess.run([opp, *args], capture_output=True, text=True)
    return p.returncode, p.stdout


def findings(opp, path, date):
    rc, out = run(opp, "validate", "--no-config", "--as-of", date, "--format", "json", path)
    d = json.loads(out)
    return collections.Counter((x["rule"], x["severity"]) for x in d["diagnostics"])


def due(opp, path, date):
    rc, out = run(opp, "due", "--no-config", "--as-of", date, "--within", "1m", "--format", "json", path)
    if not out:
        return None
    d = json.loads(out)
    return collections.Counter((x["kind"], x["date"], x["days"], x["rule"]) for x in d["items"])


def main(opp, files):
    same = refused = broken = 0
    different = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, "copy.yaml")
        for f in files:
            rc, out = run(opp, "redact", "--no-config", f)
            if rc != 0:
                rc2, _ = run(opp, "validate", "--no-config", "--as-of", DATES[0], f)
                if rc2 == 2 or "[syntax]" in subprocess.run([opp, "validate", "--no-config", f],
                                                            capture_output=True, text=True).stderr:
                    broken += 1
                    print("not loaded:", os.path.basename(f))
                else:
                    refused += 1
                    print("refused:", os.path.basename(f))
                continue
            open(copy, "w").write(out)
            ok = True
            for date in DATES:
                a, b = findings(opp, f, date), findings(opp, copy, date)
                if a != b:
                    different.append((f, date, "validate", a - b, b - a))
                    ok = False
                a, b = due(opp, f, date), due(opp, copy, date)
                if a != b:
                    different.append((f, date, "due", a and b and (a - b), a and b and (b - a)))
                    ok = False
            same += ok
    print(f"{len(files)} files: {same} the same at {len(DATES)} dates, {refused} refused "
          f"(a name that cannot be replaced), {broken} not loaded, {len(different)} different")
    for d in different:
        print("DIFFERENT:", *d)
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
