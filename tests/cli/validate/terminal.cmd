# On a terminal: a source excerpt with a caret under the column, colour
# unless NO_COLOR is set. (script(1) gives the command a terminal.)
TERM=xterm NO_COLOR= script -qec "$OPP validate --as-of 2026-12-01 broken.yaml" /dev/null | tr -d '\r'
echo "---"
TERM=xterm NO_COLOR=1 script -qec "$OPP validate --as-of 2026-12-01 broken.yaml" /dev/null | tr -d '\r'
