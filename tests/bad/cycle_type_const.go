package main

type T [a]int

const a = len(T{})

func main() {}
