# opp — GNU Makefile (no recursion).
#
#   make              build ./opp
#   make check        unit tests + CLI tests (what .ci/run calls, via make ci)
#   make check-asan   the same under AddressSanitizer + UBSan
#   make check-browser  the HTML pages in headless Chromium (phone, laptop, A4)
#   make install      PREFIX (default /usr/local) and DESTDIR honoured
#   make man          the man pages, from docs/*.[1-8].md, into build/man/
#   make deps         install the Debian packages the build and tests need
#   make bench        time opp against the libyaml floor and its peers

VERSION    := 0.1.0
PREFIX     ?= /usr/local
BINDIR     ?= $(PREFIX)/bin
MANDIR     ?= $(PREFIX)/share/man
DATADIR    ?= $(PREFIX)/share
LOCALEDIR  ?= $(DATADIR)/locale
PKG_CONFIG ?= pkg-config
CC         ?= cc

PKGS      := yaml-0.1 libcmark xlsxwriter libutf8proc libmicrohttpd nettle
WARN      := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
             -Wformat=2 -Wvla -Wpointer-arith -Wno-unused-parameter
CFLAGS    ?= -O2 -g
ALL_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(WARN) $(CFLAGS) \
             -DOPP_VERSION='"$(VERSION)"' -DOPP_LOCALEDIR='"$(LOCALEDIR)"' \
             -DOPP_SCHEMADIR='"$(DATADIR)/opp"' \
             -DOPP_EXE_TO_BUILD='"$(EXE_TO_BUILD)"' -DOPP_EXE_TO_TOP='"$(EXE_TO_TOP)"' \
             $(shell $(PKG_CONFIG) --cflags $(PKGS)) -Ilib -MMD -MP
LIBS       = $(shell $(PKG_CONFIG) --libs $(PKGS)) -lm -lpthread
TEST_LIBS  = $(shell $(PKG_CONFIG) --libs criterion)

B := build

