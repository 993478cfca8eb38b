# A new case fails until its placeholders are filled in, then validates clean.
cd "$TMP" && $OPP new --as-of 2026-11-26 case.yaml && $OPP validate --as-of 2026-11-26 case.yaml 2>/dev/null; echo "empty: $?"
sed -e 's/^  naam: .*/  naam: Sam/' -e 's/^  school:.*/  school: De Linde/' -e 's/^  opp: .*/  opp: ib-jansen/' \
    -e '0,/^  - id: .*/s//  - id: ib-jansen/' -e 's/^  - id: *#*$/  - id: x/' -e 's/^    naam:.*/    naam: Iemand/' \
    -e '0,/^  - id: x$/s//  - id: lk-de-vries/' -e 's/^  - id: x$/  - id: ortho-ali/' \
    -e '0,/^    - $/s//    - eerste verklaring/' -e 's/^    - $/    - tweede verklaring/' case.yaml > filled.yaml
$OPP validate --as-of 2026-11-26 filled.yaml; echo "filled: $?"
