// gomaxprocs: 1 2
//
// A locked goroutine's thread, seen from the program: the first field of
// /proc/thread-self/stat is the id of the thread running the goroutine. While locked, it
// stays the same across parks (channel, Sleep, Gosched, mutex) and the system calls of
// the reads themselves; goroutines locked at the same time have distinct threads; and a goroutine that
// ends locked takes its thread with it (/proc/self/task/ID goes away) — except the
// process's main thread, which Go parks for ever instead (proc.go mexit: "wedge" m0;
// mgo never runs goroutines on it), so it is left out of that count.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"
)

func tid() string {
	b, err := os.ReadFile("/proc/thread-self/stat")
	if err != nil {
		return "error: " + err.Error()
	}
	s := string(b)
	return s[:strings.IndexByte(s, ' ')]
}

func main() {
	const n = 4
	ping := make(chan int)
	ids := make(chan string, n)
	release := make(chan bool)
	var mu sync.Mutex
	moved := 0
	for g := 0; g < n; g++ {
		go func() {
			runtime.LockOSThread()
			t0 := tid()
			check := func() {
				if tid() != t0 {
					mu.Lock()
					moved++
					mu.Unlock()
				}
			}
			for k := 0; k < 30; k++ {
				ping <- k // parks until main receives
				check()
				time.Sleep(50 * time.Microsecond)
				check()
				runtime.Gosched()
				check()
				mu.Lock()
				runtime.Gosched() // others park on the mutex meanwhile
				mu.Unlock()
				check()
			}
			ids <- t0
			<-release // all alive at once until main has every id
		}()
	}
	for i := 0; i < n*30; i++ {
		<-ping
	}
	seen := map[string]bool{}
	var list []string
	for g := 0; g < n; g++ {
		t := <-ids
		seen[t] = true
		list = append(list, t)
	}
	mu.Lock()
	fmt.Println("moved while locked:", moved)
	mu.Unlock()
	fmt.Println("distinct threads:", len(seen) == n)
	close(release)

	// Each ended locked: its thread exits (asynchronously: wait up to 5 s).
	gone, others := 0, 0
	for _, t := range list {
		if t == fmt.Sprint(os.Getpid()) {
			continue
		}
		others++
		for i := 0; i < 500; i++ {
			if _, err := os.ReadFile("/proc/self/task/" + t + "/stat"); err != nil {
				gone++
				break
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	fmt.Println("threads gone:", gone == others)
}
