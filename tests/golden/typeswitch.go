// Type switches: concrete types, interfaces, nil, multiple types per case, default.
package main

import "fmt"

type Stringer interface{ String() string }
type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func describe(i interface{}) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", v+1)
	case string:
		return "string of " + fmt.Sprint(len(v))
	case bool, float64:
		return fmt.Sprintf("bool or float64: %v (%T)", v, v)
	case Stringer:
		return "stringer " + v.String()
	case []int:
		return fmt.Sprint("slice ", len(v))
	case error:
		return "error " + v.Error()
	case func() int:
		return fmt.Sprint("func ", v())
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	for _, x := range []interface{}{nil, 41, "hey", true, 2.5, Temp(21.5), []int{1, 2}, fmt.Errorf("boom"), func() int { return 7 }, 'r', struct{}{}} {
		fmt.Println(describe(x))
	}
	var i interface{} = 3
	switch i.(type) {
	case int, string:
		fmt.Println("int or string")
	}
}
