package main

var a int = c
var c = a + 1

func main() { println(a, c) }
