#!/usr/bin/python3
"""Validate every case file under the given folders against the JSON Schema.

This is the peer a user would script instead of running `opp validate`:
walk the folders, load each *.yaml / *.yml with PyYAML, validate it with
python3-jsonschema (Draft 2020-12, with format checking, as
tests/schema/check_schema.py does). It is given its best chance: PyYAML's
C loader (libyaml underneath) and one validator object for all files.
Dates are kept as strings (the format is YAML 1.2, where 2026-10-06 is not
a timestamp), so clean files validate; nothing else is adjusted.

Usage (Debian's python3, which has the modules):

    /usr/bin/python3 bench/jsonschema_all.py schema/opp.schema.json DIR...

Prints one line: files, files invalid, files not loaded. Exit status 0
when all are valid, 1 otherwise, 2 on a usage error.
"""

import json
import os
import sys

import jsonschema
import yaml


class Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The safe loader (C when available), dates left as text."""


Loader.add_constructor("tag:yaml.org,2002:timestamp",
                       lambda loader, node: loader.construct_scalar(node))


def case_files(paths):
    for top in paths:
        if os.path.isfile(top):
            yield top
            continue
        for folder, dirs, files in os.walk(top):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith(".") and name.endswith((".yaml", ".yml")):
                    yield os.path.join(folder, name)


def main(argv):
    if len(argv) < 2:
        print("usage: jsonschema_all.py SCHEMA DIR...", file=sys.stderr)
        return 2
    with open(argv[0], encoding="utf-8") as f:
        schema = json.load(f)
    cls = jsonschema.Draft202012Validator
    validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
    files = invalid = unloadable = 0
    for path in case_files(argv[1:]):
        files += 1
        try:
            with open(path, "rb") as f:
                doc = yaml.load(f, Loader=Loader)
        except (OSError, yaml.YAMLError) as e:
            unloadable += 1
            print("%s: %s" % (path, str(e).replace("\n", " ")), file=sys.stderr)
            continue
        errors = list(validator.iter_errors(doc))
        if errors:
            invalid += 1
            for e in errors:
                where = "/" + "/".join(str(p) for p in e.absolute_path)
                print("%s: %s: %s" % (path, where, e.message), file=sys.stderr)
    print("%d files, %d invalid, %d not loaded" % (files, invalid, unloadable))
    return 1 if invalid or unloadable else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
