# The crontab lines of docs/due.md ("Every Monday at 07:00, by cron") run
# as cron runs them: each ```crontab block's variable lines as the
# environment (and nothing else but PATH=/usr/bin:/bin and HOME), each job
# line's command through sh, with the folders, opp and sendmail of the
# line replaced by scratch ones and the stub. Today is the clock's, so
# only what holds on any day is printed: the mails are Dutch and pass
# mailcheck.py, the sendmail job and the --eml job reach the same people
# with the same Message-IDs, and a second --eml run on the day replaces
# its files.
top=$(cd ../../.. && pwd)
mkdir "$TMP/dossiers" "$TMP/herinneringen" "$TMP/sent"
cp mail/.opp.yaml mail/*.yaml "$TMP/dossiers/"
awk '/^```crontab$/ { n++; on = 1; next } /^```$/ { on = 0 } on { print n "\t" $0 }' "$top/docs/due.md" > "$TMP/blocks"
cut -f1 "$TMP/blocks" | sort -u | while read -r b; do
	env=
	grep "^$b	" "$TMP/blocks" | cut -f2- > "$TMP/block"
	while IFS= read -r line; do
		case $line in
		'#'* | '') continue ;;
		[A-Z]*=*) env="$env $line"; continue ;;
		esac
		cmd=$(printf '%s\n' "$line" | cut -d' ' -f6- | sed -e 's/^ *//' \
		    -e "s|/usr/local/bin/opp|$OPP|" -e "s|/usr/sbin/sendmail|$PWD/stub-sendmail|" \
		    -e "s|/srv/opp/dossiers|$TMP/dossiers|" -e "s|/srv/opp/herinneringen|$TMP/herinneringen|")
		for run in 1 2; do
			env -i PATH=/usr/bin:/bin HOME="$TMP" SENT="$TMP/sent" OPP_LOCALEDIR="$OPP_LOCALEDIR" $env \
			    sh -c "$cmd" >"$TMP/job.out" 2>"$TMP/job.err"
			echo "block $b, run $run: exit $?; $(grep -c -v -e '^[a-z/].* (.*)$' "$TMP/job.out") other lines out; people without an address named: $(grep -c 'heeft geen e-mailadres' "$TMP/job.err")"
			case $cmd in *--sendmail*) break ;; esac
		done
	done < "$TMP/block"
done
n_eml=$(ls "$TMP/herinneringen" | wc -l)
n_sent=$(ls "$TMP/sent"/*.eml | wc -l)
echo "mails written: $([ "$n_eml" -ge 2 ] && echo 'two or more' || echo "$n_eml"), sent: $([ "$n_sent" = "$n_eml" ] && echo 'as many' || echo "$n_sent")"
/usr/bin/python3 mailcheck.py "$TMP/herinneringen" --forbid MARKER --forbid Jansen --forbid Pieters | tail -n 1
mkdir "$TMP/sent-mails" && cp "$TMP"/sent/*.eml "$TMP/sent-mails/"
for d in herinneringen sent-mails; do
	grep -h '^Message-ID:' "$TMP/$d"/*.eml | sort > "$TMP/$d.ids"
	grep -h '^Subject:' "$TMP/$d"/*.eml | grep -v -c 'Herinnering' > "$TMP/$d.english"
done
cmp -s "$TMP/herinneringen.ids" "$TMP/sent-mails.ids" && echo "the same Message-IDs by sendmail and in the files"
echo "subjects not in Dutch: $(cat "$TMP/herinneringen.english") and $(cat "$TMP/sent-mails.english")"
