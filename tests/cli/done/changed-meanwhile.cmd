# A case file that changes on disk while opp done works on it is not
# overwritten: exit 2, the other writer's text kept, no temporary file
# left. opp runs under strace, which stops it (SIGSTOP) at its first
# write: the new text going into the temporary file beside the old one,
# after the file was read and before the last look at it and the
# rename. Then the file is changed, and opp continued. Without strace
# (or where tracing is not allowed) the case is skipped.
command -v strace >/dev/null && strace -f -qq -o /dev/null true 2>/dev/null || exit 77
cd "$TMP"
start() {
	rm -f trace; cp "$OLDPWD/../../edit/plan.yaml" p.yaml
	# (LeakSanitizer, in a sanitizer build, does not work under ptrace)
	ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" strace -f -qq -o trace -e trace=write -e inject=write:signal=SIGSTOP:when=1 \
		"$OPP" done --no-config --as-of 2026-12-01 p.yaml planbord-maken 2>err & spid=$!
	i=0; while [ $i -lt 100 ] && ! grep -q 'stopped by SIGSTOP' trace 2>/dev/null; do sleep 0.1; i=$((i + 1)); done
	pid=$(sed -n 's/^\([0-9]*\) *--- stopped by SIGSTOP.*/\1/p' trace)
	[ -n "$pid" ] || { echo "opp did not stop"; kill "$spid"; }
	echo "stopped with its temporary file: $(ls -A | grep -c '^\.opp-tmp-')"
}
finish() {
	# SIGCONT until it runs: one sent while strace is still between
	# reporting the stop and listening for the end of it is lost
	i=0; while [ $i -lt 100 ] && grep -q '^[0-9]* ([^)]*) [tT] ' "/proc/$pid/stat" 2>/dev/null; do
		kill -CONT "$pid"; sleep 0.1; i=$((i + 1))
	done
	wait "$spid"; echo "exit $?"; cat err
	echo "temporary files left: $(ls -A | grep -c '^\.opp-tmp-')"
	echo "gedaan written: $(grep -c 'gedaan: 2026-12-01' p.yaml)"
}
echo "-- nobody else writes: the edit is made"
start; finish
echo "-- a line added meanwhile"
start; echo "# bijgewerkt door een collega" >> p.yaml; finish
tail -n 1 p.yaml
echo "-- one byte changed in place, size and modification time put back"
start; touch -r p.yaml ref
python3 -c 'import sys; f = open(sys.argv[1], "r+b"); t = f.read(); f.seek(t.index(b"planbord-maken")); f.write(b"Planbord-maken")' p.yaml
touch -r ref p.yaml; finish
grep -c Planbord-maken p.yaml
