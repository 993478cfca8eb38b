# "Today" is the school's date (Europe/Amsterdam), whatever the machine's time zone.
mkdir -p "$TMP/empty"
a=$(TZ=Etc/GMT+12 $OPP due --format json "$TMP/empty")
b=$(TZ=Etc/GMT-14 $OPP due --format json "$TMP/empty")
c=$(TZ=Europe/Amsterdam $OPP due --format json "$TMP/empty")
[ "$a" = "$c" ] && [ "$b" = "$c" ] && echo "same date in every time zone"
