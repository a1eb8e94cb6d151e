package main

var v [c]int

const c = len(v)

func main() {}
