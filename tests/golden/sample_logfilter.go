// stdin: samples/data/logfilter.txt
//
// logfilter.mgo — parse a service log with regular expressions, mask secrets, count levels.
//
//	mgo run samples/logfilter.mgo < samples/data/logfilter.txt
//
// (The `// stdin:` line above is for the golden test, tests/golden/sample_logfilter.go, a copy
// of this file: the golden runner gives the program that file as its standard input.)
//
//  1. regexp.MustCompile compiles each pattern once, at package initialisation; a bad
//     pattern would panic there (regexp.Compile returns the error instead).
//  2. FindStringSubmatch returns the whole match and each parenthesised group, or nil when
//     the line does not match: such lines are counted as malformed.
//  3. ReplaceAllString masks secrets; `${1}` in the replacement is the first group.
//  4. FindAllStringSubmatch collects every key=value pair of a message, in order.
//  5. A map counts lines per level; the levels print in a fixed order, then the slowest
//     requests sorted by duration (sort.Slice), with %-5s / %6d / %8.1f widths.
package main

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

var (
	lineRE   = regexp.MustCompile(`^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)Z\s+\[(\w+)\]\s+(\w+):\s+(.*)$`)
	secretRE = regexp.MustCompile(`(password|token|key)=\S+`)
	emailRE  = regexp.MustCompile(`([a-z0-9._]+)@([a-z0-9.-]+\.[a-z]{2,})`)
	kvRE     = regexp.MustCompile(`(\w+)=("[^"]*"|\S+)`)
	durRE    = regexp.MustCompile(`took (\d+(?:\.\d+)?)ms`)
)

type slow struct {
	when, component string
	ms              float64
}

func main() {
	levels := map[string]int{}
	components := map[string]int{}
	malformed := 0
	var slows []slow
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		m := lineRE.FindStringSubmatch(sc.Text())
		if m == nil {
			malformed++
			continue
		}
		date, clock, level, comp, msg := m[1], m[2], strings.ToUpper(m[3]), m[4], m[5]
		levels[level]++
		components[comp]++
		msg = secretRE.ReplaceAllString(msg, "${1}=*****")
		msg = emailRE.ReplaceAllString(msg, "<user>@$2")
		if d := durRE.FindStringSubmatch(msg); d != nil {
			ms, err := strconv.ParseFloat(d[1], 64)
			if err == nil && ms >= 100 {
				slows = append(slows, slow{date + " " + clock, comp, ms})
			}
		}
		if level == "ERROR" || level == "WARN" {
			fmt.Printf("%s %-5s %-6s %s\n", clock, level, comp, msg)
			for _, kv := range kvRE.FindAllStringSubmatch(msg, -1) {
				fmt.Printf("         %s => %s\n", kv[1], strings.Trim(kv[2], `"`))
			}
		}
	}

	fmt.Println()
	fmt.Println("lines per level:")
	for _, l := range []string{"DEBUG", "INFO", "WARN", "ERROR"} {
		fmt.Printf("  %-5s %6d\n", l, levels[l])
	}
	fmt.Printf("  %-5s %6d\n", "bad", malformed)

	names := make([]string, 0, len(components))
	for c := range components {
		names = append(names, c)
	}
	sort.Strings(names)
	fmt.Println("lines per component:", strings.Join(names, ", "))
	for _, c := range names {
		fmt.Printf("  %-6s %s\n", c, strings.Repeat("#", components[c]))
	}

	sort.Slice(slows, func(i, j int) bool { return slows[i].ms > slows[j].ms })
	fmt.Println("slow requests (>= 100ms):")
	for _, s := range slows {
		fmt.Printf("  %s  %-6s %8.1f ms\n", s.when, s.component, s.ms)
	}
}
