// Failed assertion to an interface type: the message names the missing method.
package main

import "fmt"

type Closer interface{ Close() error }
type file struct{}

func (file) Read() int { return 0 }

func main() {
	var i interface{} = file{}
	fmt.Println("before")
	c := i.(Closer)
	fmt.Println(c)
}
