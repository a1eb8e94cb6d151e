// Package runtime: the scheduler's knobs (C++ in runtime/proc.cc), MemStats from the
// allocator's counters (stdlib/runtime_pkg.cc), and the runtime.Error interface that the
// runtime's own error values (runtime/panic.h) satisfy.
package runtime

const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "gc"

// Error identifies a run time error (index out of range, nil map write, ...).
type Error interface {
	error
	RuntimeError()
}

func Gosched()
func Goexit()
func NumGoroutine() int
func NumCPU() int
func GOMAXPROCS(n int) int
func LockOSThread()
func UnlockOSThread()

// GC runs a garbage collection; mgo has no collector yet, so there is nothing to do.
func GC() {}

func KeepAlive(x interface{}) {}

func SetFinalizer(obj interface{}, finalizer interface{}) {}

func Version() string {
	return "go1.19.8"
}

// GOROOT is where Go 1.19 (the reference mgo follows) is installed.
func GOROOT() string {
	return "/usr/lib/go-1.19"
}

// MemProfileRate is a plain variable: mgo does not sample allocations. Its initial value is
// what a Go 1.19 program observes when it does not use runtime.MemProfile (which mgo lacks):
// Go's linker then sets runtime.disableMemoryProfiling and the rate starts at 0, not the
// documented 512 KiB.
var MemProfileRate int = 0

// Breakpoint stops the program, as Go's does (a trap); mgo panics instead.
func Breakpoint() {
	panic("runtime.Breakpoint")
}

type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

func ReadMemStats(m *MemStats)
