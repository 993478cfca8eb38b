# Misuse is exit 2 with a pointer to --help; a file that cannot be read too.
$OPP render --to pdf ../../../examples/aaron.yaml; echo "exit $?"
$OPP render; echo "exit $?"
$OPP render ../../../examples/aaron.yaml ../../../examples/willem.yaml; echo "exit $?"
$OPP render --as-of 2026-13-01 ../../../examples/aaron.yaml; echo "exit $?"
$OPP render --bogus ../../../examples/aaron.yaml; echo "exit $?"
$OPP render nosuch.yaml; echo "exit $?"
