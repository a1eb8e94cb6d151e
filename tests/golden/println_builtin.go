// The builtins print and println write to stderr with their own formatting (stdout stays empty).
package main

func main() {
	println("hello", 42, true, -7, 'x', uint8(200))
	print("no newline", 1, "\n")
	println(1.5)
}
