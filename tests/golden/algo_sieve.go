// Sieve of Eratosthenes on a []bool; counts and the last primes below one million.
package main

import "fmt"

func main() {
	const N = 1000000
	composite := make([]bool, N+1)
	count := 0
	var last []int
	for i := 2; i <= N; i++ {
		if composite[i] {
			continue
		}
		count++
		if i > N-100 {
			last = append(last, i)
		}
		for j := i * i; j <= N; j += i {
			composite[j] = true
		}
	}
	fmt.Println(count, last)
}
