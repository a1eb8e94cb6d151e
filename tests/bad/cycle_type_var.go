package main

type S struct{ a [len(x.a)]int }

var x S

func main() {}
