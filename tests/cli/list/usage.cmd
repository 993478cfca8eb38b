$OPP list -w wide ../../../examples; echo "rc=$?"
$OPP list ../../../examples/nothing.yaml; echo "rc=$?"
