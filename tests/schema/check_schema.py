#!/usr/bin/python3
"""Check schema/opp.schema.json against good and bad OPP fixtures.

Usage (from the repository root, with Debian's python3):

    /usr/bin/python3 tests/schema/check_schema.py schema/opp.schema.json \
        $(for f in tests/schema/good/*.yaml; do echo "good:$f"; done) \
        $(for f in tests/schema/bad/*.yaml;  do echo "bad:$f";  done)

Every FILE argument is `good:FILE` (must validate) or `bad:FILE` (must be
rejected).  A bad fixture may say *where* it must be rejected with a comment
line `# verwacht: /json/pointer` (e.g. `# verwacht: /betrokkenen/0/rol`, or
`# verwacht: /` for the top level); then every validation error must be at
that location, so the fixture is wrong in exactly that one way.

The schema itself is checked first (Draft 2020-12 meta-schema, plus: every
property has a Dutch `description`).  One line per file: `ok` or `FAIL`.
Exit status: 0 all expectations met, 1 some failed, 2 usage error.

YAML is read with YAML 1.2 core semantics, as the opp format prescribes:
dates and times stay strings (no datetime.date, no sexagesimal 10:30 -> 630),
only true/false are booleans (`yes`, `no`, `on`, `off` are strings), 010 is
ten, keys are strings.  Duplicate keys, anchors/aliases and tags are refused.
"""

import json
import re
import sys

import jsonschema
import yaml
from jsonschema.exceptions import best_match


class Yaml12Loader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 core-schema implicit typing."""

    yaml_implicit_resolvers = {}  # drop all YAML 1.1 resolvers (timestamp, yes/no, ...)


def _add_resolver(tag, pattern, first):
    Yaml12Loader.add_implicit_resolver(tag, re.compile(pattern, re.X), list(first))


_add_resolver("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""])
_add_resolver("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF")
_add_resolver("tag:yaml.org,2002:int",
              r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789")
_add_resolver("tag:yaml.org,2002:float",
              r"""^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?
                  |[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$""", "-+0123456789.")


def _construct_int(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text, 10)  # YAML 1.2: 010 is ten, not octal


def _construct_mapping(loader, node):
    result = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise yaml.constructor.ConstructorError(
                None, None, "sleutel moet tekst zijn", key_node.start_mark)
        key = key_node.value
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, "dubbele sleutel %r" % key, key_node.start_mark)
        result[key] = loader.construct_object(value_node, deep=True)
    return result


Yaml12Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)
Yaml12Loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)


def _compose_node(self, parent, index, _orig=Yaml12Loader.compose_node):
    """Refuse aliases, anchors and explicit tags: the format forbids them."""
    event = self.peek_event()
    if isinstance(event, yaml.AliasEvent):
        raise yaml.composer.ComposerError(None, None, "aliassen (*) zijn niet toegestaan",
                                          event.start_mark)
    if getattr(event, "anchor", None) is not None:
        raise yaml.composer.ComposerError(None, None, "ankers (&) zijn niet toegestaan",
                                          event.start_mark)
    if getattr(event, "tag", None) is not None:
        raise yaml.composer.ComposerError(None, None, "tags (!) zijn niet toegestaan",
                                          event.start_mark)
    return _orig(self, parent, index)


Yaml12Loader.compose_node = _compose_node


def load_yaml(path):
    with open(path, "rb") as f:
        data = f.read()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return yaml.load(data.decode("utf-8"), Loader=Yaml12Loader)


def pointer(path):
    return "/" + "/".join(str(p) for p in path)


def expected_location(path):
    with open(path, encoding="utf-8-sig") as f:
        for line in f:
            m = re.match(r"^#\s*verwacht:\s*(\S+)", line)
            if m:
                return m.group(1)
    return None


def lint_descriptions(schema):
    """Every property (and every $defs entry) must carry a description."""
    problems = []

    def walk(node, where):
        if isinstance(node, dict):
            for name, sub in node.get("properties", {}).items():
                if not isinstance(sub, dict) or not sub.get("description"):
                    problems.append("%s/properties/%s" % (where, name))
            for name, sub in node.get("$defs", {}).items():
                if not isinstance(sub, dict) or not sub.get("description"):
                    problems.append("%s/$defs/%s" % (where, name))
            for key, sub in node.items():
                walk(sub, "%s/%s" % (where, key))
        elif isinstance(node, list):
            for i, sub in enumerate(node):
                walk(sub, "%s/%d" % (where, i))

    walk(schema, "#")
    return problems


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    schema_path, specs = argv[0], argv[1:]
    cases = []
    for spec in specs:
        kind, sep, path = spec.partition(":")
        if not sep or kind not in ("good", "bad") or not path:
            print("usage: argument %r is not good:FILE or bad:FILE" % spec, file=sys.stderr)
            return 2
        cases.append((kind, path))

    failed = 0
    try:
        with open(schema_path, encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schema)
    except (OSError, ValueError, jsonschema.SchemaError) as e:
        print("FAIL schema %s: %s" % (schema_path, getattr(e, "message", e)))
        return 1
    missing = lint_descriptions(schema)
    if missing:
        failed += 1
        print("FAIL schema %s: no description at %s" % (schema_path, ", ".join(missing)))
    else:
        print("ok   schema %s" % schema_path)

    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)

    for kind, path in cases:
        try:
            doc = load_yaml(path)
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
            failed += 1
            print("FAIL %-4s %s: cannot read: %s" % (kind, path, str(e).replace("\n", " ")))
            continue
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
        first = best_match(errors) if errors else None
        where = "%s: %s" % (pointer(first.absolute_path), first.message) if first else ""
        if kind == "good":
            if errors:
                failed += 1
                print("FAIL good %s: %s" % (path, where))
            else:
                print("ok   good %s" % path)
            continue
        if not errors:
            failed += 1
            print("FAIL bad  %s: validates, but must be rejected" % path)
            continue
        want = expected_location(path)
        stray = [e for e in errors if want is not None and pointer(e.absolute_path) != want]
        if stray:
            failed += 1
            print("FAIL bad  %s: expected errors only at %s, also got %s: %s"
                  % (path, want, pointer(stray[0].absolute_path), stray[0].message))
        else:
            print("ok   bad  %s (rejected at %s)" % (path, where))

    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
