# Nothing of this person is due: silent and exit 0, though others are late.
$OPP due --as-of 2026-12-01 --who ouders late.yaml
