package main

var a = c + b
var b = c
var c = b

func main() { println(a, b, c) }
