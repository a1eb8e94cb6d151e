// Matrix multiplication over [][]float64 and fixed-size arrays; floating-point results printed exactly.
package main

import "fmt"

func mul(a, b [][]float64) [][]float64 {
	n, m, p := len(a), len(b), len(b[0])
	c := make([][]float64, n)
	for i := 0; i < n; i++ {
		c[i] = make([]float64, p)
		for j := 0; j < p; j++ {
			for k := 0; k < m; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func main() {
	a := [][]float64{{1, 2}, {3, 4}, {5, 6}}
	b := [][]float64{{0.5, -1, 2}, {1.5, 0.25, -3}}
	fmt.Println(mul(a, b))
	const N = 60
	var x, y [N][N]float64
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			x[i][j] = float64(i+j) / 7
			y[i][j] = float64(i-j) / 3
		}
	}
	var z [N][N]float64
	for i := 0; i < N; i++ {
		for k := 0; k < N; k++ {
			for j := 0; j < N; j++ {
				z[i][j] += x[i][k] * y[k][j]
			}
		}
	}
	tr := 0.0
	for i := 0; i < N; i++ {
		tr += z[i][i]
	}
	fmt.Println(tr, z[1][2], z[N-1][0])
}
