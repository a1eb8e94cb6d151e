// recover() in nested panics: a deferred call that panics again, recover of the newer
// panic by a deferred call of a function called during the older panic's deferred call,
// and recover of the older panic afterwards; helpers get nil in every position.
package main

import (
	"errors"
	"fmt"
)

func helper() interface{} { return recover() }

func inner() (res string) {
	defer func() {
		res = fmt.Sprint("inner recovered ", recover(), " helper ", helper())
	}()
	panic("second")
}

func level2() {
	defer func() {
		fmt.Println("level2 deferred: helper", helper())
		fmt.Println("level2 deferred: inner says:", inner())
		fmt.Println("level2 deferred: direct", recover())
	}()
	panic("first")
}

func replace() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("replaced: %v", r)
		}
	}()
	defer func() {
		panic(errors.New("newer"))
	}()
	panic("older")
}

func chain(n int) {
	defer func() {
		r := recover()
		fmt.Println("chain", n, "recovered", r)
		if n > 0 {
			panic(fmt.Sprint("again ", n))
		}
	}()
	panic(fmt.Sprint("start ", n))
}

func outer(n int) {
	defer func() { fmt.Println("outer recovered", recover()) }()
	chain(n)
}

func main() {
	level2()
	fmt.Println("replace:", replace())
	outer(0)
	outer(2)
	func() {
		defer func() { fmt.Println("last:", recover(), helper()) }()
		defer func() {
			defer func() { fmt.Println("deferred in deferred, helper:", helper()) }()
			panic("from deferred")
		}()
		panic("original")
	}()
	// An unrecovered nested panic: the report lists both.
	defer func() {
		fmt.Println("helper in main's defer", helper())
	}()
	defer func() { panic("second unrecovered") }()
	panic("first unrecovered")
}
