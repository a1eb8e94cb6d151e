// Tests for make/append growth (runtime/slice.cc), string conversions (runtime/string.cc)
// and the allocator's counters (runtime/malloc.cc).
//
// Expected capacities were recorded from a `go build` binary (Go 1.19, linux/amd64) of:
//   var s []T; last := -1
//   for i := 0; i < N; i++ { s = append(s, T{}); if cap(s) != last { last = cap(s); fmt.Print(last, " ") } }
// for the element types below, and of the other snippets quoted beside each test.
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "runtime/malloc.h"
#include "runtime/rt.h"
#include "runtime/runtime2.h"
#include "tests/unit/runtime_test_child.h"

// Test descriptors use designated initializers; unnamed members are zero on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace mgo::rt;

namespace {

#define STR(s) String{reinterpret_cast<const uint8_t*>(s), sizeof(s) - 1}

TypeDesc elem_of_size(uint64_t size, const char* name) {
  TypeDesc t{};
  t.size = size;
  t.align = size >= 8 ? 8 : 1;
  t.kind = KindArray;
  t.name = String{reinterpret_cast<const uint8_t*>(name), static_cast<int64_t>(std::strlen(name))};
  return t;
}

// Appends one element at a time, as compiled append does (growslice when len == cap),
// and records every new capacity.
std::vector<int64_t> caps_while_appending(const TypeDesc* t, int n) {
  G g;
  Slice s{nullptr, 0, 0};
  std::vector<int64_t> caps;
  for (int i = 0; i < n; i++) {
    if (s.len == s.cap) {
      Slice out;
      mgo_rt_growslice(&g, &out, t, s.ptr, s.len, s.cap, s.len + 1);
      EXPECT_EQ(out.len, s.len + 1);
      s = out;
    } else {
      s.len++;
    }
    if (caps.empty() || caps.back() != s.cap) caps.push_back(s.cap);
  }
  return caps;
}

TEST(RuntimeCoreSlice, GrowsliceCapacitiesMatchGo) {
  struct Case {
    uint64_t size;
    int n;
    std::vector<int64_t> want;
  };
  std::vector<Case> cases = {
      {1, 5000, {8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072, 4096, 5376}},
      {8, 5000, {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3408, 5120}},
      {4, 5000, {2, 4, 8, 16, 32, 64, 128, 256, 512, 864, 1344, 2048, 3072, 4096, 5440}},
      {3, 5000, {2, 5, 10, 21, 42, 85, 170, 341, 682, 1066, 1621, 2261, 3157, 4522, 6144}},
      {12, 5000, {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048, 3413, 4778, 6826}},
      {24, 5000, {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048, 3072, 4096, 5461}},
      {40, 3000, {1, 2, 4, 8, 16, 32, 67, 134, 272, 544, 1024, 1638, 2252, 3072}},
      {1000, 300, {1, 2, 4, 8, 16, 32, 65, 131, 262, 524}},
  };
  for (const Case& c : cases) {
    TypeDesc t = elem_of_size(c.size, "[N]byte");
    EXPECT_EQ(caps_while_appending(&t, c.n), c.want) << "element size " << c.size;
  }
}

TEST(RuntimeCoreSlice, MultiElementAppendMatchesGo) {
  // s := make([]int, 5); s = append(s, make([]int, k)...)  and the same for []byte:
  // Go prints cap(s) cap(b) = 10 16 | 10 16 | 12 16 | 16 16 | 26 32 | 112 112
  // for k = 1, 3, 6, 11, 20, 100.
  G g;
  TypeDesc i64 = elem_of_size(8, "int"), u8 = elem_of_size(1, "byte");
  int64_t ks[] = {1, 3, 6, 11, 20, 100};
  int64_t want[][2] = {{10, 16}, {10, 16}, {12, 16}, {16, 16}, {26, 32}, {112, 112}};
  for (int i = 0; i < 6; i++) {
    Slice s, b, out;
    mgo_rt_makeslice(&g, &s, &i64, 5, 5);
    mgo_rt_makeslice(&g, &b, &u8, 5, 5);
    mgo_rt_growslice(&g, &out, &i64, s.ptr, 5, 5, 5 + ks[i]);
    EXPECT_EQ(out.cap, want[i][0]) << "k=" << ks[i];
    mgo_rt_growslice(&g, &out, &u8, b.ptr, 5, 5, 5 + ks[i]);
    EXPECT_EQ(out.cap, want[i][1]) << "k=" << ks[i];
  }
}

TEST(RuntimeCoreSlice, GrowsliceKeepsContentsAndZeroesTheRest) {
  G g;
  TypeDesc i64 = elem_of_size(8, "int");
  Slice s;
  mgo_rt_makeslice(&g, &s, &i64, 3, 3);
  auto* p = static_cast<int64_t*>(s.ptr);
  p[0] = 10, p[1] = 20, p[2] = 30;
  Slice out;
  mgo_rt_growslice(&g, &out, &i64, s.ptr, 3, 3, 4);
  auto* q = static_cast<int64_t*>(out.ptr);
  EXPECT_NE(q, p);
  EXPECT_EQ(q[0] + q[1] + q[2], 60);
  for (int64_t i = 3; i < out.cap; i++) EXPECT_EQ(q[i], 0);
}

TEST(RuntimeCoreSlice, ZeroSizeElementsNeverAllocate) {
  G g;
  TypeDesc empty = elem_of_size(0, "struct {}");
  Slice out;
  mgo_rt_growslice(&g, &out, &empty, nullptr, 0, 0, 1000);
  EXPECT_EQ(out.len, 1000);
  EXPECT_EQ(out.cap, 1000);
  EXPECT_EQ(out.ptr, &zerobase);
}

TEST(RuntimeCoreSlice, StringConversionCapacitiesMatchGo) {
  // Escaping b := []byte(s); r := []rune(s): Go prints len(b) cap(b) len(r) cap(r):
  //   "" 0 0 0 0 | "a" 1 8 1 2 | "hello" 5 8 5 6 | "hello, world!!" 14 16 14 16 |
  //   40 ASCII bytes 40 48 40 40 | "héllo, 世界" 14 16 9 12
  G g;
  struct Case {
    std::string s;
    int64_t blen, bcap, rlen, rcap;
  };
  std::vector<Case> cases = {{"", 0, 0, 0, 0},
                             {"a", 1, 8, 1, 2},
                             {"hello", 5, 8, 5, 6},
                             {"hello, world!!", 14, 16, 14, 16},
                             {"0123456789012345678901234567890123456789", 40, 48, 40, 40},
                             {"h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c", 14, 16, 9, 12}};
  for (const Case& c : cases) {
    Slice b, r;
    auto* p = reinterpret_cast<const uint8_t*>(c.s.data());
    mgo_rt_stringtoslicebyte(&g, &b, p, c.s.size());
    mgo_rt_stringtoslicerune(&g, &r, p, c.s.size());
    EXPECT_EQ(b.len, c.blen) << c.s;
    EXPECT_EQ(b.cap, c.bcap) << c.s;
    EXPECT_EQ(r.len, c.rlen) << c.s;
    EXPECT_EQ(r.cap, c.rcap) << c.s;
    EXPECT_EQ(std::string(static_cast<const char*>(b.ptr), b.len), c.s);
  }
}

TEST(RuntimeCoreSlice, MakesliceRejectsBadLengthsWithGoMessages) {
  struct Case {
    int64_t len, cap;
    const char* want;
  };
  Case cases[] = {{-1, 5, "panic: runtime error: makeslice: len out of range\n"},
                  {5, 3, "panic: runtime error: makeslice: cap out of range\n"},
                  {int64_t(1) << 62, int64_t(1) << 62, "panic: runtime error: makeslice: len out of range\n"}};
  for (const Case& c : cases) {
    ChildResult r = run_in_child([&] {
      G g;
      g.goid = 1;
      TypeDesc i64 = elem_of_size(8, "int");
      Slice s;
      mgo_rt_makeslice(&g, &s, &i64, c.len, c.cap);
    });
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err.substr(0, std::strlen(c.want)), c.want);
  }
}

