// An interface holding a nil pointer is not nil; methods can be called on nil pointer receivers.
package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.msg
}

func find(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func findGood(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	e := find(false)
	fmt.Println(e == nil, e != nil)
	fmt.Println(e.Error())
	fmt.Printf("%T\n", e)
	e2 := findGood(false)
	fmt.Println(e2 == nil)
	fmt.Printf("%T %v\n", e2, e2)
	var p *MyErr
	var i interface{} = p
	fmt.Println(i == nil, i.(*MyErr) == nil)
	var err error = find(true)
	fmt.Println(err)
}
