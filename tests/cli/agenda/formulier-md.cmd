# The evaluation form of bijlage 3 for the planned OT, with the answers
# kept under the meeting (x-evaluatie): shown in their rows, the pupil
# named by initials in them; a key that is no item is warned about.
$OPP agenda --no-config --as-of 2026-12-01 --evaluatieformulier formulier.yaml
