.POSIX:
.SUFFIXES:
.SUFFIXES: .c .o

CC = cc
CFLAGS = -std=c11 -O2 -Wall -Wextra -pedantic
LDFLAGS =
PREFIX = /usr/local
BINDIR = $(PREFIX)/bin
MANPREFIX = $(PREFIX)/share/man
# What make eval and make conformance read; not part of the project.
SHARED = ../shared
BENCH_MB = 256
STRESS_MB = 256
FUZZ_SECONDS = 60

# Only make check needs Check.
CHECK_CFLAGS != pkg-config --cflags check 2>/dev/null || true
CHECK_LIBS != pkg-config --libs check 2>/dev/null || echo -lcheck

BIN = menafn-strip menafn-paras menafn-quotes menafn-numbers
TOOLS = cmd/menafn-strip cmd/menafn-paras cmd/menafn-quotes cmd/menafn-numbers
HDR = lib/msg.h lib/utf8.h lib/rd.h lib/tsv.h lib/rec.h lib/opt.h \
	lib/win.h lib/strip.h lib/paras.h lib/quotes.h lib/numbers.h lib/scan.h lib/lex.h \
	lib/quotes/marks.h lib/quotes/words.h lib/quotes/words.def lib/quotes/verbs.def lib/quotes/titles.def \
	lib/quotes/toks.h lib/quotes/qcache.h lib/quotes/speaker.h lib/quotes/qgender.h lib/quotes/qpersons.h \
	lib/quotes/qgender.def \
	lib/numbers/nx.h lib/numbers/magnitudes.def lib/numbers/codes.def
LIBOBJ = lib/msg.o lib/utf8.o lib/rd.o lib/tsv.o lib/rec.o lib/opt.o \
	lib/win.o lib/strip.o lib/paras.o lib/scan.o lib/lex.o \
	$(QXOBJ) $(NXOBJ)
# The quotation extractor, by concern: marks, words, tokens, noun phrases,
# the speaker sieves, the pairing scan.
QXOBJ = lib/quotes/marks.o lib/quotes/qwords.o lib/quotes/qtokens.o \
	lib/quotes/qcache.o \
	lib/quotes/nphrase.o lib/quotes/sieves.o lib/quotes/qcarry.o \
	lib/quotes/qreach.o lib/quotes/qclause.o lib/quotes/qcover.o \
	lib/quotes/stray.o \
	lib/quotes/qgender.o lib/quotes/persons.o lib/quotes/qnames.o \
	lib/quotes/qpwords.o \
	lib/quotes/pairing.o
# The number extractor, by concern (lib/numbers/nx.h says which is which).
NXOBJ = lib/numbers/nxlexicon.o lib/numbers/nxindex.o lib/numbers/nxtokens.o \
	lib/numbers/nxvalue.o lib/numbers/nxwords.o lib/numbers/nxsuffix.o \
	lib/numbers/nxamount.o lib/numbers/nxdates.o lib/numbers/nxpatterns.o \
	lib/numbers/nxscreen.o lib/numbers/nxscan.o
UNITSRC = t/unit/main.c t/unit/check_tsv.c t/unit/check_rd.c \
	t/unit/check_utf8.c t/unit/check_rec.c t/unit/check_strip.c \
	t/unit/check_paras.c t/unit/check_quotes.c t/unit/check_corpus_quotes.c \
	t/unit/check_numbers.c t/unit/check_corpus_numbers.c \
	t/unit/check_scan.c t/unit/check_lex.c t/unit/check_screen.c \
	t/unit/util.c

all: $(TOOLS)

$(LIBOBJ): $(HDR)
$(TOOLS): lib/libmenafn.a $(HDR)

lib/libmenafn.a: $(LIBOBJ)
	rm -f $@
	ar -rc $@ $(LIBOBJ)
	ranlib $@

.c.o:
	$(CC) $(CFLAGS) -Ilib -c -o $@ $<

# One rule builds every tool: cmd/NAME from cmd/NAME.c.
.c:
	$(CC) $(CFLAGS) -Ilib $(LDFLAGS) -o $@ $< lib/libmenafn.a

t/unit/run: $(UNITSRC) t/unit/suites.h t/unit/util.h lib/libmenafn.a $(HDR)
	$(CC) $(CFLAGS) $(CHECK_CFLAGS) -Ilib $(LDFLAGS) -o $@ $(UNITSRC) \
		lib/libmenafn.a $(CHECK_LIBS)

t/prop/run: t/prop/prop.c lib/libmenafn.a $(HDR)
	$(CC) $(CFLAGS) -Ilib $(LDFLAGS) -o $@ t/prop/prop.c lib/libmenafn.a

