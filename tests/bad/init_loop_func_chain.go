package main

var u = v
var v = h()

func h() int { return k() }
func k() int { return v }

func main() { println(u, v) }
