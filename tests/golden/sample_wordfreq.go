// stdin: samples/data/wordfreq.txt
//
// wordfreq.mgo — count the words of a text and print the most frequent ones.
//
//	mgo run samples/wordfreq.mgo < samples/data/wordfreq.txt
//
// (The `// stdin:` line above is for the golden test, tests/golden/sample_wordfreq.go, a copy
// of this file: the golden runner gives the program that file as its standard input.)
//
//  1. bufio.Scanner reads the input line by line (its default split function, ScanLines,
//     drops the "\n" and a "\r" before it).
//  2. strings.Fields splits a line on runs of white space; strings.ToLower and
//     strings.Trim with a set of punctuation normalise each word.
//  3. A map[string]int counts; the keys are then copied into a slice, because map
//     iteration order is random by design.
//  4. sort.Slice orders by count, descending, then alphabetically, so that ties print the
//     same way every run.
//  5. fmt.Printf with widths (%3d, %-12s, %5.1f%%) aligns the table.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

type entry struct {
	word  string
	count int
}

func main() {
	counts := make(map[string]int)
	lines, total := 0, 0
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		lines++
		for _, w := range strings.Fields(sc.Text()) {
			w = strings.ToLower(strings.Trim(w, `.,;:!?"'()[]-`))
			if w == "" {
				continue
			}
			counts[w]++
			total++
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "wordfreq:", err)
		os.Exit(1)
	}

	entries := make([]entry, 0, len(counts))
	longest := ""
	for w, c := range counts {
		entries = append(entries, entry{w, c})
		if len(w) > len(longest) || len(w) == len(longest) && w < longest {
			longest = w
		}
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})

	fmt.Printf("%d lines, %d words, %d distinct; longest word: %q\n", lines, total, len(counts), longest)
	fmt.Println("rank  word          count  share")
	for i, e := range entries {
		if i == 15 {
			break
		}
		fmt.Printf("%3d.  %-12s  %5d  %5.1f%%\n", i+1, e.word, e.count, 100*float64(e.count)/float64(total))
	}
	once := 0
	for _, e := range entries {
		if e.count == 1 {
			once++
		}
	}
	fmt.Printf("%d words occur only once\n", once)
}
