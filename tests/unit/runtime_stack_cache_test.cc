// runtime_stack_cache_test.cc — the segment allocator's per-P caches and giving memory
// back to the OS (runtime/stackcache.cc, runtime/stackseg.cc): size classes of the
// caches, refill and drain in batches, reuse without the pool, the flush of a P that
// procresize destroys or shutdown frees (with goroutines growing on several Ps: TSAN
// checks the hand-offs in the TSAN build), and madvise of free segments (mincore shows
// the pages gone; a page shared with a segment in use stays).
#include <gtest/gtest.h>
#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <vector>

#include "runtime/stackseg.h"
#include "tests/unit/runtime_sched_test_util.h"

namespace mgo::rt {
namespace {

using testing::go;
using testing::makechan_int;
using testing::recv;
using testing::run_main;
using testing::WaitGroup;

int cached_in(P* pp) {
  int n = 0;
  for (auto& l : pp->stackcache) n += l.count;
  return n;
}

// Pages of [a, a+n) resident in memory.
int resident_pages(uintptr_t a, uintptr_t n) {
  long page = sysconf(_SC_PAGESIZE);
  a &= ~uintptr_t(page - 1);
  std::vector<unsigned char> v((n + page - 1) / page + 1);
  EXPECT_EQ(mincore(reinterpret_cast<void*>(a), n, v.data()), 0);
  int r = 0;
  for (size_t i = 0; i < (n + page - 1) / page; i++) r += v[i] & 1;
  return r;
}

TEST(StackCache, CapacityIsABudgetInBytesPerClass) {
  for (int c = 0; c < kStackCacheClasses; c++) {
    int cap = stackcache_capacity(c);
    EXPECT_GE(cap, 4) << "class " << c;
    EXPECT_LE(uintptr_t(cap) * (kFirstSegment << c), std::max(32 * kFirstSegment, 4 * (kFirstSegment << c)));
  }
  EXPECT_GT(stackcache_capacity(0), stackcache_capacity(kStackCacheClasses - 1));
}

TEST(StackCache, RefillDrainAndFlushGoThroughThePoolInBatches) {
  for (int c = 0; c < kStackCacheClasses; c++) {
    P p;  // a P no M holds: this test owns it
    int cap = stackcache_capacity(c);
    StackStats s0 = stack_stats();
    StackSeg* first = stackcache_get(&p, c);
    StackStats s1 = stack_stats();
    EXPECT_EQ(s1.pcache_refills, s0.pcache_refills + 1);
    EXPECT_LE(s1.pool_hits, s0.pool_hits + cap / 2);
    EXPECT_EQ(p.stackcache[c].count, cap / 2 - 1) << "a refill takes half a cache";
    EXPECT_EQ(first->size, kFirstSegment << c);
    EXPECT_EQ(int(first->cls & kClassMask), c);
    // The rest of the batch comes without the pool.
    std::vector<StackSeg*> got{first};
    for (int i = 1; i < cap / 2; i++) got.push_back(stackcache_get(&p, c));
    StackStats s2 = stack_stats();
    EXPECT_EQ(s2.pcache_refills, s1.pcache_refills);
    EXPECT_EQ(s2.pool_hits, s1.pool_hits);
    EXPECT_EQ(p.stackcache[c].count, 0);
    // LIFO reuse: a segment put back is the next one out, still without the pool.
    stackcache_put(&p, got.back(), c);
    EXPECT_EQ(stackcache_get(&p, c), got.back());
    EXPECT_EQ(stack_stats().pool_hits, s1.pool_hits);
    // A second batch: putting all cap segments back reaches the capacity once.
    for (int i = 0; i < cap / 2; i++) got.push_back(stackcache_get(&p, c));
    StackStats s3 = stack_stats();
    EXPECT_EQ(s3.pcache_refills, s1.pcache_refills + 1);
    for (StackSeg* s : got) stackcache_put(&p, s, c);
    StackStats s4 = stack_stats();
    EXPECT_EQ(s4.pcache_drains, s3.pcache_drains + 1) << "one batch back to the pool";
    EXPECT_EQ(s4.cached, s3.cached + cap - cap / 2);
    EXPECT_EQ(p.stackcache[c].count, cap / 2) << "the newer half stays";
    EXPECT_EQ(p.stackcache[c].list, got.back());
    // The P goes away: everything it cached goes to the pool.
    int left = p.stackcache[c].count;
    stackcache_flush(&p);
    StackStats s5 = stack_stats();
    EXPECT_EQ(s5.pcache_flushes, s4.pcache_flushes + 1);
    EXPECT_EQ(s5.cached, s4.cached + left);
    EXPECT_EQ(p.stackcache[c].count, 0);
    EXPECT_EQ(p.stackcache[c].list, nullptr);
    EXPECT_EQ(s5.pcached, s0.pcached) << "no segment lost in the cache";
  }
}

// ---- goroutines growing on several Ps ----

std::atomic<int> holding;  // goroutines at their deepest level

struct Grow {
  G* g;
  int levels;
  void* c;
  WaitGroup* wg;
};

// Links one segment per level (each twice the last: classes 1, 2, 3, 4 from a first
// segment of class 0), then parks on a channel at the deepest level.
void grow_fn(void* arg) {
  auto* a = static_cast<Grow*>(arg);
  if (a->levels-- > 0) {
    a->g->stackguard0.store(~uintptr_t(0) - 1, std::memory_order_relaxed);
    mgo_rt_morestack_call(a->g, 256, grow_fn, a);
    return;
  }
  // Deep enough for the C++ below: a big segment (not a cached class).
  a->g->stackguard0.store(~uintptr_t(0) - 1, std::memory_order_relaxed);
  mgo_rt_morestack_call(a->g, kHeavyCallFrame, [](void* p) {
    auto* a = static_cast<Grow*>(p);
    holding.fetch_add(1);
    recv(a->g, a->c);
    a->wg->Done(a->g);  // here: a first segment has no room for Done's host code
  }, a);
}

std::atomic<int64_t> after_resize_pcached, after_resize_p0;
StackStats during;
int64_t during_bases;

void growers_main(G* g) {
  constexpr int kGoroutines = 200;
  void* c = makechan_int(g, 0);
  auto* wg = new WaitGroup();
  wg->Add(g, kGoroutines);
  for (int i = 0; i < kGoroutines; i++) {
    go(g, [c, wg](G* g) {
      Grow a{g, kStackCacheClasses, c, wg};
      grow_fn(&a);
    });
  }
  // All chains held at once: the caches must refill; all unwinding at once: drain.
  while (holding.load() < kGoroutines) mgo_runtime_Gosched(g);
  mgo_rt_closechan(g, c);
  wg->Wait(g);
  // Every goroutine is in or past goexit0; stopping the world waits for those in it.
  while (mgo_runtime_NumGoroutine(g) > 1) mgo_runtime_Gosched(g);
  during = stack_stats();
  during_bases = stacks_in_use();
  mgo_runtime_GOMAXPROCS(g, 1);  // destroys the other Ps: their caches go to the pool
  StackStats s = stack_stats();
  after_resize_pcached = s.pcached;
  after_resize_p0 = cached_in(getp());
  delete wg;
}

TEST(StackCache, GoroutinesGrowThroughThePerPCachesAndDestroyedPsFlush) {
  stack_set_first_segment(kFirstSegment);
  holding = 0;
  StackStats before = stack_stats();
  int64_t before_bases = stacks_in_use();
  run_main(4, growers_main, 8);
  stack_set_first_segment(kHostFirstSegment);
  StackStats after = stack_stats();
  // 200 goroutines x 4 cached links (and their base segments) went through the caches.
  EXPECT_GE(during.pcache_hits - before.pcache_hits, 200 * kStackCacheClasses / 2);
  EXPECT_GE(during.pcache_refills, before.pcache_refills + 1);
  EXPECT_GE(during.pcache_drains, before.pcache_drains + 1) << "200 parked chains freed at once";
  // (links is counted without a locked instruction: concurrent crossings may lose a count)
  EXPECT_LE(during.links - before.links, 200 * (kStackCacheClasses + 1));
  EXPECT_GE(during.links - before.links, 200 * (kStackCacheClasses + 1) / 2);
  // Exited goroutines gave back every segment but the first, which their free G keeps
  // (main's region is a base too, but not a segment).
  EXPECT_EQ(during.inuse - before.inuse, during_bases - 1 - before_bases);
  // After GOMAXPROCS(1) only P 0 caches segments.
  EXPECT_EQ(after_resize_pcached.load(), after_resize_p0.load());
  // Shutdown frees every P: nothing stays cached.
  EXPECT_EQ(after.pcached, 0);
  EXPECT_GE(after.pcache_flushes, during.pcache_flushes + 1);
}

// ---- giving memory back ----

// A class not cached per P (so the test thread and the runtime use the global pool).
constexpr uintptr_t kBig = kFirstSegment << kStackCacheClasses;

TEST(StackScavenge, FreeSegmentsPagesGoBackAndComeBackZeroed) {
  uintptr_t old = stack_set_scavenge_high_water(uintptr_t(1) << 40);
  stackpool_drain();   // large segments pooled by earlier tests: unmapped (kPoolKeepBytes)
  stack_scavenge(0);  // a clean start: what is pooled now is released
  std::vector<StackSeg*> segs;
  for (int i = 0; i < 16; i++) {
    StackSeg* s = segalloc(kBig);
    std::memset(reinterpret_cast<void*>(s->lo + 64), 0x5a, reinterpret_cast<uintptr_t>(s) - s->lo - 64);
    segs.push_back(s);
  }
  uintptr_t lo0 = segs[0]->lo;
  uintptr_t body = (reinterpret_cast<uintptr_t>(segs[0]) & ~uintptr_t(4095)) - ((lo0 + 4095) & ~uintptr_t(4095));
  ASSERT_GT(body, 0u);
  EXPECT_EQ(resident_pages((lo0 + 4095) & ~uintptr_t(4095), body), int(body / 4096));
  for (StackSeg* s : segs) segfree(s);
  StackStats s0 = stack_stats();
  int64_t freed = stack_scavenge(0);
  StackStats s1 = stack_stats();
  EXPECT_GE(freed, int64_t(16 * body));
  EXPECT_EQ(s1.scavenged_bytes - s0.scavenged_bytes, freed);
  EXPECT_GE(s1.scavenged - s0.scavenged, 16);
  EXPECT_EQ(resident_pages((lo0 + 4095) & ~uintptr_t(4095), body), 0) << "released pages still resident";
  EXPECT_EQ(stack_scavenge(0), 0) << "nothing dirty is left";
  // Reuse: the header survived (the segment is still pooled); its pages fault in zeroed.
  std::vector<StackSeg*> again;
  for (int i = 0; i < 16; i++) again.push_back(segalloc(kBig));
  bool seen = false;
  for (StackSeg* s : again) {
    if (s->lo != lo0) continue;
    seen = true;
    EXPECT_EQ(*reinterpret_cast<volatile uint8_t*>(s->lo + 128), 0);
    *reinterpret_cast<volatile uint8_t*>(s->lo + 128) = 1;
  }
  EXPECT_TRUE(seen) << "the pool kept the released segment";
  for (StackSeg* s : again) segfree(s);
  stack_set_scavenge_high_water(old);
}

TEST(StackScavenge, HighWaterMarkTriggersItByItself) {
  uintptr_t old = stack_set_scavenge_high_water(uintptr_t(1) << 40);
  stackpool_drain();
  stack_scavenge(0);
  std::vector<StackSeg*> segs;
  for (int i = 0; i < 32; i++) {
    StackSeg* s = segalloc(kBig);
    std::memset(reinterpret_cast<void*>(s->lo + 64), 1, reinterpret_cast<uintptr_t>(s) - s->lo - 64);
    segs.push_back(s);
  }
  stack_set_scavenge_high_water(8 * kBig);
  StackStats s0 = stack_stats();
  for (StackSeg* s : segs) segfree(s);
  StackStats s1 = stack_stats();
  EXPECT_GT(s1.scavenged, s0.scavenged) << "32 dirty segments passed a mark of 8";
  // Down to half the mark at each pass: at most the mark stays dirty.
  EXPECT_LE(stack_scavenge(0), int64_t(8 * kBig));
  stack_set_scavenge_high_water(old);
}

TEST(StackScavenge, OneFreeReleasesABoundedBatch) {
  // Over three batches' worth of dirty segments, then a mark far below: the free that
  // passes it releases one batch (stack_lock is held meanwhile), not everything.
  uintptr_t old = stack_set_scavenge_high_water(uintptr_t(1) << 40);
  stackpool_drain();
  stack_scavenge(0);
  std::vector<StackSeg*> segs;
  segs.push_back(segalloc(kBig));
  uintptr_t lo0 = (segs[0]->lo + 4095) & ~uintptr_t(4095);
  uintptr_t body = (reinterpret_cast<uintptr_t>(segs[0]) & ~uintptr_t(4095)) - lo0;
  ASSERT_GT(body, 0u);
  size_t n = 3 * kScavengeBatch / body + 2;
  while (segs.size() < n) segs.push_back(segalloc(kBig));
  for (StackSeg* s : segs) {
    std::memset(reinterpret_cast<void*>(s->lo + 64), 3, reinterpret_cast<uintptr_t>(s) - s->lo - 64);
  }
  for (size_t i = 0; i + 1 < n; i++) segfree(segs[i]);
  stack_set_scavenge_high_water(kBig);
  StackStats s0 = stack_stats();
  segfree(segs.back());
  StackStats s1 = stack_stats();
  int64_t one = s1.scavenged_bytes - s0.scavenged_bytes;
  EXPECT_GT(one, 0) << "the free that passed the mark released nothing";
  EXPECT_LE(one, int64_t(kScavengeBatch)) << "one free released more than a batch";
  // The rest is still dirty; an explicit scavenge (batch by batch) releases all of it.
  stack_set_scavenge_high_water(uintptr_t(1) << 40);
  int64_t rest = stack_scavenge(0);
  EXPECT_GE(one + rest, int64_t(n * body));
  EXPECT_EQ(resident_pages(lo0, body), 0) << "released pages still resident";
  EXPECT_EQ(stack_scavenge(0), 0) << "nothing dirty is left";
  stack_set_scavenge_high_water(old);
}

TEST(StackScavenge, APageSharedWithASegmentInUseStays) {
  // Class 2 (four pages per two segments in release builds): a free segment next to one
  // in use shares a page with it; releasing it must not touch that page.
  constexpr uintptr_t kSmall = kFirstSegment << 2;
  std::vector<StackSeg*> segs;
  for (int i = 0; i < 64; i++) segs.push_back(segalloc(kSmall));
  StackSeg* a = nullptr;
  StackSeg* b = nullptr;
  for (StackSeg* x : segs) {
    for (StackSeg* y : segs) {
      if (y->lo == x->lo + x->size && (y->lo & 4095) != 0) a = x, b = y;
    }
  }
  if (kFirstSegment % 4096 == 0 || (segs[0]->cls & kLargeFlag)) {
    // Page-aligned classes (TSAN), or a mapping per segment (MGO_DEBUG): no sharing.
    EXPECT_EQ(a, nullptr) << "page-aligned classes share no page";
  } else {
    ASSERT_NE(a, nullptr) << "no two neighbours sharing a page among 64 segments";
  }
  if (a != nullptr) {
    auto* data = reinterpret_cast<volatile uint8_t*>(b->lo + 512);  // b's bottom: a's page
    *data = 0x77;
    uintptr_t old = stack_set_scavenge_high_water(uintptr_t(1) << 40);
    for (StackSeg* s : segs) {
      if (s != b) segfree(s);
    }
    stack_scavenge(0);
    EXPECT_EQ(*data, 0x77) << "a page of a segment in use was released";
    segfree(b);
    stack_set_scavenge_high_water(old);
  } else {
    for (StackSeg* s : segs) segfree(s);
  }
}

}  // namespace
}  // namespace mgo::rt
