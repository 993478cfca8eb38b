# A failure after the temporary file exists (a PATH that is missing): exit
# 2, the target is not written and the temporary file is removed.
mkdir -p "$TMP/lf"
for fmt in xlsx md; do
	$OPP report --as-of 2027-01-05 -o "$TMP/lf/x.$fmt" ../../../examples no-such-folder 2>&1
	echo "$fmt: rc=$? files=$(ls -A "$TMP/lf" | wc -l)"
done
