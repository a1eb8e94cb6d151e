// malloc.h — the Go heap: the one allocation entry point and its counters.
//
// Every Go object (new, make, append, string data, map storage, boxed interface values,
// closures, defer records) is allocated here, through mgo_rt_mallocgc / mallocgc. The
// first batch of work has no collector: memory is never reused, so everything returned
// is zero because it comes fresh from mmap. See malloc.cc for the design.
#pragma once
#include <cstddef>
#include <cstdint>

#include "runtime/abi.h"

namespace mgo::rt {

// Go 1.19's size classes (sizeclasses.go): objects up to kMaxSmallSize are rounded up to
// one of these; larger objects to a multiple of kPageSize.
constexpr uint64_t kMaxSmallSize = 32768;
constexpr uint64_t kPageSize = 8192;
constexpr int kNumSizeClasses = 68;
extern const uint16_t class_to_size[kNumSizeClasses];
// The size the heap really gives a request of `size` bytes (Go's roundupsize). append's
// growth rule depends on it, so that cap() matches Go's.
uint64_t roundupsize(uint64_t size);

// Go's maxAlloc on linux/amd64: requests above it panic.
constexpr uint64_t kMaxAlloc = uint64_t(1) << 48;

// Allocates `size` zeroed bytes. A small object (<= kMaxSmallSize) lies at k times its
// class size from a page-aligned span start, as in Go: 8-byte aligned, 16 for classes
// that are multiples of 16, 64 for multiples of 64 (so never across a cache line); a
// large one is page-aligned. size 0 returns the address of one shared zero-size object (Go's zerobase).
// Thread-safe; lock-free on the fast path. When the OS refuses memory: Go's
// "fatal error: runtime: out of memory", exit 2.
void* mallocgc(uint64_t size);

// Address returned for every zero-size allocation.
extern uint64_t zerobase;

// Counters for runtime.ReadMemStats, summed over all threads at the time of the call.
// Without a collector Frees stays 0, HeapAlloc == TotalAlloc.
struct MemStats {
  uint64_t total_alloc;   // bytes allocated (after size-class rounding), cumulative
  uint64_t mallocs;       // objects allocated, cumulative (zero-size ones included, as Go)
  uint64_t frees;         // objects freed
  uint64_t heap_alloc;    // bytes of live objects: total_alloc minus freed bytes
  uint64_t heap_sys;      // bytes of heap memory obtained from the OS (mmap'd chunks)
};
MemStats read_memstats();

// Heap chunks, for a future collector and for tests: calls fn(lo, hi) for every mmap'd
// heap chunk's used part [lo, hi): its header page, then spans and large objects (a
// span's objects lie back to back from its start; unused tails of spans are zero).
// Not thread-safe against concurrent allocation: call with the world stopped.
void for_each_heap_chunk(void (*fn)(uintptr_t lo, uintptr_t hi, void* arg), void* arg);

}  // namespace mgo::rt
