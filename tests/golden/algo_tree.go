// A binary search tree with pointer-linked nodes: insert, in-order walk via closure, height.
package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Key         int
	Count       int
}

func (t *Tree) Insert(k int) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Insert(k)
	case k > t.Key:
		t.Right = t.Right.Insert(k)
	default:
		t.Count++
	}
	return t
}

func (t *Tree) Walk(f func(k, c int)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Key, t.Count)
	t.Right.Walk(f)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30, 30, 65} {
		root = root.Insert(k)
	}
	root.Walk(func(k, c int) { fmt.Printf("%d:%d ", k, c) })
	fmt.Println()
	fmt.Println("height", root.Height())
	var chain *Tree
	for i := 0; i < 3000; i++ {
		chain = chain.Insert(i)
	}
	n := 0
	chain.Walk(func(k, c int) { n += k })
	fmt.Println(n, chain.Height())
}
