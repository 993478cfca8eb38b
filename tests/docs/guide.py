#!/usr/bin/python3
"""Check that a guide's commands give the output it shows.

    guide.py GUIDE.md            run every command, compare (exit 1 on a difference)
    guide.py --write GUIDE.md    rewrite the output under each command

In the guide, a ```console block holds commands (lines starting with "$ ")
each followed by its output (standard output and error together). They run
in one scratch folder, in order, with `opp` the binary under test ($OPP),
in Dutch (LANGUAGE=nl). Two markers in HTML comments tie the guide to the
case files in the folder next to it (GUIDE without .md):

    <!-- casus: stap-3.yaml -->  before a console block: that file is copied
                                 to sam.yaml in the scratch folder first
    <!-- bestand: fout.yaml -->  before a console block: that file is copied
                                 under its own name first
    <!-- uit: stap-3.yaml -->    before a ```yaml block: the block occurs in
                                 that file, line for line
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

BLOCK = re.compile(r"(<!-- (casus|uit|bestand): ([\w.-]+) -->\n)?```(console|yaml)\n(.*?)```\n", re.S)


def run(cmd, cwd, env):
    p = subprocess.run(["sh", "-c", cmd], cwd=cwd, env=env, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    return p.stdout.decode("utf-8", "replace")


def main(argv):
    write = argv[1:2] == ["--write"]
    guide = argv[-1]
    files = os.path.splitext(guide)[0]
    text = open(guide, encoding="utf-8").read()
    scratch = tempfile.mkdtemp(prefix="opp-guide-")
    bindir = os.path.join(scratch, ".bin")
    os.mkdir(bindir)
    opp = os.environ.get("OPP") or os.path.abspath(os.path.join(os.path.dirname(__file__), "../../opp"))
    with open(os.path.join(bindir, "opp"), "w") as f:
        f.write('#!/bin/sh\nexec "%s" "$@"\n' % opp)
    os.chmod(os.path.join(bindir, "opp"), 0o755)
    work = os.path.join(scratch, "casussen")
    os.mkdir(work)
    env = {"PATH": bindir + ":/usr/bin:/bin", "HOME": scratch, "LC_ALL": "C.UTF-8", "LANGUAGE": "nl",
           "TZ": "Europe/Amsterdam", "NO_COLOR": "1", "GIT_AUTHOR_NAME": "Ilse Bakker",
           "GIT_AUTHOR_EMAIL": "i.bakker@delinde.example", "GIT_COMMITTER_NAME": "Ilse Bakker",
           "GIT_COMMITTER_EMAIL": "i.bakker@delinde.example", "GIT_CONFIG_NOSYSTEM": "1"}
    for k in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):  # make check-asan
        if k in os.environ:
            env[k] = os.environ[k]
    out, pos, bad, ncmd = [], 0, 0, 0
    try:
        for m in BLOCK.finditer(text):
            marker, name, kind, body = m.group(2), m.group(3), m.group(4), m.group(5)
            out.append(text[pos:m.start()])
            if m.group(1):
                out.append(m.group(1))
            pos = m.end()
            if kind == "yaml":
                if marker == "uit":
                    whole = open(os.path.join(files, name), encoding="utf-8").read()
                    if body not in whole:
                        print("%s: a yaml block is not in %s:\n%s" % (guide, name, body))
                        bad += 1
                out.append("```yaml\n" + body + "```\n")
                continue
            if marker == "casus":
                shutil.copy(os.path.join(files, name), os.path.join(work, "sam.yaml"))
            elif marker == "bestand":
                shutil.copy(os.path.join(files, name), os.path.join(work, name))
            new = []
            lines = body.split("\n")[:-1]
            i = 0
            while i < len(lines):
                line = lines[i]
                i += 1
                if not line.startswith("$ "):
                    continue
                want = []
                while i < len(lines) and not lines[i].startswith("$ "):
                    want.append(lines[i])
                    i += 1
                got = run(line[2:], work, env)
                ncmd += 1
                got_lines = got.split("\n")
                if got_lines and got_lines[-1] == "":
                    got_lines.pop()
                if got_lines != want and not write:
                    print("%s: `%s` says:\n%s\n(the guide shows:)\n%s\n" %
                          (guide, line[2:], "\n".join(got_lines), "\n".join(want)))
                    bad += 1
                new.append(line)
                new.extend(got_lines)
            out.append("```console\n" + "".join(l + "\n" for l in new) + "```\n")
        out.append(text[pos:])
    finally:
        shutil.rmtree(scratch)
    if write:
        with open(guide, "w", encoding="utf-8") as f:
            f.write("".join(out))
        print("%s: %d commands written" % (guide, ncmd))
        return 0
    if bad:
        print("%s: %d differences" % (guide, bad))
        return 1
    print("%s: %d commands give the output shown" % (os.path.basename(guide), ncmd))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
