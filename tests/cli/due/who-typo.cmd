# A --who that names nobody in the cases is a usage error with the closest
# id, never silence (a cron job would never remind that person); an
# existing person with nothing due stays silent (who-nobody).
$OPP due --as-of 2026-12-01 --who ib-bakkr late.yaml; echo "rc $?"
$OPP due --as-of 2026-12-01 --who "Ilse Baker" late.yaml; echo "rc $?"
$OPP due --as-of 2026-12-01 --regie lk-kok late.yaml; echo "rc $?"
$OPP due --as-of 2026-12-01 --who zzzzzz late.yaml; echo "rc $?"
