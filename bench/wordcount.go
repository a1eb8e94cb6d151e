// wordcount: count the words of a text read from stdin (bench/wordcount.input.sh SIZE
// generates it) the way a script does: bufio.Scanner lines, strings.Fields, words
// lower-cased and stripped of punctuation with strings.ToLower/strings.Trim, a
// map[string]int of counts; then sort.Slice for the 20 most frequent words (ties by word)
// and totals. Size N = the number of bytes the input must have (checked; default 10000000).
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

func size(def int) int {
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil || v < 0 {
			fmt.Fprintln(os.Stderr, "usage: wordcount [N] < input   (N = input size in bytes)")
			os.Exit(2)
		}
		return v
	}
	return def
}

type entry struct {
	word  string
	count int
}

func main() {
	n := size(10000000)
	counts := make(map[string]int)
	lines, blank, words, bytes := 0, 0, 0, 0
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		line := sc.Text()
		lines++
		bytes += len(line) + 1
		fs := strings.Fields(line)
		if len(fs) == 0 {
			blank++
		}
		for _, w := range fs {
			w = strings.ToLower(strings.Trim(w, ".,;:!?\"'()"))
			if w != "" {
				counts[w]++
				words++
			}
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "wordcount:", err)
		os.Exit(1)
	}
	if bytes != n && bytes != n+1 { // the last line may lack its newline
		fmt.Fprintf(os.Stderr, "wordcount: read %d bytes, want %d\n", bytes, n)
		os.Exit(1)
	}

	entries := make([]entry, 0, len(counts))
	for w, c := range counts {
		entries = append(entries, entry{w, c})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})
	for i := 0; i < 20 && i < len(entries); i++ {
		e := entries[i]
		fmt.Printf("%2d %-10s %8d %6.2f%%\n", i+1, e.word, e.count, 100*float64(e.count)/float64(words))
	}
	once := 0
	for _, e := range entries {
		if e.count == 1 {
			once++
		}
	}
	fmt.Printf("%d lines (%d blank), %d words, %d distinct, %d seen once\n", lines, blank, words, len(counts), once)
}
