# A program that does not exist: named with the reason, per mail; exit 1.
$OPP due --as-of 2026-11-01 --within 6w --sendmail=/nonexistent/sendmail mail/bram-pieters.yaml
echo "rc $?"
$OPP due --as-of 2026-11-01 --within 6w --sendmail= mail/bram-pieters.yaml
echo "rc $?"
