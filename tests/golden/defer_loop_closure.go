// defer in loops with method values and closures; recover only works in the deferred function itself.
package main

import "fmt"

type T int

func (t T) Show() { fmt.Println("show", int(t)) }

func helper() interface{} { return recover() }

func tryNested() (res string) {
	defer func() {
		r := helper()
		res = fmt.Sprint("helper got ", r)
		if r2 := recover(); r2 != nil {
			res += fmt.Sprint("; direct got ", r2)
		}
	}()
	panic("x")
}

func main() {
	for i := T(0); i < 3; i++ {
		defer i.Show()
	}
	fmt.Println(tryNested())
	fmt.Println(recover())
}
