# SIGINT, SIGTERM or SIGHUP while a workbook goes through its temporary
# file in $TMPDIR to a pipe (`render --to xlsx | cat`) leaves nothing in
# $TMPDIR. The pipe is a FIFO whose reader never reads, shrunk to one
# page: opp blocks while copying the workbook out, its temporary file
# still there, and is killed then. The shell's own word on a killed job
# ("Terminated", "Hangup") comes or not as timing has it, so it is left
# out.
mkdir -p "$TMP/tmpdir"
A=../../../examples/aaron.yaml
# a background job of a script starts with SIGINT ignored: run opp with
# the default action, as from a terminal, and its standard output (the
# pipe) one page large
printf '%s\n' '#!/usr/bin/python3' 'import fcntl, os, signal, sys' 'signal.signal(signal.SIGINT, signal.SIG_DFL)' \
  'fcntl.fcntl(1, fcntl.F_SETPIPE_SZ, 4096)' 'os.execvp(sys.argv[1], sys.argv[1:])' > "$TMP/dfl" && chmod +x "$TMP/dfl"
wait_for() { i=0; while [ $i -lt 50 ] && ! ls -A "$1" | grep -q "$2"; do sleep 0.1; i=$((i + 1)); done; }
for sig in INT TERM HUP; do
  mkfifo "$TMP/pipe-$sig" && exec 4<>"$TMP/pipe-$sig"
  TMPDIR="$TMP/tmpdir" "$TMP/dfl" $OPP render --to xlsx --as-of 2027-01-05 $A > "$TMP/pipe-$sig" & pid=$!
  wait_for "$TMP/tmpdir" opp-render; echo "$sig: workbook temporary: $(ls -A "$TMP/tmpdir" | grep -c opp-render)"
  # still there a moment later: opp is blocked on the pipe, not done
  sleep 0.3; echo "$sig: still there: $(ls -A "$TMP/tmpdir" | grep -c opp-render)"
  kill -$sig $pid; wait $pid; echo "$sig: exit $?, left in TMPDIR: $(ls -A "$TMP/tmpdir" | wc -l)"
  exec 4>&-
done 2>&1 | grep -v -x -E 'Terminated|Hangup|Interrupt'
