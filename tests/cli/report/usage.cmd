$OPP report --to pdf ../../../examples; echo "rc=$?"
$OPP report --as-of 2027-13-01 ../../../examples; echo "rc=$?"