check: all t/unit/run t/prop/run t/conformance/conform
	t/unit/run
	t/prop/run cmd
	sh t/fuzz/run.sh --replay
	sh t/cli/run.sh cmd
	sh t/cli/roundtrip.sh cmd
	sh t/cli/common.sh cmd
	sh t/cli/parallel.sh cmd
	sh t/cli/badinput.sh cmd
	sh t/cli/manlint.sh man
	sh t/metrics.sh lib
	sh t/cli/docs.sh cmd $(SHARED)
	sh t/cli/miller.sh cmd
	sh t/cli/postgres.sh cmd

# The same tests built with AddressSanitizer and UBSan, in a copy of the tree.
SAN_CFLAGS = -std=c11 -O1 -g -fno-omit-frame-pointer -Wall -Wextra -pedantic \
	-fsanitize=address,undefined -fno-sanitize-recover=all
check-sanitize:
	rm -rf build-san
	mkdir build-san
	cp -R Makefile NEWS README cmd lib man sample t build-san/
	cd build-san && $(MAKE) clean >/dev/null && \
		$(MAKE) check CFLAGS="$(SAN_CFLAGS)" LDFLAGS="-fsanitize=address,undefined"

# The size limits of lib/ (file, function, nesting): prints the largest.
metrics:
	sh t/metrics.sh lib

# Instructions per tool under callgrind on a fixed generated corpus and
# on the real text of ../shared, with tr on the same bytes.
icount: all bench/gen
	sh bench/icount.sh 16

# Every tool under every option set over a fixed corpus, as hashes
# compared with t/golden/record; golden-record rewrites it.
golden: all bench/gen
	sh t/golden/run.sh cmd $(SHARED)

golden-record: all bench/gen
	sh t/golden/run.sh -w cmd $(SHARED)

# Figures on the development set and the conformance suite (read from
# $(SHARED); each script says so and exits 0 when it is absent).
eval: all
	sh t/eval/all.sh $(SHARED) cmd

# The tables of make eval's scores and make conformance's pass rates in
# t/eval/figures.txt and the README; make check compares both with what
# the tools score.
figures: all t/conformance/conform
	sh t/eval/figures.sh -w cmd $(SHARED)

t/conformance/conform: t/conformance/conform.c lib/libmenafn.a $(HDR)
	$(CC) $(CFLAGS) -Ilib $(LDFLAGS) -o $@ t/conformance/conform.c lib/libmenafn.a

conformance: t/conformance/conform
	t/conformance/conform $(SHARED)/conformance/recognizers-text

# The corpus generator needs nothing of lib/: its own rule, not the tools'.
bench/gen: bench/gen.c
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ bench/gen.c

# Speed and memory: measurements, never part of make check.
bench: all bench/gen
	BENCH_SHARED=$(SHARED) sh bench/run.sh $(BENCH_MB)

# Peak memory on large inputs, then the battery of hostile inputs (time
# linear in the input, no tool below 1/20 of tr).
stress: all bench/gen
	STRESS_MB=$(STRESS_MB) sh bench/stress.sh
	sh bench/adversarial.sh

# GNU parallel over ssh to two OpenSSH servers started on 127.0.0.1 for
# the run; needs openssh-server, parallel and rsync (installed when missing).
check-remote: all
	sh t/remote/check.sh cmd

# Whole programs under valgrind: memory errors and leaks.
check-valgrind: all
	sh t/valgrind.sh cmd

# libFuzzer (clang) on each harness for FUZZ_SECONDS; crashes are kept
# in t/fuzz/regress/, which make check replays.
fuzz:
	sh t/fuzz/run.sh $(FUZZ_SECONDS)

demo: all
	@echo '== menafn-strip | menafn-paras'
	@cmd/menafn-strip -H sample/ukrinform.txt | cmd/menafn-paras -H
	@echo '== menafn-strip | menafn-quotes'
	@cmd/menafn-strip -H sample/ukrinform.txt | cmd/menafn-quotes -H
	@echo '== menafn-strip | menafn-paras | menafn-numbers'
	@cmd/menafn-strip -H sample/ukrinform.txt | cmd/menafn-paras -H | \
		cmd/menafn-numbers -H

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANPREFIX)/man1
	for b in $(BIN); do \
		cp cmd/$$b $(DESTDIR)$(BINDIR)/$$b && \
		chmod 755 $(DESTDIR)$(BINDIR)/$$b && \
		cp man/$$b.1 $(DESTDIR)$(MANPREFIX)/man1/$$b.1 && \
		chmod 644 $(DESTDIR)$(MANPREFIX)/man1/$$b.1 || exit 1; \
	done

uninstall:
	for b in $(BIN); do \
		rm -f $(DESTDIR)$(BINDIR)/$$b $(DESTDIR)$(MANPREFIX)/man1/$$b.1; \
	done

clean:
	rm -f $(TOOLS) $(LIBOBJ) lib/libmenafn.a t/unit/run t/prop/run t/conformance/conform \
		bench/gen
	rm -rf build-san

.PHONY: all bench check check-remote check-sanitize check-valgrind conformance \
	demo eval figures fuzz golden golden-record icount metrics stress \
	install uninstall clean
