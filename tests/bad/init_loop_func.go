package main

var x = f()

func f() int { return x + 1 }

func main() { println(x) }
