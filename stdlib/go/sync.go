// Package sync. Mutex and WaitGroup are the scheduler's (runtime/sema.cc, Go's layouts
// and algorithms); Once, RWMutex, Cond, Map and Pool are plain Go on top of Mutex and
// channels.
package sync

import "sync/atomic"

type Locker interface {
	Lock()
	Unlock()
}

// Mutex: Go's layout; the methods are runtime/sema.cc's.
type Mutex struct {
	state int32
	sema  uint32
}

func (m *Mutex) Lock()
func (m *Mutex) Unlock()
func (m *Mutex) TryLock() bool

// WaitGroup: counter<<32 | waiters in state, as runtime/sema.cc expects.
type WaitGroup struct {
	state uint64
	sema  uint32
}

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()

type Once struct {
	done uint32
	m    Mutex
}

func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer atomic.StoreUint32(&o.done, 1)
		f()
	}
}

// waitList parks goroutines, each on a Mutex of its own that the waker unlocks (Go's
// Mutex may be unlocked by another goroutine); the caller holds the mutex guarding it.
type waitList struct {
	parked []*Mutex
}

func (w *waitList) add() *Mutex {
	m := new(Mutex)
	m.Lock()
	w.parked = append(w.parked, m)
	return m
}

func (w *waitList) wakeOne() {
	if len(w.parked) > 0 {
		w.parked[0].Unlock()
		w.parked = w.parked[1:]
	}
}

func (w *waitList) wakeAll() {
	for _, m := range w.parked {
		m.Unlock()
	}
	w.parked = nil
}

// RWMutex: any number of readers or one writer; a waiting writer holds back new
// readers, as Go's does.
type RWMutex struct {
	m              Mutex
	readers        int
	writer         bool
	waitingWriters int
	waiters        waitList
}

func (rw *RWMutex) wait() {
	p := rw.waiters.add()
	rw.m.Unlock()
	p.Lock() // until woken
	rw.m.Lock()
}

func (rw *RWMutex) RLock() {
	rw.m.Lock()
	for rw.writer || rw.waitingWriters > 0 {
		rw.wait()
	}
	rw.readers++
	rw.m.Unlock()
}

func (rw *RWMutex) TryRLock() bool {
	rw.m.Lock()
	defer rw.m.Unlock()
	if rw.writer || rw.waitingWriters > 0 {
		return false
	}
	rw.readers++
	return true
}

func (rw *RWMutex) RUnlock() {
	rw.m.Lock()
	if rw.readers <= 0 {
		rw.m.Unlock()
		panic("sync: RUnlock of unlocked RWMutex")
	}
	rw.readers--
	if rw.readers == 0 {
		rw.waiters.wakeAll()
	}
	rw.m.Unlock()
}

func (rw *RWMutex) Lock() {
	rw.m.Lock()
	rw.waitingWriters++
	for rw.writer || rw.readers > 0 {
		rw.wait()
	}
	rw.waitingWriters--
	rw.writer = true
	rw.m.Unlock()
}

func (rw *RWMutex) TryLock() bool {
	rw.m.Lock()
	defer rw.m.Unlock()
	if rw.writer || rw.readers > 0 {
		return false
	}
	rw.writer = true
	return true
}

func (rw *RWMutex) Unlock() {
	rw.m.Lock()
	if !rw.writer {
		rw.m.Unlock()
		panic("sync: Unlock of unlocked RWMutex")
	}
	rw.writer = false
	rw.waiters.wakeAll()
	rw.m.Unlock()
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type Cond struct {
	L       Locker
	m       Mutex
	waiters waitList
}

func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

func (c *Cond) Wait() {
	c.m.Lock()
	p := c.waiters.add()
	c.m.Unlock()
	c.L.Unlock()
	p.Lock() // until Signal or Broadcast
	c.L.Lock()
}

func (c *Cond) Signal() {
	c.m.Lock()
	c.waiters.wakeOne()
	c.m.Unlock()
}

func (c *Cond) Broadcast() {
	c.m.Lock()
	c.waiters.wakeAll()
	c.m.Unlock()
}

// Map is a map safe for concurrent use (one lock; Range works on a snapshot).
type Map struct {
	mu Mutex
	m  map[interface{}]interface{}
}

func (m *Map) Load(key interface{}) (value interface{}, ok bool) {
	m.mu.Lock()
	value, ok = m.m[key]
	m.mu.Unlock()
	return
}

func (m *Map) Store(key, value interface{}) {
	m.mu.Lock()
	if m.m == nil {
		m.m = make(map[interface{}]interface{})
	}
	m.m[key] = value
	m.mu.Unlock()
}

func (m *Map) LoadOrStore(key, value interface{}) (actual interface{}, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	if m.m == nil {
		m.m = make(map[interface{}]interface{})
	}
	m.m[key] = value
	return value, false
}

func (m *Map) LoadAndDelete(key interface{}) (value interface{}, loaded bool) {
	m.mu.Lock()
	value, loaded = m.m[key]
	delete(m.m, key)
	m.mu.Unlock()
	return
}

func (m *Map) Delete(key interface{}) {
	m.mu.Lock()
	delete(m.m, key)
	m.mu.Unlock()
}

func (m *Map) Swap(key, value interface{}) (previous interface{}, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	previous, loaded = m.m[key]
	if m.m == nil {
		m.m = make(map[interface{}]interface{})
	}
	m.m[key] = value
	return
}

func (m *Map) Range(f func(key, value interface{}) bool) {
	m.mu.Lock()
	keys := make([]interface{}, 0, len(m.m))
	vals := make([]interface{}, 0, len(m.m))
	for k, v := range m.m {
		keys = append(keys, k)
		vals = append(vals, v)
	}
	m.mu.Unlock()
	for i := range keys {
		if !f(keys[i], vals[i]) {
			break
		}
	}
}

type Pool struct {
	New   func() interface{}
	mu    Mutex
	items []interface{}
}

func (p *Pool) Get() interface{} {
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}

func (p *Pool) Put(x interface{}) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.items = append(p.items, x)
	p.mu.Unlock()
}
