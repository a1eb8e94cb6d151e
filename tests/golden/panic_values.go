// panic with values of several kinds, recovered and printed with %v and %T.
package main

import "fmt"

type Code int
type Msg string

func (c Code) String() string { return fmt.Sprintf("code-%d", int(c)) }

func catch(v interface{}) {
	defer func() {
		r := recover()
		fmt.Printf("%v | %T\n", r, r)
	}()
	panic(v)
}

func main() {
	catch(42)
	catch("text")
	catch(Code(7))
	catch(Msg("m"))
	catch(3.5)
	catch([]string{"a"})
	catch(struct{ A int }{1})
	catch(fmt.Errorf("e%d", 1))
	fmt.Println("end")
}
