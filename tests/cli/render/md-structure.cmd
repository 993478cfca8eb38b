# Free text in xss.yaml opens what it never closes (a fence, an HTML block,
# a comment) and values hold pipes: the Markdown keeps its twelve sections
# (as cmark parses it) and every table row its number of columns.
$OPP render --as-of 2026-12-01 --no-config --to md xss.yaml > "$TMP/xss.md" || echo "exit $?"
printf 'sections: '; cmark "$TMP/xss.md" | grep -c '^<h2>'
/usr/bin/python3 - "$TMP/xss.md" <<'PY'
import re, sys

def pipes(line):
    # GFM: a pipe after an odd number of backslashes is escaped.
    n = run = 0
    for ch in line:
        if ch == '\\':
            run += 1
            continue
        if ch == '|' and run % 2 == 0:
            n += 1
        run = 0
    return n

lines = open(sys.argv[1], encoding='utf-8').read().split('\n')
tables = rows = bad = 0
i = 0
while i < len(lines):
    if lines[i].startswith('|') and i + 1 < len(lines) and re.fullmatch(r'\|(-+:?\|)+', lines[i + 1]):
        tables += 1
        want = pipes(lines[i])
        i += 2
        while i < len(lines) and lines[i].startswith('|'):
            rows += 1
            if pipes(lines[i]) != want:
                bad += 1
                print('broken row:', lines[i])
            i += 1
    else:
        i += 1
print('tables: %d, rows: %d, broken rows: %d' % (tables, rows, bad))
PY
