package main

var x S

type S struct{ a [len(x.a)]int }

func main() {}