TEST(RuntimeCoreMalloc, RoundupsizeFollowsGoSizeClasses) {
  EXPECT_EQ(roundupsize(0), 0u);
  EXPECT_EQ(roundupsize(1), 8u);
  EXPECT_EQ(roundupsize(9), 16u);
  EXPECT_EQ(roundupsize(33), 48u);
  EXPECT_EQ(roundupsize(1025), 1152u);
  EXPECT_EQ(roundupsize(32768), 32768u);
  EXPECT_EQ(roundupsize(32769), 40960u);
  for (int c = 1; c < kNumSizeClasses; c++) {
    EXPECT_EQ(roundupsize(class_to_size[c]), class_to_size[c]);
    EXPECT_EQ(roundupsize(class_to_size[c - 1] + 1), class_to_size[c]);
  }
}

// Objects of one size class are laid back to back from a page-aligned span, as Go's
// mcache spans: consecutive allocations of a class are class-size apart (interleaved
// other sizes do not shift them), a 64-byte object never straddles a cache line, and
// a large object is page-aligned. Run on a fresh thread, whose spans start empty.
TEST(RuntimeCoreMalloc, SmallObjectsSitInSpansOfTheirSizeClass) {
  std::thread([] {
    auto addr = [](uint64_t n) { return reinterpret_cast<uintptr_t>(mallocgc(n)); };
    uintptr_t a24 = addr(24);
    uintptr_t a64 = addr(64);
    EXPECT_EQ(a24 % kPageSize, 0u) << "a fresh class span starts on a page";
    EXPECT_EQ(a64 % kPageSize, 0u);
    for (int i = 1; i < 100; i++) {
      uintptr_t x = addr(8);   // another class between each pair
      uintptr_t y = addr(24);  // back to back within its span
      uintptr_t z = addr(60);  // rounds to 64: never across a 64-byte line
      ASSERT_EQ(y, a24 + 24 * static_cast<uintptr_t>(i)) << i;
      ASSERT_EQ(z % 64, 0u) << i;
      ASSERT_EQ(x % 8, 0u);
    }
    EXPECT_EQ(addr(48) % 16, 0u);
    EXPECT_EQ(addr(40000) % kPageSize, 0u);
    // A span holds whole objects only: 3072-byte objects get a 16 KiB span (4 objects,
    // rounded up to pages), which holds 5; the 6th comes from a new span.
    uintptr_t first = addr(3072);
    EXPECT_EQ(first % kPageSize, 0u);
    for (int i = 1; i < 5; i++) ASSERT_EQ(addr(3072), first + 3072 * static_cast<uintptr_t>(i)) << i;
    uintptr_t sixth = addr(3072);
    EXPECT_EQ(sixth % kPageSize, 0u);
    EXPECT_TRUE(sixth < first || sixth >= first + 16384) << "the 6th is not in the first span";
  }).join();
}