LIB_SRC  := $(wildcard lib/*/*.c)
CMD_SRC  := $(wildcard cmd/*.c)
TEST_SRC := $(wildcard tests/unit/test_*.c)
LIB_OBJ  := $(LIB_SRC:%.c=$(B)/%.o)
CMD_OBJ  := $(CMD_SRC:%.c=$(B)/%.o)
TEST_BIN := $(TEST_SRC:tests/unit/%.c=$(B)/tests/%)

OPP_EXE ?= opp

# From the binary's folder to this build folder and to the source tree
# ("build" and "." for ./opp, "." and ".." for build-asan/opp): a binary
# run in place finds the build's catalogue and the project's schema there
# (cmd/paths.c); an installed one finds neither and uses the installed.
EXE_DIR      := $(patsubst %/,%,$(dir $(OPP_EXE)))
EXE_TO_TOP   := $(if $(filter .,$(EXE_DIR)),.,$(shell echo '$(EXE_DIR)' | sed 's|[^/][^/]*|..|g'))
EXE_TO_BUILD := $(patsubst ./%,%,$(EXE_TO_TOP)/$(B))

all: $(OPP_EXE)

$(OPP_EXE): $(CMD_OBJ) $(B)/libopp.a
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(CMD_OBJ) $(B)/libopp.a $(LIBS)

# schema/opp.schema.json is what `opp schema` prints (made from the shape
# table); `make schema` writes it, tests/cli/schema checks it is current.
schema: $(OPP_EXE)
	./$(OPP_EXE) schema > schema/opp.schema.json.tmp && mv schema/opp.schema.json.tmp schema/opp.schema.json

$(B)/libopp.a: $(LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $^

$(B)/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# A change of compiler, flags or install paths (built into the binary:
# schema, catalogue) rebuilds everything, as git does with GIT-CFLAGS.
# The file is brought up to date while the Makefile is read, so `make -q`
# after a build says "up to date".
FLAGS_NOW := $(CC) $(ALL_CFLAGS) $(LDFLAGS) $(LIBS)
FLAGS_SET := $(shell mkdir -p $(B) && { echo '$(subst ','\'',$(FLAGS_NOW))' | cmp -s - $(B)/flags || \
               echo '$(subst ','\'',$(FLAGS_NOW))' > $(B)/flags; })
$(LIB_OBJ) $(CMD_OBJ) $(OPP_EXE) $(TEST_BIN): $(B)/flags

$(B)/tests/%: tests/unit/%.c $(B)/libopp.a tests/unit/helpers.h
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Itests/unit $(LDFLAGS) -o $@ $< $(B)/libopp.a $(LIBS) $(TEST_LIBS)

# ---- messages -------------------------------------------------------------
# English in the source, through _() and N_(); po/nl.po is the Dutch
# catalogue. `make po` refreshes the template and merges it into nl.po.
LINGUAS := nl
MO := $(LINGUAS:%=$(B)/locale/%/LC_MESSAGES/opp.mo)

all: $(MO)

$(B)/locale/%/LC_MESSAGES/opp.mo: po/%.po
	@mkdir -p $(@D)
	msgfmt --check -o $@ $<

po/opp.pot: $(LIB_SRC) $(CMD_SRC)
	xgettext --from-code=UTF-8 --language=C --keyword=_ --keyword=N_ --keyword=P_:1,2 --add-comments=TRANSLATORS \
	    --package-name=opp --package-version=$(VERSION) --no-location --sort-output -o $@ $^

po: po/opp.pot
	for l in $(LINGUAS); do msgmerge --quiet --update --backup=none --no-location --sort-output po/$$l.po po/opp.pot; done

# ---- tests ---------------------------------------------------------------
# Unit tests link libopp.a; CLI tests run the binary named by OPP_BIN.
TEST_ENV = OPP_BIN=$(CURDIR)/$(OPP_EXE) \
           ICALCHECK=$(CURDIR)/$(ICALCHECK)

# libical's parser and RFC 5546 restriction check, for the .ics files of
# the `opp agenda` CLI cases (tests/cli/agenda/).
ICALCHECK := $(B)/tests/icalcheck
$(ICALCHECK): tests/ics/icalcheck.c
	@mkdir -p $(@D)
	$(CC) -std=c11 -Wall -Wextra $(CFLAGS) $(LDFLAGS) -o $@ $< $(shell $(PKG_CONFIG) --cflags --libs libical)

# A small generated corpus for the unit test that due and validate agree
# (tests/unit/test_obligations.c), deterministic like the benchmark's.
AGREE_CORPUS := $(B)/agreement-corpus
$(AGREE_CORPUS)/.corpus: $(B)/gencorpus
	rm -rf $(AGREE_CORPUS)
	./$(B)/gencorpus -s 11 300 $(AGREE_CORPUS) >/dev/null

check: $(OPP_EXE) $(MO) $(TEST_BIN) $(ICALCHECK) $(AGREE_CORPUS)/.corpus
	@set -e; for t in $(TEST_BIN); do echo "== $$t"; OPP_CORPUS=$(AGREE_CORPUS) $(TEST_ENV) ./$$t --jobs=2; done
	@$(TEST_ENV) sh tests/cli/run.sh

# Regenerate the golden documents of `opp render` (tests/golden/<name>.md
# from examples/<name>.yaml, as of 2026-12-01; checked by the cases in
# tests/cli/render/) after an intended change to the document. Review the
# diff: it is what parents get to read.
golden: $(OPP_EXE)
	@set -e; for g in tests/golden/*.md; do n=$$(basename $$g .md); \
	    echo "== $$g"; ./$(OPP_EXE) render --as-of 2026-12-01 --no-config --to md \
	        -o $$g examples/$$n.yaml; done

# The whole suite again, built with AddressSanitizer and UBSan into
# build-asan/ (leaks included: LeakSanitizer is part of ASan).
SAN := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
check-asan:
	@ASAN_OPTIONS=detect_leaks=1:handle_segv=0 UBSAN_OPTIONS=print_stacktrace=1 \
	$(MAKE) --no-print-directory B=build-asan OPP_EXE=build-asan/opp \
	    CFLAGS="-O1 -g $(SAN)" LDFLAGS="$(SAN)" check

# valgrind reaches what the sanitizers cannot (uninstrumented libyaml,
# cmark, libxlsxwriter): memcheck over the commands on the examples.
VALGRIND = valgrind --quiet --error-exitcode=3 --leak-check=full --errors-for-leak-kinds=definite,indirect
check-valgrind: $(OPP_EXE)
	@mkdir -p $(B)/valgrind-eml
	@for args in "validate --as-of 2026-12-01 examples" "validate -v --as-of 2026-12-01 tests/cli/syntax" "due --as-of 2027-04-01 --within 2w -j 2 examples" \
	    "due --as-of 2026-12-01 --within 2w -j 2 --eml $(B)/valgrind-eml --sendmail=/bin/true tests/cli/due/mail" \
	    "report --as-of 2027-01-05 --to md tests/cli/report/cases" \
	    "redact examples/aaron.yaml" "validate --format sarif examples" "new -" "schema" \
	    "render --to md examples/willem.yaml" "render --to html examples/aaron.yaml" \
	    "report --as-of 2027-01-05 --to html examples" "list --as-of 2027-01-05 -w 60 examples" \
	    "agenda --as-of 2026-12-01 --no-config examples/vroeg.yaml" \
	    "sign --show-canonical examples/aaron.yaml" "log examples/willem.yaml" "diff HEAD examples/aaron.yaml"; do \
	    echo "== valgrind opp $$args"; $(VALGRIND) ./$(OPP_EXE) $$args > /dev/null; \
	    [ $$? -le 1 ] || exit 1; done  # 0 and 1 are answers; 3 is a memcheck error

# The pages as a reader's browser shows them (tests/browser/, README
# there): headless Chromium checks each page of tests/browser/pages for
# sideways scrolling at 375 and 1,200 px and for text cut off on A4,
# after a self-test of the harness; then the pages of `opp serve` over
# the examples and the generated caseload (serve.py: the token, the
# content of each kind of page, the same checks). Screenshots and PDFs land in
# $(B)/browser/. Skipped, with the reason, where Chromium cannot run.
# A caseload of 60 generated cases ($$CORPUS in tests/browser/pages) gives
# the report a printout of many pages.
BROWSER_CORPUS := $(B)/browser-corpus
$(BROWSER_CORPUS)/.corpus: $(B)/gencorpus
	rm -rf $(BROWSER_CORPUS)
	./$(B)/gencorpus -s 7 60 $(BROWSER_CORPUS) >/dev/null

check-browser: $(OPP_EXE) $(MO) $(BROWSER_CORPUS)/.corpus
	@set -e; rc=0; sh tests/browser/selftest.sh || rc=$$?; \
	if [ $$rc = 0 ]; then OPP_BIN=$(CURDIR)/$(OPP_EXE) OUT=$(CURDIR)/$(B)/browser \
	    CORPUS=$(BROWSER_CORPUS) sh tests/browser/run.sh || rc=$$?; fi; \
	if [ $$rc = 0 ]; then /usr/bin/python3 tests/browser/serve.py $(CURDIR)/$(OPP_EXE) $(CURDIR)/$(B)/browser \
	    examples $(BROWSER_CORPUS) || rc=$$?; fi; \
	if [ $$rc = 77 ]; then echo "check-browser: skipped: Chromium cannot run on this machine"; rc=0; fi; \
	exit $$rc

# What CI runs (and the README's test command): install what is missing,
# then the suite, then the suite again under the sanitizers.
ci: deps
	$(MAKE) --no-print-directory check-format
	$(MAKE) --no-print-directory check-layers
	$(MAKE) --no-print-directory check-clang
	$(MAKE) --no-print-directory check
	$(MAKE) --no-print-directory check-man
	$(MAKE) --no-print-directory check-browser
	$(MAKE) --no-print-directory check-asan
	$(MAKE) --no-print-directory check-valgrind

# Debian packages for building and testing (no-op when all are present).
DEBS := libyaml-dev libcmark-dev libxlsxwriter-dev libutf8proc-dev libmicrohttpd-dev nettle-dev libcriterion-dev pkg-config \
        gcc make gettext git valgrind python3 python3-jsonschema python3-yaml \
        cmark groff-base libical-dev python3-icalendar python3-openpyxl zsh fish man-db \
        clang clang-format chromium poppler-utils fonts-dejavu-core mandoc mutt strace
deps:
	@missing=; for p in $(DEBS); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	    echo "installing:$$missing"; \
	    SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	    $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

# ---- fuzzing ---------------------------------------------------------------
# libFuzzer harnesses (tests/fuzz/fuzz_*.c, docs/fuzzing.md), built with
# clang and the sanitizers against the library compiled with the same
# flags into build-fuzz/ (never mixed with the normal build). `make fuzz`
# runs each for FUZZ_SECONDS; a crash, leak, timeout or out-of-memory
# fails it and leaves build-fuzz/<harness>-crash-* to reproduce with
# ./build-fuzz/<harness> FILE. Corpora grow in build/fuzz/corpus-<name>/.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
FUZZ_OPTS    ?= -max_len=65536 -timeout=5 -rss_limit_mb=1024
FUZZ_SAN     := -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
                -fno-omit-frame-pointer
FB           := build-fuzz
FUZZ_DICT    := tests/fuzz/opp.dict
FUZZ_LIB_OBJ := $(LIB_SRC:%.c=$(FB)/%.o)
FUZZ_NAMES   := fuzz_load fuzz_config fuzz_render fuzz_agenda fuzz_edit
FUZZ_BIN     := $(FUZZ_NAMES:%=$(FB)/%)
FUZZ_SEEDS    = $(wildcard examples/*.yaml tests/edit/*.yaml tests/git/plan/*.yaml tests/schema/good/*.yaml \
                  tests/schema/bad/*.yaml tests/cli/*/*.yaml)
