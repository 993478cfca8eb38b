"""Check a redacted copy against its original: no name, email, phone number
or birth date of the original left anywhere in the copy (read as raw text,
not through opp)."""
import re
import sys

import yaml


def main(orig_path, copy_path):
    orig = yaml.safe_load(open(orig_path, encoding="utf-8"))
    copy = open(copy_path, encoding="utf-8").read().lower()
    needles = set()
    particles = {"van", "de", "der", "den", "het", "ter", "ten", "en", "te", "ouders"}
    names = [orig["leerling"]["naam"]] + [p["naam"] for p in orig["betrokkenen"]]
    for name in names:
        needles.add(name)
        for part in re.split(r"[\s\-,()./']+", name):
            if len(part) >= 3 and part.lower() not in particles:
                needles.add(part)
    for p in orig["betrokkenen"]:
        for key in ("email", "telefoon"):
            if p.get(key):
                needles.add(str(p[key]))
    if orig["leerling"].get("geboortedatum"):
        needles.add(str(orig["leerling"]["geboortedatum"]))
    needles.add(orig["leerling"]["school"])
    # a name as a word of its own, or with the Dutch genitive s
    left = sorted(n for n in needles
                  if re.search(r"(?<!\w)" + re.escape(str(n).lower()) + r"(?:'?s)?(?!\w)", copy))
    print(f"{orig_path.split('/')[-1]}: {len(needles)} checked, left: {left}")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
