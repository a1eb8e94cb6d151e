// stack.h — goroutine stacks: segmented, small at first, growing without limit up to Go's
// 1,000,000,000 bytes (docs/stacks.md has the design, the measurements and the choices).
//
// A goroutine runs on a chain of segments. Each segment is one block [lo, lo+size) whose
// top holds a StackSeg header; the goroutine's G::stack is the *current* segment's usable
// part, [lo, header) — so the current header is always (StackSeg*)g->stack.hi — and
// g->stackguard0 = lo + kStackRedZone. Compiled prologues compare sp - FRAME with the
// guard; below it they call mgo_rt_morestack_call (stack.cc), which links a segment at
// least twice the last one and big enough for FRAME plus the red zone, runs the rest of
// the call on it (mgo_rt_callonstack, callonstack_amd64.S), unlinks it on return and
// keeps it as the G's spare (the hot split: a call crossing a boundary in a loop must not
// allocate). Segments never move, so pointers into a stack stay valid.
//
// Red zone: the kStackRedZone bytes above lo and below the guard are where code may run
// that did not check: the prologue's own frame before its check, morestack itself, and
// the small bounded runtime calls of compiled code (chan ops -> gopark -> context switch,
// maps, strings, allocation). Deep C++ code (the stdlib, panic printing) never runs
// there: callers of stdlib externs ask for kHeavyCallFrame in their prologue, and gopanic
// moves to a big segment (stack_call_with_room).
//
// Sizes: the first segment is kFirstSegment bytes, several packed to a page without guard
// pages (memory per parked goroutine is counted in touched pages); classes double from
// there; segments above kSmallSegmentMax have their own mapping with a PROT_NONE page
// below. The main goroutine keeps one region of Go's whole limit (lazily committed).
//
// Invariants: a Stack from stackalloc is returned with stackfree exactly once, and only
// when the G is back on its base segment (stackreset); segment headers are touched only
// by the goroutine owning the chain (or whoever holds it Dead). Lock order: stack_lock
// (the segment pool) is a leaf.
#pragma once
#include <cstdint>

#include "runtime/runtime2.h"