TEST(RuntimeCoreMalloc, ObjectsAreZeroedAlignedDistinctAndCounted) {
  MemStats before = read_memstats();
  std::vector<uint8_t*> objs;
  for (uint64_t size : {1, 8, 24, 100, 4096, 40000, 1 << 22}) {
    for (int i = 0; i < 10; i++) {
      auto* p = static_cast<uint8_t*>(mallocgc(size));
      ASSERT_EQ(reinterpret_cast<uintptr_t>(p) % 8, 0u);
      for (uint64_t k = 0; k < size; k += 97) ASSERT_EQ(p[k], 0);
      std::memset(p, 0xAB, size);
      objs.push_back(p);
    }
  }
  std::sort(objs.begin(), objs.end());
  EXPECT_EQ(std::unique(objs.begin(), objs.end()), objs.end());
  MemStats after = read_memstats();
  EXPECT_EQ(after.mallocs - before.mallocs, 70u);
  uint64_t want = 0;
  for (uint64_t size : {1, 8, 24, 100, 4096, 40000, 1 << 22}) want += 10 * roundupsize(size);
  EXPECT_EQ(after.total_alloc - before.total_alloc, want);
  EXPECT_GE(after.heap_sys, after.heap_alloc);
}

TEST(RuntimeCoreMalloc, ImpossibleAllocationIsGosOutOfMemory) {
  // b := make([]byte, 1<<40) on this 24 GiB machine: Go 1.19 prints
  // "fatal error: runtime: out of memory" and exits 2.
  ChildResult r = run_in_child([] {
    G g;
    TypeDesc u8 = elem_of_size(1, "byte");
    Slice s;
    mgo_rt_makeslice(&g, &s, &u8, int64_t(1) << 40, int64_t(1) << 40);
  });
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(first_line(r.err), "fatal error: runtime: out of memory\n");
}

TEST(RuntimeCoreMalloc, ConcurrentAllocationGivesDisjointObjects) {
  constexpr int kThreads = 4, kPer = 20000;
  std::vector<std::vector<uint64_t*>> got(kThreads);
  std::vector<std::thread> ts;
  for (int t = 0; t < kThreads; t++) {
    ts.emplace_back([&, t] {
      for (int i = 0; i < kPer; i++) {
        auto* p = static_cast<uint64_t*>(mallocgc(16 + (i % 5) * 8));
        EXPECT_EQ(p[0], 0u);
        p[0] = (uint64_t(t) << 32) | i;
        got[t].push_back(p);
      }
    });
  }
  for (auto& th : ts) th.join();
  for (int t = 0; t < kThreads; t++) {
    for (int i = 0; i < kPer; i++) ASSERT_EQ(got[t][i][0], (uint64_t(t) << 32) | i);
  }
}

}  // namespace
