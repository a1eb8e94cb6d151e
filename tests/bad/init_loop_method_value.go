package main

type T struct{}

func (T) m() int { return w }

var mv = T{}.m

var w = mv()

func main() { println(w) }
