"""How the documents write a date (lib/base/present.c), for the test
scripts that read documents back: 9 maart 2027. One place, so the
scripts agree with each other as the documents do."""
import datetime

MAANDEN = ("januari februari maart april mei juni juli augustus september oktober november "
           "december").split()


def date_words(d):
    """A datetime.date, or its ISO text, in Dutch words."""
    if not isinstance(d, datetime.date):
        d = datetime.date.fromisoformat(str(d))
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"
