"""Check a redacted copy against its original: no name (whole or any part
of two letters or more but particles), email, phone number, birth date,
school or distinctive word of the school's name of the original left
anywhere in the copy, in any case, accents or normal form (read as raw
text, not through opp)."""
import re
import sys
import unicodedata

import yaml

PARTICLES = {"van", "de", "der", "den", "het", "ter", "ten", "en", "te", "la", "le", "op", "in", "el", "al",
             "du", "da", "di", "dos", "des", "von", "zu", "bin", "ben", "ibn", "ouders"}
SCHOOL_WORDS = {"school", "basisschool", "scholengemeenschap", "college", "lyceum", "gymnasium", "obs", "cbs",
                "rkbs", "pcbs", "kbs", "ibs", "sbo", "so", "vso", "sbao", "vmbo", "havo", "vwo", "mavo",
                "atheneum", "campus", "locatie", "kindcentrum", "ikc", "integraal", "openbare",
                "christelijke", "katholieke", "protestants", "speciaal", "onderwijs", "voortgezet"}


def fold(s):
    s = unicodedata.normalize("NFKD", str(s))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold().replace("ı", "i")


def words(s):
    return re.findall(r"\w+", fold(s))


def main(orig_path, copy_path):
    orig = yaml.safe_load(open(orig_path, encoding="utf-8"))
    copy = fold(open(copy_path, encoding="utf-8").read())
    needles = set()
    names = [orig["leerling"]["naam"]] + [p["naam"] for p in orig["betrokkenen"]]
    for name in names:
        needles.add(" ".join(words(name)))
        for w in words(name):
            if len(w) >= 3 and w not in PARTICLES:
                needles.add(w)
    for w in words(orig["leerling"]["school"]):
        if len(w) >= 3 and w not in PARTICLES and w not in SCHOOL_WORDS:
            needles.add(w)
    for p in orig["betrokkenen"]:
        for key in ("email", "telefoon"):
            if p.get(key):
                needles.add(fold(p[key]))
    if orig["leerling"].get("geboortedatum"):
        needles.add(str(orig["leerling"]["geboortedatum"]))
    # a name as a word (or words) of its own, or with the Dutch genitive s
    left = sorted(n for n in needles
                  if re.search(r"(?<!\w)" + r"\W+".join(map(re.escape, n.split(" "))) + r"s?(?!\w)", copy))
    print(f"{orig_path.split('/')[-1]}: {len(needles)} checked, left: {left}")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