# The seeds that load clean, for layout variants (tests/fuzz/variants.py):
# the same documents written differently, for the editor.
FUZZ_LAYOUT_SEEDS = $(wildcard examples/*.yaml tests/edit/*.yaml tests/git/plan/*.yaml)
FUZZ_CFG_SEEDS = $(shell find examples tests -name '.opp.yaml' -o -name '*.opp.yaml' 2>/dev/null)

$(FB)/lib/%.o: lib/%.c
	@mkdir -p $(@D)
	$(FUZZ_CC) $(ALL_CFLAGS) -O1 -g $(FUZZ_SAN) -c -o $@ $<

$(FB)/libopp.a: $(FUZZ_LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $^

# Every harness gets the structure-aware mutator (tests/fuzz/mutate.c:
# swap, drop, duplicate, retype and splice on the YAML tree).
$(FB)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/mutate.c tests/fuzz/mutate.h $(FB)/libopp.a
	$(FUZZ_CC) $(ALL_CFLAGS) -Itests/fuzz -O1 -g $(FUZZ_SAN) -o $@ $< tests/fuzz/mutate.c $(FB)/libopp.a $(LIBS)

fuzz-build: $(FUZZ_BIN)

# Seed corpora from the committed examples and test cases (build output).
fuzz-corpus:
	@set -e; for n in $(FUZZ_NAMES); do \
	    d=$(B)/fuzz/corpus-$$n; mkdir -p $$d; \
	    extra=; [ $$n != fuzz_config ] || extra="$(FUZZ_CFG_SEEDS)"; \
	    for f in $(FUZZ_SEEDS) $$extra; do \
	        cp "$$f" "$$d/seed-$$(echo "$$f" | tr / _)"; \
	    done; \
	    [ $$n != fuzz_edit ] || /usr/bin/python3 tests/fuzz/variants.py 500 $$d 1 $(FUZZ_LAYOUT_SEEDS); \
	done

fuzz: fuzz-build fuzz-corpus
	@set -e; for n in $(FUZZ_NAMES); do \
	    echo "== $$n: $(FUZZ_SECONDS) s"; \
	    rc=0; ./$(FB)/$$n -max_total_time=$(FUZZ_SECONDS) $(FUZZ_OPTS) \
	        -dict=$(FUZZ_DICT) -print_final_stats=1 -artifact_prefix=$(FB)/$$n- \
	        $(B)/fuzz/corpus-$$n > $(FB)/$$n.log 2>&1 || rc=$$?; \
	    execs=$$(sed -n 's/^stat::number_of_executed_units: *//p' $(FB)/$$n.log); \
	    rate=$$(sed -n 's/^stat::average_exec_per_sec: *//p' $(FB)/$$n.log); \
	    corp=$$(sed -n 's/.*DONE .* corp: \([0-9]*\/[^ ]*\).*/\1/p' $(FB)/$$n.log | tail -1); \
	    files=$$(ls $(B)/fuzz/corpus-$$n | wc -l); \
	    echo "$$n: executions $$execs, $$rate exec/s, corpus $$files files (in use $$corp), exit $$rc"; \
	    if [ $$rc != 0 ]; then tail -60 $(FB)/$$n.log; ls $(FB)/$$n-* 2>/dev/null; exit 1; fi; \
	done

# Every command on structure-aware variants of the seeds (the mutator of
# the harnesses, tests/fuzz/variants.c) under ASan and UBSan:
# VARIANTS_N variants of each seed file, and as many layout variants of
# each clean one, for sign, note and done (tests/fuzz/variants.sh).
VARIANTS_N ?= 10
$(B)/tests/variants: tests/fuzz/variants.c tests/fuzz/mutate.c tests/fuzz/mutate.h $(B)/libopp.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -DOPP_MUTATE_NO_HOOK -Itests/fuzz $(LDFLAGS) -o $@ tests/fuzz/variants.c tests/fuzz/mutate.c \
	    $(B)/libopp.a $(LIBS)

fuzz-variants: $(B)/tests/variants
	@$(MAKE) --no-print-directory B=build-asan OPP_EXE=build-asan/opp CFLAGS="-O1 -g $(SAN)" LDFLAGS="$(SAN)" \
	    build-asan/opp
	@OPP=build-asan/opp VARIANTS=$(B)/tests/variants N=$(VARIANTS_N) LAYOUT="$(FUZZ_LAYOUT_SEEDS)" \
	    sh tests/fuzz/variants.sh $(FUZZ_SEEDS)

.PHONY: fuzz fuzz-build fuzz-corpus fuzz-variants

# ---- benchmarks --------------------------------------------------------------
# `make bench` times opp against the libyaml floor and its peers (yamllint,
# a JSON Schema validator) on generated corpora of 1,000 and 10,000 files
# (BENCH_100K=1 adds 100,000) and prints a table; `make bench-profile`
# shows where `opp validate -j 1` spends its time. docs/performance.md has
# the method and the figures. The corpora live in bench/corpus-*/ (ignored).
BENCH_DEBS := hyperfine yamllint python3-jsonschema python3-yaml time valgrind

$(B)/gencorpus: bench/gencorpus.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $<

$(B)/floor: bench/floor.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(shell $(PKG_CONFIG) --libs yaml-0.1)

bench-deps:
	@$(MAKE) --no-print-directory deps DEBS="$(BENCH_DEBS)"

bench: $(OPP_EXE) $(B)/gencorpus $(B)/floor bench-deps
	@OPP=./$(OPP_EXE) B=$(B) BENCH_100K=$(BENCH_100K) sh bench/run.sh

bench-profile: $(OPP_EXE) $(B)/gencorpus $(B)/floor bench-deps
	@OPP=./$(OPP_EXE) B=$(B) sh bench/run.sh --profile

.PHONY: bench bench-deps bench-profile

# ---- man pages ------------------------------------------------------------
# docs/<name>.<section>.md → $(B)/man/<name>.<section>: a .TH line, then
# `cmark --to man`, with each heading put on its .SH/.SS line (as man-db's
# lexgrog wants for NAME) and what only groff reads made portable: no
# .PP right after a heading (mandoc: "skipping paragraph macro"), and
# code as \f(CR instead of groff's \f[C], which mandoc (and so BSD and
# macOS man) does not know. tests/cli/man checks that every command and
# option has its page and that neither groff nor mandoc finds anything
# to warn about; `make check-man` runs mandoc -Tlint on them.
MAN_SRC   := $(wildcard docs/*.[1-8].md)
MAN_PAGES := $(MAN_SRC:docs/%.md=$(B)/man/%)
ifndef MAN_DATE
MAN_DATE  := $(shell date -u -d "@$${SOURCE_DATE_EPOCH:-$$(date +%s)}" +%Y-%m-%d)
endif

all: $(MAN_PAGES)

$(B)/man/%: docs/%.md Makefile
	@mkdir -p $(@D)
	cmark --to man --width 78 $< > $@.tmp
	{ n='$*'; printf '.TH "%s" "%s" "%s" "opp %s" "opp manual"\n.nh\n' \
	      "$$(echo "$${n%.*}" | tr a-z A-Z)" "$${n##*.}" "$(MAN_DATE)" "$(VERSION)"; \
	  sed -e '/^\.S[HS]$$/{N;s/\n/ /;}' $@.tmp | \
	  sed -e '/^\.S[HS] /{n;/^\.PP$$/d;}' -e 's/\\f\[C\]/\\f(CR/g'; } > $@
	@rm -f $@.tmp

man: $(MAN_PAGES)

# The man pages as mandoc reads them (BSD and macOS man): no warning.
check-man: $(MAN_PAGES)
	@command -v mandoc >/dev/null || { echo "check-man: mandoc is not installed (make deps)"; exit 1; }
	@out=$$(for p in $(MAN_PAGES); do mandoc -T lint -W warning $$p 2>&1; done); \
	if [ -n "$$out" ]; then echo "$$out"; exit 1; fi; echo "man: $(words $(MAN_PAGES)) pages, mandoc -Tlint clean"

# ---- install ------------------------------------------------------------
# `make install` puts these in place and `make uninstall` removes exactly
# these. Build with the same PREFIX (the binary knows where its schema and
# catalogue are). INSTALL_EXE is the binary to install: tests/cli/install
# passes the one under test, so installing never rebuilds it.
INSTALL     ?= install
INSTALL_EXE ?= $(OPP_EXE)
BASHCOMPDIR ?= $(DATADIR)/bash-completion/completions
ZSHCOMPDIR  ?= $(DATADIR)/zsh/site-functions
FISHCOMPDIR ?= $(DATADIR)/fish/vendor_completions.d
MAN1 := $(filter %.1,$(MAN_PAGES))
MAN5 := $(filter %.5,$(MAN_PAGES))

install: $(INSTALL_EXE) $(MO) $(MAN_PAGES)
	$(INSTALL) -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 \
	    $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR) $(DESTDIR)$(FISHCOMPDIR) $(DESTDIR)$(DATADIR)/opp
	$(INSTALL) -m 755 $(INSTALL_EXE) $(DESTDIR)$(BINDIR)/opp
	$(INSTALL) -m 644 $(MAN1) $(DESTDIR)$(MANDIR)/man1
	$(INSTALL) -m 644 $(MAN5) $(DESTDIR)$(MANDIR)/man5
	$(INSTALL) -m 644 completions/opp.bash $(DESTDIR)$(BASHCOMPDIR)/opp
	$(INSTALL) -m 644 completions/_opp $(DESTDIR)$(ZSHCOMPDIR)/_opp
	$(INSTALL) -m 644 completions/opp.fish $(DESTDIR)$(FISHCOMPDIR)/opp.fish
	$(INSTALL) -m 644 schema/opp.schema.json $(DESTDIR)$(DATADIR)/opp/opp.schema.json
	for l in $(LINGUAS); do \
	    $(INSTALL) -d $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES && \
	    $(INSTALL) -m 644 $(B)/locale/$$l/LC_MESSAGES/opp.mo $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/opp.mo || exit 1; \
	done

# Where the binary looks for its schema when installed (tests/cli/install).
print-schemadir:
	@echo '$(DATADIR)/opp'

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/opp \
	    $(MAN1:$(B)/man/%=$(DESTDIR)$(MANDIR)/man1/%) $(MAN5:$(B)/man/%=$(DESTDIR)$(MANDIR)/man5/%) \
	    $(DESTDIR)$(BASHCOMPDIR)/opp $(DESTDIR)$(ZSHCOMPDIR)/_opp $(DESTDIR)$(FISHCOMPDIR)/opp.fish \
	    $(DESTDIR)$(DATADIR)/opp/opp.schema.json \
	    $(LINGUAS:%=$(DESTDIR)$(LOCALEDIR)/%/LC_MESSAGES/opp.mo)
	rmdir $(DESTDIR)$(DATADIR)/opp 2>/dev/null || true

FORMAT_SRC = $(wildcard lib/*/*.c lib/*/*.h cmd/*.c cmd/*.h tests/unit/*.c tests/unit/*.h)
format:
	clang-format -i $(FORMAT_SRC)

# CI: main is formatted (`make format` would change nothing), and clang
# builds the program warning-free.
check-format:
	@clang-format --dry-run --Werror $(FORMAT_SRC)
check-layers:
	@sh tests/layers/check.sh
check-clang:
	@$(MAKE) --no-print-directory B=build-clang OPP_EXE=build-clang/opp CC=clang \
	    CFLAGS="-O2 -g -Werror" build-clang/opp

clean:
	rm -rf build build-asan build-clang build-fuzz opp

.PHONY: all schema check check-browser check-man check-format check-layers check-clang check-asan check-valgrind golden ci po deps man install uninstall print-schemadir format clean
.DELETE_ON_ERROR:

-include $(LIB_OBJ:.o=.d) $(CMD_OBJ:.o=.d) $(TEST_BIN:=.d) $(FUZZ_LIB_OBJ:.o=.d) $(FUZZ_BIN:=.d)
