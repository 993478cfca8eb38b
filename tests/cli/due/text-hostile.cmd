# The text output shows names and texts without their control and bidi
# characters: nothing clears the screen, forges a line or reads backwards.
$OPP due --as-of 2026-12-01 hostile.yaml | cat -v
