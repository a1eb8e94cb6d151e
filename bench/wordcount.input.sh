#!/usr/bin/env bash
# wordcount.input.sh SIZE — print exactly SIZE bytes of English-like text for bench/wordcount.go:
# lines of 4 to 15 words drawn from a vocabulary of 30000 made-up words with a skewed
# (Zipf-like) frequency, some Capitalised, some followed by punctuation, a blank line now
# and then. Deterministic: the fasta benchmark's generator (seed 42, x = (x*3877 + 29573)
# % 139968, exact in awk's doubles) drives every choice. About 1 s for 10 MB.
set -euo pipefail
size=${1:?usage: wordcount.input.sh SIZE}
# awk writes far more than needed; head cuts at SIZE (awk then stops on SIGPIPE).
awk -v size="$size" 'BEGIN {
  x = 42
  split("ka lo mi ne ru sa te vo bi da fe gu ha jo li ma no pe qu re si to un wa ye zo", syl, " ")
  nsyl = 26
  for (i = 0; i < 30000; i++) {           # word i: 1 to 4 syllables from its digits
    w = ""; k = i
    do { w = w syl[k % nsyl + 1]; k = int(k / nsyl) } while (k > 0)
    if (i % 7 == 3) w = w "n"
    vocab[i] = w
  }
  split(". , ; : ! ?", punct, " ")
  out = 0
  while (out <= size) {
    x = (x * 3877 + 29573) % 139968
    nw = 4 + x % 12
    line = ""
    for (j = 0; j < nw; j++) {
      x = (x * 3877 + 29573) % 139968
      r = x / 139968
      w = vocab[int(30000 * r * r * r)]   # small indices far more often
      x = (x * 3877 + 29573) % 139968
      if (x % 9 == 0) w = toupper(substr(w, 1, 1)) substr(w, 2)
      if (x % 11 == 1) w = w punct[x % 6 + 1]
      line = line (j ? " " : "") w
    }
    if (x % 17 == 0) line = line "\n"
    print line
    out += length(line) + 1
  }
}' | head -c "$size"
