#!/bin/sh
# bench/realtext.sh SHARED: the real-text corpus of make bench and make
# icount on stdout, once: the devset's articles and polnear-train's texts,
# each of those given a MENAFN header, from SHARED (../shared).  Exits 1,
# writing nothing, when SHARED has neither.
set -u
shared=$1
[ -d "$shared/devset/corpus" ] && [ -d "$shared/polnear-train/docs" ] ||
    exit 1
cat "$shared"/devset/corpus/*.txt
for f in "$shared"/polnear-train/docs/*.txt; do
	printf '\ndate 2016-01-01 (MENAFN- polnear) '
	cat "$f"
done
