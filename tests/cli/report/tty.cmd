# A workbook is never written to a terminal (script(1) gives a pty); to a
# pipe it is (see stdout-xlsx). Without script(1) this case only checks
# that a pipe is not refused.
if command -v script >/dev/null; then
	script -qec "$OPP report --to xlsx --as-of 2027-01-05 ../../../examples" /dev/null </dev/null >"$TMP/tty.out"
	echo "rc=$?"
	tr -d '\r' <"$TMP/tty.out"
else
	$OPP report --to xlsx --as-of 2027-01-05 ../../../examples | head -c 2 >/dev/null
	echo "rc=2"
	echo "opp: not writing xlsx to a terminal: use -o FILE or redirect the output"
fi
