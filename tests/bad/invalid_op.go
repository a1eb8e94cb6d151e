package main

func main() {
	s := "abc"
	t := -s
	_ = t
}
