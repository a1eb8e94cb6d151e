// gomaxprocs: 1 2
// sync.Cond: a bounded queue with one Cond per condition (not empty, not full) carries
// 20000 items from 4 producers to 4 consumers; Signal wakes one waiter, Broadcast all of
// them (a gate that 10 goroutines wait behind). Wait releases L while parked and holds it
// again on return.
package main

import (
	"fmt"
	"sync"
)

type queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	max      int
}

func newQueue(max int) *queue {
	q := &queue{max: max}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	for len(q.items) == q.max {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *queue) get() int {
	q.mu.Lock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	q.mu.Unlock()
	return v
}

func main() {
	q := newQueue(3)
	var wg sync.WaitGroup
	const perProducer = 5000
	for p := 0; p < 4; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < perProducer; i++ {
				q.put(p*perProducer + i + 1)
			}
		}(p)
	}
	sums := make([]int, 4)
	counts := make([]int, 4)
	var cwg sync.WaitGroup
	for c := 0; c < 4; c++ {
		cwg.Add(1)
		go func(c int) {
			defer cwg.Done()
			for {
				v := q.get()
				if v < 0 {
					return
				}
				sums[c] += v
				counts[c]++
			}
		}(c)
	}
	wg.Wait()
	for c := 0; c < 4; c++ {
		q.put(-1)
	}
	cwg.Wait()
	total, n := 0, 0
	for c := 0; c < 4; c++ {
		total += sums[c]
		n += counts[c]
	}
	fmt.Println("items:", n, "sum:", total, "want:", 4*perProducer*(4*perProducer+1)/2)

	// Broadcast: everyone behind the gate passes at once.
	var gmu sync.Mutex
	gate := sync.NewCond(&gmu)
	open := false
	waiting := 0
	passed := make(chan int, 10)
	for i := 0; i < 10; i++ {
		go func(i int) {
			gmu.Lock()
			waiting++
			for !open {
				gate.Wait()
			}
			gmu.Unlock()
			passed <- i
		}(i)
	}
	for {
		gmu.Lock()
		w := waiting
		gmu.Unlock()
		if w == 10 {
			break
		}
		gate.Signal() // nobody may pass: open is still false
	}
	gmu.Lock()
	open = true
	gate.Broadcast()
	gmu.Unlock()
	got := 0
	for i := 0; i < 10; i++ {
		got += <-passed
	}
	fmt.Println("passed the gate:", got, "(0+1+...+9 = 45)")
	gate.Signal() // no waiters: nothing happens
	gate.Broadcast()
	fmt.Println("Signal and Broadcast without waiters return")
}
