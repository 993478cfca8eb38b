# The working file with changes not yet committed: those show too, and
# the agreement signed now makes the versions differ per party.
top=$(cd ../../.. && pwd); . "$top/tests/git/fixture.sh"
fx_history "$TMP/cases"
f="$TMP/cases/plannen/2026/sam de vries.yaml"
"$OPP" sign --as-of 2026-11-21 "$f" --as ouders
"$OPP" done --as-of 2026-11-21 "$f" ouders-bellen
"$OPP" diff --as-of 2026-11-21 "$f" | sed "s|$TMP/||"
