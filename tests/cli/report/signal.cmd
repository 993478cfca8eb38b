# SIGINT, SIGTERM or SIGHUP while a report is being written leaves no
# temporary file behind (beside the target, or in $TMPDIR for a workbook
# on its way to standard output), and the old report untouched. Standard
# input that stays open keeps opp busy while the temporary file exists.
# The shell's own word on a killed job ("Hangup") comes or not as timing
# has it, so it is left out.
mkdir -p "$TMP/out" "$TMP/tmpdir" && echo "old report" > "$TMP/out/r.md" && mkfifo "$TMP/in"
exec 3<>"$TMP/in"
# a background job of a script starts with SIGINT ignored: run opp with
# the default action, as from a terminal
printf '%s\n' '#!/usr/bin/python3' 'import os, signal, sys' 'signal.signal(signal.SIGINT, signal.SIG_DFL)' \
  'os.execvp(sys.argv[1], sys.argv[1:])' > "$TMP/dfl" && chmod +x "$TMP/dfl"
wait_for() { i=0; while [ $i -lt 50 ] && ! ls -A "$1" | grep -q "$2"; do sleep 0.1; i=$((i + 1)); done; }
for sig in INT TERM HUP; do
  "$TMP/dfl" $OPP report --no-config -o "$TMP/out/r.md" - < "$TMP/in" & pid=$!
  wait_for "$TMP/out" opp-tmp; echo "$sig: temporary beside the target: $(ls -A "$TMP/out" | grep -c opp-tmp)"
  kill -$sig $pid; wait $pid; echo "$sig: exit $?, left: $(ls -A "$TMP/out" | grep -c opp-tmp), $(cat "$TMP/out/r.md")"
  TMPDIR="$TMP/tmpdir" "$TMP/dfl" $OPP report --no-config --to xlsx - < "$TMP/in" > "$TMP/r.xlsx" & pid=$!
  wait_for "$TMP/tmpdir" opp-report; echo "$sig: workbook temporary: $(ls -A "$TMP/tmpdir" | grep -c opp-report)"
  kill -$sig $pid; wait $pid; echo "$sig: exit $?, left in TMPDIR: $(ls -A "$TMP/tmpdir" | wc -l)"
done 2>&1 | grep -v -x -E 'Terminated|Hangup|Interrupt'
exec 3>&-
