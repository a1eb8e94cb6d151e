// stdin: samples/data/report.txt
//
// report.mgo — read CSV-like sales records and print an aligned report.
//
//	mgo run samples/report.mgo < samples/data/report.txt
//
// (The `// stdin:` line above is for the golden test, tests/golden/sample_report.go, a copy
// of this file: the golden runner gives the program that file as its standard input.)
//
// Input: `region,product,quantity,unit price`, one record a line; '#' starts a comment.
//
//  1. bufio.Scanner reads lines; strings.TrimSpace and strings.Split(line, ",") cut them.
//  2. strconv.Atoi and strconv.ParseFloat convert the numbers. Their errors are
//     *strconv.NumError values whose text names the function, the input and the reason
//     ("invalid syntax", "value out of range"); bad lines are reported and skipped.
//     ParseFloat accepts "Inf", "NaN", hex floats and exponents; math.IsInf/IsNaN
//     reject the non-finite ones.
//  3. Totals per region go into a map; the regions are sorted by revenue with sort.Slice,
//     and the lines within the table by sort.SliceStable (equal keys keep input order).
//  4. fmt.Printf("%-10s %8.2f") pads strings left-aligned and floats right-aligned.
package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
)

type record struct {
	region, product string
	qty             int
	price           float64
}

type total struct {
	region  string
	qty     int
	revenue float64
}

func main() {
	var recs []record
	var problems []string
	sc := bufio.NewScanner(os.Stdin)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, ",")
		if len(fields) != 4 {
			problems = append(problems, fmt.Sprintf("line %d: want 4 fields, got %d", n, len(fields)))
			continue
		}
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		qty, err := strconv.Atoi(fields[2])
		if err != nil {
			problems = append(problems, fmt.Sprintf("line %d: %v", n, err))
			continue
		}
		price, err := strconv.ParseFloat(fields[3], 64)
		if err != nil {
			problems = append(problems, fmt.Sprintf("line %d: %v", n, err))
			continue
		}
		if math.IsInf(price, 0) || math.IsNaN(price) {
			problems = append(problems, fmt.Sprintf("line %d: price %v is not finite", n, price))
			continue
		}
		if qty < 0 || price < 0 {
			problems = append(problems, fmt.Sprintf("line %d: negative quantity or price", n))
			continue
		}
		recs = append(recs, record{fields[0], fields[1], qty, price})
	}

	sort.SliceStable(recs, func(i, j int) bool { return recs[i].region < recs[j].region })
	fmt.Printf("%-10s %-12s %5s %8s %10s\n", "REGION", "PRODUCT", "QTY", "PRICE", "AMOUNT")
	fmt.Println(strings.Repeat("-", 49))
	byRegion := map[string]*total{}
	grand := 0.0
	for _, r := range recs {
		amount := float64(r.qty) * r.price
		fmt.Printf("%-10s %-12s %5d %8.2f %10.2f\n", r.region, r.product, r.qty, r.price, amount)
		t := byRegion[r.region]
		if t == nil {
			t = &total{region: r.region}
			byRegion[r.region] = t
		}
		t.qty += r.qty
		t.revenue += amount
		grand += amount
	}

	totals := make([]*total, 0, len(byRegion))
	for _, t := range byRegion {
		totals = append(totals, t)
	}
	sort.Slice(totals, func(i, j int) bool { return totals[i].revenue > totals[j].revenue })
	fmt.Println()
	fmt.Printf("%-10s %5s %10s %7s\n", "REGION", "QTY", "REVENUE", "SHARE")
	for _, t := range totals {
		fmt.Printf("%-10s %5d %10.2f %6.1f%%\n", t.region, t.qty, t.revenue, 100*t.revenue/grand)
	}
	fmt.Printf("%-10s %5s %10.2f\n", "total", "", grand)
	fmt.Printf("mean per record: %.3f (%d records)\n", grand/float64(len(recs)), len(recs))

	if len(problems) > 0 {
		fmt.Printf("\n%d lines skipped:\n", len(problems))
		for _, p := range problems {
			fmt.Println("  " + p)
		}
	}
}
