# The HTML report under LANG=C: an English page (lang="en"), English
# headings and card labels (data-label); the tables keep their classes,
# which the page's style picks them by (html.cmd: in Dutch, lang="nl").
$OPP report --to html --as-of 2027-01-05 cases | grep -o '<html lang="[a-z]*"\|<title>[^<]*\|<h[12][^>]*>[^<]*\|<table class="[^"]*"\|<p>[^<]*</p>\|<th[^>]*>[^<]*' | sort | uniq -c
echo "--- in Dutch"
LC_ALL=C.UTF-8 LANGUAGE=nl $OPP report --to html --as-of 2027-01-05 cases | grep -o '<html lang="[a-z]*"\|<title>[^<]*\|<h[12][^>]*>[^<]*\|<table class="[^"]*"' | sort | uniq -c
