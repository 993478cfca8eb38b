# One file is not YAML: reported with file:line:col, the others still listed, exit 2.
$OPP due --as-of 2026-12-01 mixed
