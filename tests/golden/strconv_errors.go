// strconv errors: syntax and range errors print Go's exact messages.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("12a")
	fmt.Println(err)
	_, err = strconv.Atoi("")
	fmt.Println(err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err)
	n, err := strconv.ParseInt("300", 10, 8)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("-300", 10, 8)
	fmt.Println(n, err)
	_, err = strconv.ParseFloat("abc", 64)
	fmt.Println(err)
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	_, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("12", 1, 64)
	fmt.Println(err)
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	_, err = strconv.Atoi(" 1")
	fmt.Println(err)
	v, err := strconv.Atoi("+17")
	fmt.Println(v, err)
	v, err = strconv.Atoi("-0")
	fmt.Println(v, err)
}
