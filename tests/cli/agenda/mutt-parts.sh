#!/bin/sh
# Read an invitation mail with mutt, a real mail client that parses files:
# the .eml goes into an mbox, mutt (in a pseudo-terminal from script(1),
# no config, read-only) opens it and pipes each entry of its attachment
# menu to a file. Prints what mutt saw; exit 77 when mutt or script is
# not installed (the case is then skipped).
#
#   mutt-parts.sh MAIL.eml CALENDAR.ics DIR
set -eu
eml=$1 ics=$2 dir=$3
command -v mutt >/dev/null 2>&1 && command -v script >/dev/null 2>&1 || exit 77

# mbox: a From_ line, the message with LF line ends, a blank line
{ printf 'From opp@example.invalid Mon Dec  1 08:00:00 2025\n'; tr -d '\r' <"$eml"; echo; } >"$dir/box.mbox"
push=""
for n in 1 2 3 4 5; do
	[ $n = 1 ] && move="<first-entry>" || move="<next-entry>"
	push="$push$move<pipe-entry>cat > $dir/part$n<enter>"
done
cat >"$dir/muttrc" <<RC
set pipe_decode=yes
set wait_key=no
set quit=yes
set sort=mailbox-order
set charset=utf-8
push "<pipe-message>cat > $dir/message<enter><view-attachments>$push<exit><quit>"
RC
LC_ALL=C.UTF-8 TERM=vt100 timeout 30 script -qec "mutt -n -F $dir/muttrc -R -f $dir/box.mbox" /dev/null >/dev/null 2>&1
tr -d '\r' <"$ics" >"$dir/lf.ics"

# The decoded message (the text part, as mutt shows it): the greeting and
# the sign-off; the attachment menu: the alternative, its text, its HTML,
# its calendar, then the attached file, each decoded to what opp wrote.
echo "mutt message: $(grep -c "" "$dir/message") lines, $(grep -c "^Subject: Uitnodiging: OT" "$dir/message") subject"
echo "mutt text part: $(head -1 "$dir/part2") ... $(tail -1 "$dir/part2")"
grep -q '^--=_opp_a_' "$dir/part1" && echo "mutt entry 1: the multipart/alternative"
grep -q '^<html lang="nl">' "$dir/part3" && echo "mutt entry 3: the HTML, $(grep -c '<p>' "$dir/part3") paragraphs"
cmp -s "$dir/part4" "$dir/lf.ics" && echo "mutt entry 4: the calendar part is the .ics"
cmp -s "$dir/part5" "$ics" && echo "mutt entry 5: the attachment is the .ics, byte for byte"
