# opp sign on every layout (flow, block scalars, comments, 4 spaces, no
# ondertekening, empty values, CRLF, BOM): only the lines that must change.
. ../../edit/layouts.sh
for f in $(layouts); do
	edit "$f" sign @ --as ouders
	edit "$f" sign @ --as toegang --datum 2026-10-09
done
