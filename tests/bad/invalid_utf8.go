package main

func main() {
	s := "café ÿ"
	_ = s
}

var bÃ = 1
