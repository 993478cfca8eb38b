# --format takes the formats of the table (output/formats.c) that carry a
# history, for log and diff alike: anything else is a usage error that
# names them (exit 2), before any file is read; `opp help --formats`
# lists the same for the completion scripts.
"$OPP" log --format csv nergens.yaml; echo "log: $?"
"$OPP" diff --format=sarif nergens.yaml; echo "diff: $?"
"$OPP" help --formats | grep -E '^(log|diff) '
