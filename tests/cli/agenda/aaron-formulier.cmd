# The evaluation form for aaron.yaml's planned evaluation meeting.
$OPP agenda --no-config --as-of 2027-03-01 --evaluatieformulier ../../../examples/aaron.yaml
