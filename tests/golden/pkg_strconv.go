// Package strconv edge cases: Atoi/ParseInt errors and ranges, ParseFloat special values
// and limits, shortest FormatFloat, quoting of invalid UTF-8.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	for _, s := range []string{"0", "-0", "+12", "  1", "1_000", "", "-", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "0x10", "12a"} {
		v, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, v, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"0x1F", 0, 64}, {"0o17", 0, 64}, {"0b101", 0, 8}, {"017", 0, 64}, {"1_000", 0, 64}, {"1__0", 0, 64}, {"_1", 0, 64}, {"127", 10, 8}, {"128", 10, 8}, {"-129", 10, 8}, {"zz", 36, 64}, {"1", 1, 64}, {"1", 37, 64}, {"1", 10, 65}, {"ff", 16, 0}} {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q, %d, %d) = %d, %v\n", c.s, c.base, c.bits, v, err)
	}
	for _, s := range []string{"255", "256", "-1", "18446744073709551615", "18446744073709551616"} {
		v, err := strconv.ParseUint(s, 10, 8)
		w, err2 := strconv.ParseUint(s, 10, 64)
		fmt.Printf("ParseUint(%q) = %d, %v; %d, %v\n", s, v, err, w, err2)
	}
	for _, s := range []string{"3.14159", "1e308", "1e309", "-1e309", "1e-320", "1e-400", "inf", "-Inf", "+INFINITY", "nan", "NaN", "0x1p-2", "0x1.8p1", "1_000.5", ".5", "5.", "", ".", "1e", "0.1e+1", "4.9406564584124654e-324", "2.2250738585072014e-308", "1.7976931348623157e308", "1.7976931348623159e308", "100000000000000016777215", "3.4028235e38", "3.5e38"} {
		v, err := strconv.ParseFloat(s, 64)
		f, err32 := strconv.ParseFloat(s, 32)
		fmt.Printf("ParseFloat(%q) = %v, %v | 32: %v, %v\n", s, v, err, f, err32)
	}
	for _, f := range []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1.0 / 3, 2.0 / 3, 1e21, 1e20, 123456789, 1e-7, 1e-6, 5e-324, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 100, 1.5, 2.5, 0.000123} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', -1, 64), strconv.FormatFloat(f, 'f', -1, 64),
			strconv.FormatFloat(f, 'g', 3, 64), strconv.FormatFloat(f, 'e', 2, 64), strconv.FormatFloat(f, 'f', 2, 64),
			strconv.FormatFloat(f, 'G', 5, 64), strconv.FormatFloat(f, 'E', -1, 32), strconv.FormatFloat(f, 'b', -1, 64), strconv.FormatFloat(f, 'x', -1, 64), strconv.FormatFloat(f, 'X', 3, 64))
	}
	fmt.Println(strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 32), strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(1.005, 'f', 2, 64), strconv.FormatFloat(0.5, 'f', 0, 64))
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(math.MinInt64, 2), strconv.FormatUint(math.MaxUint64, 36), strconv.FormatInt(0, 7))
	fmt.Println(strconv.Itoa(-0), strconv.Itoa(math.MaxInt64), strconv.Itoa(math.MinInt64))
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", "", "tRUE"} {
		b, err := strconv.ParseBool(s)
		fmt.Print(b, " ", err, "; ")
	}
	fmt.Println()
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	fmt.Println(strconv.Quote(`"Fran & Freddie's Diner	☺"`), strconv.Quote("a\xffb\x00\u2028\U0010ffff"), strconv.Quote(""))
	fmt.Println(strconv.QuoteToASCII("Hello, 世界 ☺\n"), strconv.QuoteToGraphic("\u263a\t\u00a0"), strconv.QuoteRune('☺'), strconv.QuoteRune(0xD800), strconv.QuoteRuneToASCII('\''))
	for _, s := range []string{`"hello"`, "`raw\\n`", `'a'`, `"\u263a\x41\101"`, `"bad`, `'ab'`, `"\q"`, `hello`, `""`, `"\xff"`, "`a\nb`", `"a\"b"`} {
		v, err := strconv.Unquote(s)
		fmt.Printf("Unquote(%s) = %q, %v\n", s, v, err)
	}
	fmt.Println(strconv.IsPrint('\u263a'), strconv.IsPrint('\u0007'), strconv.IsGraphic('\u00a0'), strconv.IsPrint('\u00a0'), strconv.CanBackquote("Fran & Freddie's Diner ☺"), strconv.CanBackquote("`can't backquote this`"))
	fmt.Println(string(strconv.AppendInt([]byte("int:"), -42, 10)), string(strconv.AppendQuote([]byte("q:"), "x\ty")), string(strconv.AppendFloat(nil, 3.25, 'e', 3, 32)), string(strconv.AppendBool([]byte("b:"), true)))
	_, err := strconv.Atoi("12x")
	ne := err.(*strconv.NumError)
	fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err.(*strconv.NumError).Err == strconv.ErrRange)
}
