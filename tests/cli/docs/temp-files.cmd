# Every place in the source that creates a file (mkstemp, tmpfile, a
# spool, an atomic write, libxlsxwriter's tmpdir, O_CREAT, fopen for
# writing) is in the table below with the words opp(1) PRIVACY uses for
# it, and opp(1) says them: a new temporary file fails here until it is
# listed there. The README points to that list and keeps none of its own.
top=../../..
creators='mkstemps?\(|mkostemps?\(|mkdtemp\(|tmpfile\(|tmpnam\(|tempnam\(|O_TMPFILE|O_CREAT|creat\(|fopen\([^)]*"[wa]|opp_spool_new\(|opp_atomic_begin\(|opp_atomic_file\(|stdout_tmp\(|\.tmpdir'
# file|creator|what opp(1) PRIVACY says for it
cat > "$TMP/table" <<'T'
lib/base/atomic.c|mkstemp(|`.opp-tmp-XXXXXX`, beside the target
lib/base/atomic.c|opp_atomic_begin(|renamed over the target once complete
lib/base/spool.c|tmpfile(|Anonymous files from tmpfile(3), in `/tmp`
lib/base/xsort.c|opp_spool_new(|`opp due` sorts every item of every case by person
lib/documents/report.c|opp_spool_new(|`opp report` keeps its later tables in them
lib/documents/reminder.c|opp_spool_new(|the items of one person wait in one while their reminder is written
lib/output/xlsx.c|.tmpdir|libxlsxwriter's parts (`tmp.XXXXXXXXXX`), beside the workbook
cmd/common.c|mkstemp(|`opp-render-XXXXXX`, `opp-report-XXXXXX`, in **TMPDIR**
cmd/render.c|stdout_tmp(|`opp render --to xlsx | ...`
cmd/report.c|stdout_tmp(|`opp report --to xlsx | ...`
cmd/render.c|opp_atomic_begin(|`opp render -o`
cmd/render.c|opp_atomic_file(|`opp render -o`
cmd/report.c|opp_atomic_begin(|`opp report -o`
cmd/report.c|fopen(|`opp report -o`
cmd/agenda.c|opp_atomic_file(|`opp agenda -o`, `--ics` and `--eml`
cmd/redact.c|opp_atomic_file(|`opp redact -o`
cmd/new.c|opp_atomic_file(|`opp new`
cmd/edit.c|opp_atomic_begin(|the case file that `opp sign`, `opp note` and `opp done` change
cmd/deliver.c|opp_atomic_begin(|each mail of `opp due --eml` in its folder
cmd/deliver.c|mkstemp(|`.opp-tmp-XXXXXX`, empty, in the folder of `opp due --eml`
cmd/deliver.c|tmpfile(|each mail is composed in one before it is written to its file or piped to the mail program
T
(cd $top && grep -oE "$creators" lib/*/*.c cmd/*.c /dev/null) |
	sed -E 's/^([^:]*):(.*)$/\1|\2/; s/\|mkstemps\(/|mkstemp(/; s/\|fopen\(.*/|fopen(/' | sort -u > "$TMP/found"
# the definitions themselves are no creators
grep -v -x -E 'lib/base/spool\.c\|opp_spool_new\(|lib/base/atomic\.c\|opp_atomic_file\(|cmd/common\.c\|stdout_tmp\(' "$TMP/found" > "$TMP/found2"
cut -d'|' -f1,2 "$TMP/table" | sort -u > "$TMP/known"
comm -23 "$TMP/found2" "$TMP/known" | sed 's/^/not in opp(1) PRIVACY (add it there and to this table): /'
comm -13 "$TMP/found2" "$TMP/known" | sed 's/^/no longer in the source (take it out of this table): /'
# opp(1)'s section, its lines joined as pandoc joins them
awk '/^# PRIVACY/ { p = 1; next } /^# / { p = 0 } p' $top/docs/opp.1.md | tr '\n' ' ' | tr -s ' ' > "$TMP/privacy"
while IFS='|' read -r file what says; do
	grep -qF -- "$says" "$TMP/privacy" || echo "opp(1) PRIVACY does not say, for $file ($what): $says"
done < "$TMP/table"
grep -c 'These are all the temporary files' "$TMP/privacy"
# the README: a pointer, no list of its own to drift
awk '/^## Privacy/ { p = 1; next } /^## / { p = 0 } p' $top/README.md > "$TMP/readme"
grep -c 'docs/opp.1.md#privacy' "$TMP/readme"
grep -c 'opp-tmp\|tmpfile\|opp-render-' "$TMP/readme"
echo "$(wc -l < "$TMP/found2") places that create files, each listed"
