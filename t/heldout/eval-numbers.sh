#!/bin/sh
# Score menafn-numbers on the held-out articles, which no rule was written
# from:  t/heldout/eval-numbers.sh [bin-dir]
# The articles and their gold rows are in t/heldout/numbers/ (README there).
dir=$(dirname "$0")
exec sh "$dir/../eval/eval-numbers.sh" "$dir/numbers/articles.txt" \
    "$dir/numbers/gold.tsv" "${1:-cmd}"
