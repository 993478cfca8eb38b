# TSV cells never start a formula (=, +, -, @ get a leading '), and no
# control or bidi character of a name or text reaches the file.
$OPP due --as-of 2026-12-01 --format tsv hostile.yaml | cat -v
