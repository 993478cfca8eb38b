#!/usr/bin/python3
# tests/fuzz/variants.py N OUT SEED FILE... — N layout variants of the given
# case files for the editor's harness (tests/fuzz/fuzz_edit.c): the same
# documents written differently, so that the edits meet comments, blank
# lines, line ends and indentation they were not written for. Each
# variant applies a few of: a comment after a random line (at its
# indentation, deeper, or at column 0, with tabs), a blank line, trailing
# spaces, CRLF or CR line ends, a BOM, indentation doubled, no final line
# break. Deterministic for a seed. (A structure-aware mutator of case
# files can feed the same harness; this is the stand-in until then.)
import random, sys

n, out, seed, files = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4:]
rnd = random.Random(seed)
texts = [open(f, encoding='utf-8').read() for f in files]

def indent(l):
    return len(l) - len(l.lstrip(' '))

def block_scalar_lines(lines):
    # lines inside block scalars: a comment there would be text
    inside, ind, res = False, 0, set()
    for i, l in enumerate(lines):
        s = l.rstrip()
        if inside:
            if s == '' or indent(l) > ind:
                res.add(i)
                continue
            inside = False
        if s.endswith(('|', '|-', '|+', '>', '>-', '>+')) or ': |' in s or ': >' in s:
            inside, ind = True, indent(l)
    return res

for k in range(n):
    text = rnd.choice(texts)
    lines = text.split('\n')
    for _ in range(rnd.randint(1, 6)):
        skip = block_scalar_lines(lines)
        i = rnd.randrange(len(lines))
        if i in skip or i + 1 in skip:
            continue
        op = rnd.randrange(5)
        if op == 0:
            c = rnd.choice([' ' * indent(lines[i]), ' ' * (indent(lines[i]) + 2), '', '\t'.join([' ' * indent(lines[i]), ''])])
            lines.insert(i + 1, c + '#' + rnd.choice([' opmerking', '\tmet\ttabs', '', ' - lijkt op een item: x']))
        elif op == 1:
            lines.insert(i + 1, '')
        elif op == 2 and lines[i].strip() and not lines[i].lstrip().startswith('#'):
            lines[i] += rnd.choice([' ', '  ', '\t', ' # na de waarde', '\t# tab'])
        elif op == 3 and i not in skip:
            pass
        else:
            if not any(l.startswith('\t') for l in lines):
                lines = [' ' * indent(l) + l for l in lines] if rnd.random() < 0.2 else lines
    text = '\n'.join(lines)
    r = rnd.random()
    if r < 0.2:
        text = text.replace('\n', '\r\n')
    elif r < 0.25:
        text = text.replace('\n', '\r')
    if rnd.random() < 0.1:
        text = '\ufeff' + text
    if rnd.random() < 0.2:
        text = text.rstrip('\r\n')
    open('%s/v%05d.yaml' % (out, k), 'w', encoding='utf-8', newline='').write(text)
