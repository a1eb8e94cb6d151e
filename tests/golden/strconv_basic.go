// strconv conversions: Itoa, Atoi, ParseInt in bases, FormatInt, ParseFloat, FormatFloat, Quote, ParseBool.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-123), strconv.Itoa(0))
	n, err := strconv.Atoi("456")
	fmt.Println(n, err)
	i64, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(i64, err)
	i64, err = strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(i64, err)
	u, err := strconv.ParseUint("777", 8, 64)
	fmt.Println(u, err)
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36))
	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("1e-3", 64)
	fmt.Println(f, err)
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1234.5, 'e', 3, 64), strconv.FormatFloat(0.1, 'g', -1, 64))
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.Quote("é"), strconv.QuoteRune('☺'))
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	fmt.Println(strconv.FormatBool(false))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	fmt.Println(strconv.AppendInt([]byte("n="), 42, 10))
}
