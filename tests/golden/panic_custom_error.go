// Panicking with a value of a custom error type prints its Error() text; exit status 2.
package main

import "fmt"

type ValidationError struct {
	Field string
	Code  int
}

func (v ValidationError) Error() string {
	return fmt.Sprintf("invalid %s (code %d)", v.Field, v.Code)
}

func validate(age int) {
	if age < 0 {
		panic(ValidationError{"age", 42})
	}
}

func main() {
	validate(1)
	fmt.Println("valid")
	validate(-1)
}
