// Switch statements: expression switch, tagless, multiple values per case, init, default anywhere.
package main

import "fmt"

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	default:
		return "other"
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return "digit"
	}
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	}
	return "F"
}

func main() {
	for _, c := range []byte("a 7x") {
		fmt.Print(kind(c), " ")
	}
	fmt.Println()
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s))
	}
	fmt.Println()
	switch x := 5; x * 2 {
	case 10:
		fmt.Println("ten")
	case 20:
		fmt.Println("twenty")
	}
	calls := 0
	f := func(v int) int { calls++; return v }
	switch 3 {
	case f(1), f(2):
		fmt.Println("no")
	case f(3), f(4):
		fmt.Println("three")
	case f(5):
		fmt.Println("no")
	}
	fmt.Println("calls", calls)
	switch s := "go"; s {
	case "c", "go":
		fmt.Println("compiled")
		break
		fmt.Println("unreachable")
	}
	switch {
	}
}
