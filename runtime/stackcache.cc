// stackcache.cc — per-P caches of free stack segments in front of the global pool
// (stackseg.cc), as Go's mcache.stackcache with stackcacherefill/stackcacherelease.
//
// Each P keeps a free list per size class below kStackCacheClasses (1.5, 3, 6 and 12 KiB
// in release builds: the first segments and the first links, the segments goroutines
// take and give back most). The holder of the P pops and pushes without a lock; an
// empty list is refilled with half a cache's worth from the global pool, a full one
// gives the older half back (one stack_lock acquisition per batch). A P that procresize
// destroys, or that the runtime frees at shutdown, flushes its lists to the pool.
//
// Capacity: kCacheBytes per class (Go's _StackCacheSize: 32 KiB for 2 KiB stacks; here
// 32 first segments), so 32 / 16 / 8 / 4 segments.
//
// Invariants: a P's lists are touched only by the M holding the P (m->p), or by whoever
// owns a P no M holds (procresize with the world stopped, shutdown, tests); the hand-off
// of a P between Ms is ordered by the scheduler (sched.lock, the P's status). Segments in
// a cache have valid headers (lo, size, cls) and are counted neither in use nor pooled.
// The per-P counters of segment allocations, frees, links and cache hits (stackseg.h's
// pcount) live here too: a side array indexed by P id (runtime2.h's P is the
// scheduler's), one 128-byte block per P so no two Ps share a cache line (or the
// adjacent-line prefetch pair).
// Lock order: only stack_lock (a leaf), in segpool_take/segpool_put.
#include <atomic>

#include "runtime/fatal.h"
#include "runtime/stackseg.h"

namespace mgo::rt {
namespace {

constexpr uintptr_t kCacheBytes = 32 * kFirstSegment;

// Per batch (each with a stack_lock acquisition anyway): shared.
std::atomic<int64_t> st_refills{0}, st_drains{0}, st_flushes{0};

}  // namespace

StackPCounters stack_pcounters[kPCounterSlots + 1];

int64_t pcount_sum(StackPCount k) {
  int64_t n = 0;
  for (const StackPCounters& c : stack_pcounters) n += c.v[k].load(std::memory_order_relaxed);
  return n;
}

int stackcache_capacity(int c) {
  auto n = static_cast<int>(kCacheBytes / (kFirstSegment << c));
  return n < 4 ? 4 : n;
}

StackSeg* stackcache_get(P* pp, int c) {
  P::StackCacheList& l = pp->stackcache[c];
  if (l.list == nullptr) {
    l.count = segpool_take(c, stackcache_capacity(c) / 2, &l.list);
    st_refills.fetch_add(1, std::memory_order_relaxed);
  }
  StackSeg* s = l.list;
  l.list = s->poolnext;
  l.count--;
  pcount(pp, kPcHits);
  return s;
}

void stackcache_put(P* pp, StackSeg* s, int c) {
  P::StackCacheList& l = pp->stackcache[c];
  s->poolnext = l.list;
  l.list = s;
  l.count++;
  int cap = stackcache_capacity(c);
  if (l.count < cap) return;
  // Keep the newer half (warm in the cache), give the rest back in one batch.
  StackSeg* last = l.list;
  for (int i = 1; i < cap / 2; i++) last = last->poolnext;
  StackSeg* rest = last->poolnext;
  last->poolnext = nullptr;
  int n = l.count - cap / 2;
  l.count = cap / 2;
  segpool_put(c, rest, n);
  st_drains.fetch_add(1, std::memory_order_relaxed);
}

void stackcache_flush(P* pp) {
  bool any = false;
  for (int c = 0; c < kStackCacheClasses; c++) {
    P::StackCacheList& l = pp->stackcache[c];
    if (l.count == 0) continue;
    segpool_put(c, l.list, l.count);
    l.list = nullptr;
    l.count = 0;
    any = true;
  }
  if (any) st_flushes.fetch_add(1, std::memory_order_relaxed);
}

void stackcache_stats(StackStats* r) {
  r->pcache_hits = pcount_sum(kPcHits);
  r->pcache_refills = st_refills.load();
  r->pcache_drains = st_drains.load();
  r->pcache_flushes = st_flushes.load();
}

}  // namespace mgo::rt
