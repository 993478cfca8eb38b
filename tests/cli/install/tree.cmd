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
