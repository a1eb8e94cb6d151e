// Method values taken from interfaces bind the dynamic value; interface-typed struct fields and slices.
package main

import "fmt"

type Speaker interface{ Speak() string }
type Cat struct{ name string }
type Robot struct{ id int }

func (c Cat) Speak() string    { return c.name + " meows" }
func (r *Robot) Speak() string { r.id++; return fmt.Sprint("robot ", r.id) }

type Room struct {
	Who []Speaker
	Mic Speaker
}

func main() {
	var s Speaker = Cat{"tom"}
	f := s.Speak
	s = Cat{"felix"}
	fmt.Println(f(), s.Speak())
	r := &Robot{1}
	g := Speaker(r).Speak
	fmt.Println(g(), g(), r.id)
	room := Room{Who: []Speaker{Cat{"a"}, r}, Mic: Cat{"mic"}}
	for _, w := range room.Who {
		fmt.Println(w.Speak())
	}
	fmt.Println(room.Mic.Speak())
	h := Speaker.Speak
	fmt.Println(h(Cat{"expr"}))
}
