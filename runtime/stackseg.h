// stackseg.h — the segment allocator behind stack.h (runtime/stackseg.cc, the global pool;
// runtime/stackcache.cc, the per-P caches in front of it); runtime-internal.
//
// Size classes double from kFirstSegment: class c holds segments of kFirstSegment << c
// bytes. Small classes (<= kSmallSegmentMax) are carved from chunks mapped per class,
// several segments to a page for the first class, without guard pages; larger classes
// get their own mapping with one PROT_NONE page below (MGO_DEBUG builds: every class).
//
// Allocation path (Go's stackalloc): classes below kStackCacheClasses go through the
// current P's cache (no lock; refilled from and drained to the global pool in batches);
// other classes, and callers without a P (threads outside the scheduler, a G in a
// syscall), use the global pool: one free list per class under stack_lock, a leaf.
// Freed memory goes back to the OS in two ways: large segments are unmapped when the
// pool holds more than kPoolKeepBytes, and when the pool's committed releasable bytes
// pass the scavenge high-water mark, free segments' pages go back with
// madvise(MADV_DONTNEED) (stack_scavenge; only pages wholly inside one free segment,
// below its header's page — the header keeps the segment on its free list), at most
// kScavengeBatch bytes per free, until the pool is down to half the mark.
// A segment handed out has a fresh StackSeg header at its top; the caller links it.
#pragma once
#include <atomic>
#include <cstdint>

#include "runtime/stack.h"

namespace mgo::rt {

constexpr uint32_t kClassMask = 0xff;      // StackSeg::cls: the size class
constexpr uint32_t kScavengedFlag = 1u << 28;  // StackSeg::cls, pooled: pages released
constexpr uint32_t kLargeFlag = 1u << 30;  // StackSeg::cls: own mapping (guard page below)
constexpr uint32_t kMainClass = 1u << 29;  // StackSeg::cls: the main goroutine's region
constexpr uintptr_t kPoolKeepBytes = uintptr_t(512) << 20;
// Committed releasable bytes the global pool may hold before stack_scavenge runs
// (down to half of it).
constexpr uintptr_t kScavengeHighWater = uintptr_t(512) << 20;
// The most madvise one free (or batch put) does under stack_lock (~1 ms of page-table
// work at worst), so allocations that miss their P's cache wait that long at most.
constexpr uintptr_t kScavengeBatch = uintptr_t(4) << 20;

// Smallest class whose segments hold `bytes` (header included); returns its size.
uintptr_t segsize_for(uintptr_t bytes);
// Its index.
int segclass_for(uintptr_t bytes);
// A segment of exactly segsize_for(bytes) bytes: from the current P's cache, the global
// pool, or the OS.
StackSeg* segalloc(uintptr_t bytes);
// Back to the current P's cache or the global pool (or the OS). s must not be linked
// any more.
void segfree(StackSeg* s);
// Process-wide options from GODEBUG (mgostackstats=1, mgostackpaint=1).
bool stack_paint_enabled();
// A segment leaves use (unlinked, reset, freed): MGO_DEBUG builds check its canary
// ("stack segment overrun"); paint mode records how deep below its guard it was used.
void segscan(StackSeg* s);
// Counters (stack.h's StackStats), updated by stack.cc too.
void stats_add_link(bool spare, bool pool);

// ---- the global pool, for the per-P caches (stackseg.cc) ----
// Moves n free segments of class c to *list (linked by poolnext; headers valid): from
// the pool, then from a new chunk or new mappings. Returns n.
int segpool_take(int c, int n, StackSeg** list);
// Puts n free segments of class c (a poolnext list) back into the pool.
void segpool_put(int c, StackSeg* list, int n);

// ---- the per-P caches (stackcache.cc) ----
// A free segment of class c (< kStackCacheClasses) from pp's cache, refilled from the
// pool when empty. pp must be held by the calling M (or not be shared at all: tests).
StackSeg* stackcache_get(P* pp, int c);
// s (class c, freed) into pp's cache; past its capacity half of it goes to the pool.
void stackcache_put(P* pp, StackSeg* s, int c);
// Segments a P's cache of class c holds at most (Go's _StackCacheSize in bytes).
int stackcache_capacity(int c);
// Counters of the caches, into r.
void stackcache_stats(StackStats* r);

// ---- per-P counters (stackcache.cc) ----
// The counters bumped on every segment allocation, free, link and cache hit live in a
// side array indexed by P id, one cache line pair per P (a shared counter would bounce
// between the cores on every goroutine start and exit), summed by stack_stats. A slot
// is written only by the M holding that P (a relaxed load and store, no locked
// instruction; the hand-off of a P between Ms is ordered by the scheduler); callers
// without a P, or beyond the slots, use the shared slot with atomic adds.
enum StackPCount { kPcAllocs, kPcFrees, kPcLinks, kPcSpare, kPcHits, kPcN };
constexpr int kPCounterSlots = 256;
struct alignas(128) StackPCounters {
  std::atomic<int64_t> v[kPcN];
};
extern StackPCounters stack_pcounters[kPCounterSlots + 1];  // [kPCounterSlots]: shared
// pp: the caller's P (held by the calling M), or null.
inline void pcount(P* pp, StackPCount k) {
  if (pp != nullptr && pp->id >= 0 && pp->id < kPCounterSlots) {
    std::atomic<int64_t>& c = stack_pcounters[pp->id].v[k];
    c.store(c.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
  } else {
    stack_pcounters[kPCounterSlots].v[k].fetch_add(1, std::memory_order_relaxed);
  }
}
// The sums over every slot (relaxed loads: a snapshot only when nothing runs).
int64_t pcount_sum(StackPCount k);

}  // namespace mgo::rt
