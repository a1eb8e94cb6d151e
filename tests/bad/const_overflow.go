package main

func main() {
	var b uint8 = 256
	_ = b
}
