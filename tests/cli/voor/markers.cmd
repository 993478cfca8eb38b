# Every fixture, its every text, name, address, phone number and funding
# amount replaced by a marker (markers.py): each reader's documents (md
# and html) show only markers of fields in its table (--velden), and every
# field of its table that was marked shows in some document. x- keys show
# nowhere.
files=$(cd ../../.. && find examples tests -name '*.yaml' ! -path '*/yaml-test-suite/*' ! -path '*/syntax/*' ! -path '*/fuzz/*' | sort)
cd ../../.. && /usr/bin/python3 tests/cli/voor/markers.py "$OPP" 2026-12-01 $files
