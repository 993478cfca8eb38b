# Misuse of opp serve: exit 2 with a message, nothing started.
$OPP serve --port 0 .; echo "rc=$?"
$OPP serve --port 70000 .; echo "rc=$?"
$OPP serve --port x .; echo "rc=$?"
$OPP serve does-not-exist; echo "rc=$?"
