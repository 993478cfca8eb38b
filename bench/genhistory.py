#!/usr/bin/python3
# bench/genhistory.py N BASE DEST — a git repository at DEST whose file
# plan.yaml has N commits of history, for the `opp log` rows of
# `make bench`. The first commit adds BASE (a case file); each next one
# moves one goal's termijn (so every commit is a domain event and a new
# version of the handelingsdeel) and notes its number in a comment, by
# three authors in turn, an hour apart. Written as one git fast-import
# stream: thousands of commits in seconds, the same repository every time.
import os, re, subprocess, sys

n, base, dest = int(sys.argv[1]), sys.argv[2], sys.argv[3]
text = open(base, encoding='utf-8').read()
lines = text.split('\n')
terms = [i for i, l in enumerate(lines) if re.match(r'^    termijn: \d{4}-\d\d-\d\d$', l)]
assert terms, 'no goal with a termijn in ' + base
authors = [('Femke de Groot', 'f.degroot@school.example'), ('Noor de Jong', 'n.dejong@school.example'),
           ('Sevda Yilmaz', 's.yilmaz@gemeente.example')]
os.makedirs(dest)
env = dict(os.environ, GIT_CONFIG_NOSYSTEM='1', GIT_CONFIG_GLOBAL='/dev/null')
subprocess.run(['git', 'init', '-q', '-b', 'main', dest], check=True, env=env)
p = subprocess.Popen(['git', '-C', dest, 'fast-import', '--quiet'], stdin=subprocess.PIPE, env=env)
t0 = 1577836800  # 2020-01-01
for i in range(n):
    if i:
        k = terms[i % len(terms)]
        day = 1 + i % 28
        lines[k] = '    termijn: 2027-%02d-%02d' % (1 + (i // 28) % 12, day)
    body = ('# versie %d\n' % i + '\n'.join(lines)).encode()
    name, mail = authors[i % 3]
    msg = ('versie %d\n' % i).encode()
    out = p.stdin
    out.write(b'commit refs/heads/main\n')
    out.write(('author %s <%s> %d +0100\ncommitter %s <%s> %d +0100\n' % (name, mail, t0 + 3600 * i, name, mail, t0 + 3600 * i)).encode())
    out.write(b'data %d\n%s' % (len(msg), msg))
    out.write(b'M 100644 inline plan.yaml\ndata %d\n%s\n' % (len(body), body))
p.stdin.close()
assert p.wait() == 0
subprocess.run(['git', '-C', dest, 'checkout', '-q', 'main'], check=True, env=env)
