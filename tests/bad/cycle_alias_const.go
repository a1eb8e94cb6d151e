package main

type A = [n]int

const n = len(A{}) + m

const m = n

func main() {}
