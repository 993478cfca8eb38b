# A broken copy of each example fails with the expected rule.
E=../../../examples
sed '/^ondertekening:/,/^[a-z]/{/^  ouders:/d}' $E/aaron.yaml | $OPP validate --as-of 2026-12-01 --format json - | grep -o '"rule": "[a-z-]*"' | sort | uniq -c
sed 's/soort: evaluatie/soort: ot/' $E/willem.yaml | $OPP validate --as-of 2026-12-01 --format json - | grep -o '"rule": "[a-z-]*"' | sort | uniq -c
$OPP validate --as-of 2026-12-20 --format json $E/vroeg.yaml | grep -o '"rule": "[a-z-]*"' | sort | uniq -c
