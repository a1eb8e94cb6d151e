// recover() when the deferred call runs on another stack segment than the frame that
// deferred it: deep recursion (in main and in goroutines, which start on small
// segments) before panicking, deferred functions with large frames (their body is split
// off, or their own prologue moves them to a new segment), and recover in a function
// that recursed deeply itself before recovering.
package main

import "fmt"

func helper() interface{} { return recover() }

func deep(n int, at int) int {
	if n == 0 {
		panic(fmt.Sprint("bottom ", at))
	}
	var pad [16]int
	pad[n%16] = n
	return deep(n-1, at) + pad[n%16]
}

func recurseThenRecover(n int) interface{} {
	if n > 0 {
		var pad [32]int
		pad[n%32] = n
		r := recurseThenRecover(n - 1)
		_ = pad
		return r
	}
	return helper()
}

func deferredAtDepth(depth, total int) (res string) {
	if depth > 0 {
		var pad [8]int
		pad[depth%8] = depth
		return deferredAtDepth(depth-1, total) + fmt.Sprint(pad[depth%8]*0)
	}
	defer func() {
		h := helper()
		r := recover()
		res = fmt.Sprint("recovered ", r, " helper ", h)
	}()
	deep(total, total)
	return "not reached"
}

// bigFrame's locals exceed what gopanic leaves free (128 KiB): its prologue continues
// on a new segment when gopanic calls it.
func bigFrame() {
	var a, b, c [6000]int
	for i := range a {
		a[i], b[i], c[i] = i, 2*i, 3*i
	}
	fmt.Println("bigFrame", a[5999]+b[5999]+c[5999], recover())
}

// splitFrame's locals are large enough for its body to be split from its prologue.
func splitFrame() {
	var a [64]int
	for i := range a {
		a[i] = i
	}
	fmt.Println("splitFrame", a[63], recover())
}

func bigFrameHelper() {
	var a [20000]int
	a[19999] = 1
	fmt.Println("bigFrameHelper", a[19999], helper())
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, "-> outer", recover()) }()
	f()
}

func main() {
	fmt.Println(deferredAtDepth(10, 100000))
	fmt.Println(deferredAtDepth(50000, 50000))
	try("bigFrame", func() { defer bigFrame(); deep(1000, 1000) })
	try("splitFrame", func() { defer splitFrame(); deep(1000, 1000) })
	try("bigFrameHelper", func() { defer bigFrameHelper(); deep(10, 10) })
	try("deep helper", func() {
		defer func() { fmt.Println("deep helper got", recurseThenRecover(5000)) }()
		panic("p")
	})
	done := make(chan string)
	for i := 0; i < 4; i++ {
		go func(i int) {
			defer func() {
				r := recover()
				done <- fmt.Sprint("goroutine recovered ", r)
			}()
			var res string
			switch i {
			case 0:
				res = deferredAtDepth(2000, 20000)
			case 1:
				defer bigFrame()
				deep(3000, 3000)
			case 2:
				defer splitFrame()
				deep(100, 100)
			case 3:
				defer func() { fmt.Println("goroutine deep helper got", recurseThenRecover(3000)) }()
				deep(5000, 5000)
			}
			panic(res)
		}(i)
		fmt.Println(<-done)
	}
}
