# A short part of the hostile client (tests/serve/check.py --corpus): the
# token, path traversal and a huge header, against a server over 60
# generated cases (bench/gencorpus.c) in folders per school.
top=$(cd ../../.. && pwd)
cc -std=c11 -D_POSIX_C_SOURCE=200809L -O1 -o "$TMP/gencorpus" "$top/bench/gencorpus.c" && "$TMP/gencorpus" -s 7 60 "$TMP/corpus" > /dev/null
/usr/bin/python3 ../../serve/check.py --corpus "$OPP" "$TMP/corpus"
