# opp serve over real loopback sockets (tests/serve/check.py): the token,
# every page and its guarding headers, path traversal, methods, a huge
# header, 10,000 headers, a non-HTTP stream, a client that sends a byte a
# second, a live edit, a half-written and a removed file, a symlink out of
# the folder, files that cannot be read (on every page, with the reason),
# the source view and its line links, findings in Dutch under LC_ALL=C, a
# port in use and SIGTERM with nothing on stderr. About 15 s (the slow
# client).
/usr/bin/python3 ../../serve/check.py "$OPP" ../../../examples "$TMP" | grep -v '^   (the slow client'
