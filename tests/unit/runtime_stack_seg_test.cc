// runtime_stack_seg_test.cc — the segment allocator and the segment chain of a G
// (runtime/stack.h, runtime/stackseg.h), without the scheduler: a G whose chain grows
// through mgo_rt_morestack_call from this thread's stack, as a compiled prologue does.
#include <gtest/gtest.h>
#include <setjmp.h>

#include <vector>

#include "runtime/rt.h"
#include "runtime/stack.h"
#include "runtime/stackseg.h"

namespace mgo::rt {
namespace {

uintptr_t here() { return reinterpret_cast<uintptr_t>(__builtin_frame_address(0)); }

StackSeg* cur(G* g) { return reinterpret_cast<StackSeg*>(g->stack.hi); }

// A G on a fresh base segment whose guard forces growth on the next morestack_call
// (this thread's stack is nowhere near the segment).
struct TestG {
  G g;
  TestG() {
    g.stack = stackalloc();
    force();
  }
  ~TestG() {
    stackreset(&g);
    stackfree(g.stack);
  }
  void force() { g.stackguard0.store(~uintptr_t(0) - 1, std::memory_order_relaxed); }
};

TEST(StackSeg, SizeClassesDouble) {
  EXPECT_EQ(segsize_for(1), kFirstSegment);
  EXPECT_EQ(segsize_for(kFirstSegment), kFirstSegment);
  EXPECT_EQ(segsize_for(kFirstSegment + 1), 2 * kFirstSegment);
  EXPECT_EQ(segsize_for(5 * kFirstSegment), 8 * kFirstSegment);
  for (uintptr_t b : {uintptr_t(100), kFirstSegment * 3, uintptr_t(1) << 20, uintptr_t(5) << 20}) {
    uintptr_t s = segsize_for(b);
    EXPECT_GE(s, b);
    EXPECT_LT(s / 2, b < kFirstSegment ? kFirstSegment : b);
  }
}

TEST(StackSeg, HeaderSitsAtTheTopAndMemoryIsUsable) {
  for (uintptr_t want : {kFirstSegment, 4 * kFirstSegment, kSmallSegmentMax * 2}) {
    StackSeg* s = segalloc(want);
    EXPECT_EQ(s->size, segsize_for(want));
    EXPECT_GE(s->size, want);
    auto top = reinterpret_cast<uintptr_t>(s);
    EXPECT_EQ(top % 16, 0u);
    EXPECT_GE(top + sizeof(StackSeg), s->lo + s->size - 16);
    EXPECT_LE(top + sizeof(StackSeg), s->lo + s->size);
    // The whole usable part can be written (no guard page inside it).
    // (From lo + 64: MGO_DEBUG builds keep a canary word at lo.)
    for (uintptr_t p = s->lo + 64; p < top; p += 512) *reinterpret_cast<volatile char*>(p) = 1;
    EXPECT_EQ(s->prev, nullptr);
    segfree(s);
  }
}

TEST(StackSeg, PoolReusesFreedSegmentsOfTheSameClass) {
  StackSeg* a = segalloc(2 * kFirstSegment);
  uintptr_t lo = a->lo;
  segfree(a);
  StackStats before = stack_stats();
  StackSeg* b = segalloc(2 * kFirstSegment);
  StackStats after = stack_stats();
  EXPECT_EQ(b->lo, lo) << "the pool is LIFO per class";
  EXPECT_EQ(after.pool_hits, before.pool_hits + 1);
  EXPECT_EQ(after.mapped, before.mapped) << "a pooled segment needs no new mapping";
  segfree(b);
}

TEST(StackSeg, FirstSegmentSizeIsASetting) {
  stack_set_first_segment(kFirstSegment);
  Stack s = stackalloc();
  auto* h = reinterpret_cast<StackSeg*>(s.hi);
  EXPECT_EQ(h->size, kFirstSegment);
  EXPECT_EQ(h->base, h);
  stackfree(s);
  stack_set_first_segment(kHostFirstSegment);
  s = stackalloc();
  EXPECT_EQ(reinterpret_cast<StackSeg*>(s.hi)->size, kHostFirstSegment);
  stackfree(s);
}

// ---- growth through mgo_rt_morestack_call ----

struct Probe {
  G* g;
  int depth;                       // nested growths still to make
  std::vector<StackSeg*> segs;     // the segment each level ran on
  std::vector<uintptr_t> sps;
  uint64_t frame = 512;
  jmp_buf* escape = nullptr;       // longjmp out from the deepest level
};

void probe_fn(void* arg) {
  auto* p = static_cast<Probe*>(arg);
  p->segs.push_back(cur(p->g));
  p->sps.push_back(here());
  if (p->depth-- > 0) {
    p->g->stackguard0.store(~uintptr_t(0) - 1, std::memory_order_relaxed);
    EXPECT_EQ(mgo_rt_morestack_call(p->g, p->frame, probe_fn, p), 1);
  } else if (p->escape != nullptr) {
    longjmp(*p->escape, 1);
  }
}

TEST(StackSeg, MorestackRunsTheCallOnANewSegmentAndComesBack) {
  stack_set_first_segment(kFirstSegment);
  TestG t;
  stack_set_first_segment(kHostFirstSegment);
  Stack base = t.g.stack;
  Probe p{&t.g, 3};
  EXPECT_EQ(mgo_rt_morestack_call(&t.g, 512, probe_fn, &p), 1);
  ASSERT_EQ(p.segs.size(), 4u);
  StackSeg* b = reinterpret_cast<StackSeg*>(base.hi);
  for (size_t i = 0; i < p.segs.size(); i++) {
    StackSeg* s = p.segs[i];
    // The call ran with sp inside its segment, above the guard.
    EXPECT_GT(p.sps[i], s->lo + kStackRedZone);
    EXPECT_LT(p.sps[i], reinterpret_cast<uintptr_t>(s));
    EXPECT_EQ(s->prev, nullptr) << "unlinked on return";
  }
  // Sizes at least double; the first link is on the base.
  EXPECT_GE(p.segs[0]->size, 2 * b->size);
  for (size_t i = 1; i < p.segs.size(); i++) EXPECT_GE(p.segs[i]->size, 2 * p.segs[i - 1]->size);
  // Back on the base segment, guard restored; the biggest segment kept as the spare.
  EXPECT_EQ(t.g.stack.lo, base.lo);
  EXPECT_EQ(t.g.stack.hi, base.hi);
  EXPECT_EQ(t.g.stackguard0.load(), base.lo + kStackRedZone);
  EXPECT_EQ(b->spare, p.segs.back());
}

TEST(StackSeg, HotSplitReusesTheSpare) {
  stack_set_first_segment(kFirstSegment);
  TestG t;
  stack_set_first_segment(kHostFirstSegment);
  Probe warm{&t.g, 0};
  ASSERT_EQ(mgo_rt_morestack_call(&t.g, 512, probe_fn, &warm), 1);
  StackStats before = stack_stats();
  for (int i = 0; i < 1000; i++) {
    t.force();
    Probe p{&t.g, 0};
    ASSERT_EQ(mgo_rt_morestack_call(&t.g, 512, probe_fn, &p), 1);
    ASSERT_EQ(p.segs[0], warm.segs[0]) << "crossing " << i << " took a new segment";
  }
  StackStats after = stack_stats();
  EXPECT_EQ(after.mapped, before.mapped);
  EXPECT_EQ(after.pool_hits, before.pool_hits) << "the spare, not the pool, serves a hot split";
  EXPECT_EQ(after.spare_hits - before.spare_hits, 1000);
  EXPECT_EQ(after.inuse, before.inuse);
}

TEST(StackSeg, BigFramesGetABigSegment) {
  TestG t;
  Probe p{&t.g, 0};
  t.force();
  ASSERT_EQ(mgo_rt_morestack_call(&t.g, 3 << 20, probe_fn, &p), 1);
  StackSeg* s = p.segs[0];
  EXPECT_GE(reinterpret_cast<uintptr_t>(s) - s->lo, uintptr_t(3 << 20) + kStackRedZone);
  EXPECT_TRUE(s->cls & kLargeFlag) << "large segments have their own mapping";
}

TEST(StackSeg, UnwindAfterLongjmpReleasesNewerSegments) {
  stack_set_first_segment(kFirstSegment);
  TestG t;
  stack_set_first_segment(kHostFirstSegment);
  Stack base = t.g.stack;
  int64_t inuse0 = stack_stats().inuse;
  jmp_buf jb;
  Probe p{&t.g, 4};
  if (setjmp(jb) == 0) {
    p.escape = &jb;
    mgo_rt_morestack_call(&t.g, 512, probe_fn, &p);
    FAIL() << "probe returned instead of jumping";
  }
  // As a recovered panic: the chain still holds the 5 segments the jump skipped.
  EXPECT_EQ(stack_stats().inuse, inuse0 + 5);
  EXPECT_EQ(cur(&t.g), p.segs.back());
  stackunwind(&t.g, base);
  EXPECT_EQ(t.g.stack.hi, base.hi);
  EXPECT_EQ(t.g.stackguard0.load(), base.lo + kStackRedZone);
  // Only the spare is still held (the largest).
  EXPECT_EQ(stack_stats().inuse, inuse0 + 1);
  EXPECT_EQ(reinterpret_cast<StackSeg*>(base.hi)->spare, p.segs.back());
}

TEST(StackSeg, ResetAndFreeReturnEverything) {
  int64_t inuse0 = stack_stats().inuse;
  int64_t bases0 = stacks_in_use();
  {
    stack_set_first_segment(kFirstSegment);
    TestG t;
    stack_set_first_segment(kHostFirstSegment);
    jmp_buf jb;
    Probe p{&t.g, 3};
    if (setjmp(jb) == 0) {
      p.escape = &jb;
      mgo_rt_morestack_call(&t.g, 512, probe_fn, &p);
    }
    EXPECT_EQ(stacks_in_use(), bases0 + 1);
    // Goexit from deep down: goexit0 resets the chain (TestG's destructor does too).
    stackreset(&t.g);
    EXPECT_EQ(stack_stats().inuse, inuse0 + 1) << "only the base segment stays with the G";
  }
  EXPECT_EQ(stack_stats().inuse, inuse0);
  EXPECT_EQ(stacks_in_use(), bases0);
}

extern "C" void mgo_rt_callonstack(uintptr_t sp, void (*fn)(void*), void* arg);

struct Room {
  G* g;
  uintptr_t bytes;
  StackSeg* seen = nullptr;
  uintptr_t sp = 0;
};
void room_inner(void* a) {
  auto* r = static_cast<Room*>(a);
  r->seen = cur(r->g);
  r->sp = here();
}
void room_outer(void* a) {
  auto* r = static_cast<Room*>(a);
  stack_call_with_room(r->g, r->bytes, room_inner, r);
}

TEST(StackSeg, RoomIsMadeOnlyWhenNeeded) {
  stack_set_first_segment(kFirstSegment);
  TestG t;
  stack_set_first_segment(kHostFirstSegment);
  t.g.stackguard0.store(t.g.stack.lo + kStackRedZone);
  StackSeg* base = cur(&t.g);
  // Run on the G's own 2 KiB base segment, as a goroutine would.
  Room small{&t.g, 64};
  mgo_rt_callonstack(t.g.stack.hi, room_outer, &small);
  EXPECT_EQ(small.seen, base) << "64 bytes fit: no new segment";
  // More than the whole base segment holds (it is kFirstSegment: 1.5 KiB, 256 KiB under TSAN).
  Room big{&t.g, kFirstSegment + (16 << 10)};
  mgo_rt_callonstack(t.g.stack.hi, room_outer, &big);
  ASSERT_NE(big.seen, base);
  EXPECT_GE(big.sp - big.seen->lo, kFirstSegment + (16 << 10));
  EXPECT_EQ(cur(&t.g), base) << "back on the base segment afterwards";
}

void grow_past_limit() {
  TestG t;
  Probe p{&t.g, 0};
  mgo_rt_morestack_call(&t.g, kMaxStackBytes, probe_fn, &p);
}

void grow_chain_past_limit() {
  // 300 MB frames: the first links fit, the chain's total then passes 1e9.
  TestG t;
  Probe p{&t.g, 3};
  p.frame = 300u << 20;
  mgo_rt_morestack_call(&t.g, 300u << 20, probe_fn, &p);
}

TEST(StackSegDeathTest, PastTheLimitIsGosReport) {
  EXPECT_EXIT(grow_past_limit(), ::testing::ExitedWithCode(2),
              "runtime: goroutine stack exceeds 1000000000-byte limit\n"
              "runtime: sp=0x[0-9a-f]+ stack=\\[0x[0-9a-f]+, 0x[0-9a-f]+\\]\n"
              "fatal error: stack overflow");
}

TEST(StackSegDeathTest, ChainTotalCountsTowardsTheLimit) {
  EXPECT_EXIT(grow_chain_past_limit(), ::testing::ExitedWithCode(2),
              "goroutine stack exceeds 1000000000-byte limit");
}

#ifdef MGO_DEBUG
void overrun_and_free() {
  StackSeg* s = segalloc(kFirstSegment);
  *reinterpret_cast<volatile uint64_t*>(s->lo) = 0;  // what an overflow into lo does
  segfree(s);
}

TEST(StackSegDeathTest, DebugBuildsCatchARedZoneOverrun) {
  EXPECT_EXIT(overrun_and_free(), ::testing::ExitedWithCode(2),
              "fatal error: stack segment overrun");
}
#endif

}  // namespace
}  // namespace mgo::rt
