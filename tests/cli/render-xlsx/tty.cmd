# A workbook is never written to a terminal: script(1) gives the command a
# pty. Without script(1) the expected refusal is echoed and only the pipe
# case (pipe.cmd) tests the other branch.
if command -v script >/dev/null; then
	script -qec "$OPP render --to xlsx --as-of 2027-01-05 ../../../examples/aaron.yaml" /dev/null </dev/null >"$TMP/tty.out"
	echo "rc=$?"
	tr -d '\r' <"$TMP/tty.out"
else
	echo "rc=2"
	echo "opp: not writing xlsx to a terminal: use -o FILE or redirect the output"
fi
