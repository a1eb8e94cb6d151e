// Word frequency count with a map, then deterministic output by sorting keys by hand.
package main

import (
	"fmt"
	"strings"
)

const text = `the quick brown fox jumps over the lazy dog the dog barks
and the fox runs away quick quick`

func main() {
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && (counts[keys[j]] > counts[keys[j-1]] || counts[keys[j]] == counts[keys[j-1]] && keys[j] < keys[j-1]); j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	for _, k := range keys {
		fmt.Printf("%-6s %d\n", k, counts[k])
	}
	fmt.Println(counts)
}
