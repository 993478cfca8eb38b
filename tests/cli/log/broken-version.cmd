# A commit whose version of the file is not YAML is shown as such; the
# next one is compared with the last that was.
top=$(cd ../../.. && pwd); . "$top/tests/git/fixture.sh"
fx_init "$TMP/cases"
fx_as "Femke de Groot" f.degroot@school.example
fx_on 2026-10-06; fx_put ../../git/plan/02.yaml sam.yaml; fx_commit "plan"
fx_on 2026-10-07; printf 'doelen: [\n' > "$TMP/cases/sam.yaml"; fx_commit "kapot"
fx_on 2026-10-08; fx_put ../../git/plan/03.yaml sam.yaml; fx_commit "hersteld"
"$OPP" log "$TMP/cases/sam.yaml" | sed -n '/2026-10-07/,$p'
