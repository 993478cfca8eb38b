# `make install` into a DESTDIR with PREFIX=/usr: the tree it makes, the
# installed binary running, an installed page through man(1) (when man is
# there), then `make uninstall`, which must leave nothing but folders.
# INSTALL_EXE is the binary under test, so make installs it as it is and
# never rebuilds it with other flags; the make output is shown only when
# make fails.
set -u
top=$(cd ../../.. && pwd)
root=$TMP/root
mk() {
	if ! make -C "$top" "$@" DESTDIR="$root" PREFIX=/usr INSTALL_EXE="$OPP" > "$TMP/make.log" 2>&1; then
		echo "make $1 failed:"
		cat "$TMP/make.log"
		exit 1
	fi
}

mk install
(cd "$root" && find . | sort)
echo "--- installed binary"
"$root/usr/bin/opp" --version
# It finds what was installed beside it (../share), also under DESTDIR:
# its Dutch, its schema, and the modeline of a new case names that schema.
printf 'opp: 1\nleerling: {naam: Sam, school: X}\nregie: {opp: ib}\n' > "$TMP/kapot.yaml"
LC_ALL=C.UTF-8 LANGUAGE=nl "$root/usr/bin/opp" validate --as-of 2026-12-01 "$TMP/kapot.yaml" 2>&1 | sed "s|$TMP/||"
{ "$root/usr/bin/opp" schema --path; echo "rc $?"; } | sed "s|$root|ROOT|"
(cd "$TMP" && "$root/usr/bin/opp" new --as-of 2026-12-01 - | sed -n "1s|$root|ROOT|p")
# A copy with nothing installed beside it, and nothing where it was built
# to look: no schema to point to (exit 2, said), a new case without a
# modeline. Skipped where opp is installed for real at the built PREFIX.
mkdir -p "$TMP/bare/bin" && cp "$root/usr/bin/opp" "$TMP/bare/bin/opp"
built=$(make -s -C "$top" print-schemadir 2>/dev/null)
# The same said in Dutch: the copy given the installed catalogue (and
# still no schema).
if [ -e "$built/opp.schema.json" ]; then
	echo "opp: no schema file is installed (skipped: installed at the built PREFIX)"; echo "rc 2"
	echo "opp: er is geen schemabestand geïnstalleerd (skipped: installed at the built PREFIX)"; echo "rc 2"
	echo "# OPP aangemaakt (skipped)"
else
	{ "$TMP/bare/bin/opp" schema --path; echo "rc $?"; } 2>&1 | sed "s|$built|PREFIX/share/opp|"
	{ LC_ALL=C.UTF-8 LANGUAGE=nl OPP_LOCALEDIR="$root/usr/share/locale" "$TMP/bare/bin/opp" schema --path
	  echo "rc $?"; } 2>&1 | sed "s|$built|PREFIX/share/opp|"
	(cd "$TMP" && "$TMP/bare/bin/opp" new --as-of 2026-12-01 - | sed -n '1s/ op 2026-12-01.*//p')
fi
if command -v man >/dev/null; then
	# the NAME line as man shows it; silent when right
	for p in man1/opp-validate.1:"opp-validate - check case files" \
	    man5/opp-format.5:"opp-format - the OPP case file format"; do
		MANPAGER=cat MANWIDTH=200 man -l "$root/usr/share/man/${p%%:*}" 2>&1 | tr -s ' ' |
			grep -q -F -e "${p#*:}" || echo "man -l does not show ${p%%:*}"
	done
fi
echo "--- after make uninstall, all but folders"
mk uninstall
(cd "$root" && find . ! -type d | sort)
