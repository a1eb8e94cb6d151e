package main

var x, y = g()

func g() (int, int) { return 1, y }

func main() { println(x, y) }