namespace mgo::rt {

// Go's maxstacksize: past this, "goroutine stack exceeds 1000000000-byte limit".
constexpr uintptr_t kMaxStackBytes = 1000000000;
// kFirstSegment: the smallest size class, and the first segment of goroutines running
// compiled code (the JIT calls stack_set_first_segment(kFirstSegment) when it emits
// prologue checks). kHostFirstSegment: the default first segment, for goroutines whose
// body is C++ that checks nothing (runtime unit tests).
#ifdef MGO_TSAN
constexpr uintptr_t kStackRedZone = 128 << 10;      // TSAN frames are several times larger
constexpr uintptr_t kFirstSegment = 256 << 10;
constexpr uintptr_t kHostFirstSegment = 1024 << 10;
constexpr uintptr_t kSmallSegmentMax = 1024 << 10;
#else
constexpr uintptr_t kStackRedZone = 768;            // measured: docs/stacks.md
constexpr uintptr_t kFirstSegment = 1536;           // eight in three pages
constexpr uintptr_t kHostFirstSegment = kFirstSegment << 5;  // 48 KiB
// Segments up to this size are carved from shared chunks (no guard page each).
constexpr uintptr_t kSmallSegmentMax = 64 << 10;
#endif
// What a caller of deep host code (stdlib C++ externs) asks for in its prologue.
constexpr uintptr_t kHeavyCallFrame = 64 << 10;
// Go's stackPreempt on 64-bit (uintptrMask & -1314, i.e. 0xfffffffffffffade; the
// 0xfffffade of Go's 32-bit ports would sit below every x86-64 stack): a guard above any
// sp, so every prologue's unsigned compare sends the goroutine to morestack.
constexpr uintptr_t StackPreempt = ~uintptr_t(0) - 1313;
static_assert(StackPreempt == 0xfffffffffffffadeULL);

// The header at the top of every segment.
struct StackSeg {
  StackSeg* prev = nullptr;   // the older segment (null: the base segment)
  StackSeg* base = nullptr;   // the chain's base segment (itself for the base)
  StackSeg* spare = nullptr;  // base only: an unlinked segment kept for the hot split
  StackSeg* poolnext = nullptr;  // on a free list
  uintptr_t lo = 0;           // lowest address of the segment
  uintptr_t size = 0;         // bytes of the whole segment, header included
  uintptr_t total = 0;        // bytes of the chain up to and including this segment
  uint32_t cls = 0;           // size class (kLargeClass: own mapping; kMainClass: main)
  uint32_t reserved = 0;
};

// The size of the first segment of goroutines created from now on (rounded up to a size
// class, at least kFirstSegment); the default is kHostFirstSegment.
void stack_set_first_segment(uintptr_t bytes);
// The base segment of a new goroutine: Stack{lo, header}.
Stack stackalloc();
// Frees a base segment (the G is Dead and back on it: stackreset first) and its spare.
void stackfree(Stack s);
// The main goroutine's stack: kMaxStackBytes plus the red zone, lazily committed.
Stack stackalloc_main();
void stackfree_main(Stack s);
// A goroutine exits (or its G is reused): releases every segment above the base and the
// spare, and puts gp back on its base segment (stack, guard).
void stackreset(G* gp);
// A recovered panic longjmps to a frame whose segment was current when it was pushed
// (its Stack at push: s): releases the newer segments and makes s current again.
void stackunwind(G* gp, Stack s);
// Runs fn(arg) on gp's stack if at least `bytes` are free above the guard, else on a new
// segment of at least that much (released when fn returns; fn may also leave by longjmp
// to an older frame, which stackunwind handles).
void stack_call_with_room(G* gp, uintptr_t bytes, void (*fn)(void*), void* arg);

// Base segments handed out and not yet freed (tests assert 0 at tear-down).
int64_t stacks_in_use();

// Segment counters (GODEBUG=mgostackstats=1 prints them at exit; tests read them).
struct StackStats {
  int64_t mapped = 0;       // segments obtained from the OS (fresh)
  int64_t links = 0;        // morestack links of a segment (boundary crossings)
  int64_t spare_hits = 0;   // links served by the G's spare
  int64_t pool_hits = 0;    // segments taken from the global pool (alone or in a refill)
  int64_t inuse = 0;        // segments in use (base segments included)
  int64_t cached = 0;       // segments in the global pool
  int64_t cached_bytes = 0;
  int64_t released = 0;     // large segments unmapped (pool past kPoolKeepBytes)
  int64_t scavenged = 0;    // times a free segment's pages went back (madvise)
  int64_t scavenged_bytes = 0;
  // Per-P caches (stackcache.cc): segments they hold, allocations they served without
  // a lock, and their batches from/to the global pool (refills, drains, flushes of a
  // destroyed P). links, spare_hits, inuse and pcache_hits are summed from per-P
  // counters (stackseg.h's pcount): exact when nothing allocates meanwhile.
  int64_t pcached = 0;
  int64_t pcache_hits = 0;
  int64_t pcache_refills = 0;
  int64_t pcache_drains = 0;
  int64_t pcache_flushes = 0;
  int64_t overruns = 0;     // debug builds: red zone canary found damaged
  // GODEBUG=mgostackpaint=1: the deepest use of any released segment, in bytes below its
  // guard (negative: it stayed that far above); INT64_MIN before any was released.
  int64_t max_redzone_use = 0;
};
StackStats stack_stats();
// Tests: unmaps every large segment of the global pool (returns how many) so leak checks
// see a clean state.
int64_t stackpool_drain();
// A P is destroyed (procresize) or freed (shutdown): its cached segments go to the global
// pool. The caller owns pp (world stopped, or pp not held by any M).
void stackcache_flush(P* pp);
// Gives the pages of free segments in the global pool back to the OS until at most
// `keep` committed releasable bytes remain; returns the bytes released. Runs by itself
// when a free passes the high-water mark; callable from any thread (a scavenger).
int64_t stack_scavenge(uintptr_t keep);
// Tests: the high-water mark (default kScavengeHighWater); returns the old one.
uintptr_t stack_set_scavenge_high_water(uintptr_t bytes);

}  // namespace mgo::rt
