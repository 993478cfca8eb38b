# The fields of the file that go into the school document (the table in
# lib/documents/voor.c), one path a line.
$OPP render --voor school --velden
