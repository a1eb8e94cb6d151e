// Struct embedding promotes fields and methods; shadowing by depth; embedded pointers.
package main

import "fmt"

type Animal struct {
	Name string
	legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.legs) }
func (a *Animal) SetLegs(n int)   { a.legs = n }
func (a Animal) Sound() string    { return "..." }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "woof" }

type Logger struct{ lines []string }

func (l *Logger) Log(s string) { l.lines = append(l.lines, s) }

type Service struct {
	*Logger
	Name string
}

func main() {
	d := Dog{Animal{"rex", 4}, "lab"}
	fmt.Println(d.Name, d.legs, d.Breed)
	fmt.Println(d.Describe())
	d.SetLegs(3)
	fmt.Println(d.Describe(), d.Animal.legs)
	fmt.Println(d.Sound(), d.Animal.Sound())
	s := Service{&Logger{}, "svc"}
	s.Log("start")
	s.Log("stop")
	fmt.Println(s.lines, len(s.Logger.lines))
	fmt.Printf("%+v\n", d)
}
