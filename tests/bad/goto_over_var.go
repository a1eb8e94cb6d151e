package main

func main() {
	goto end
	x := 1
	_ = x
end:
}
