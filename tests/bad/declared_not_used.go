package main

func main() {
	used := 1
	unused := 2
	_ = used
}
