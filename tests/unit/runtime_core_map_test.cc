// Tests for Go maps (runtime/map.cc): what a Go program can observe — lookups, len,
// deletes, iteration order randomized per range, iteration while the body inserts and
// deletes (Go spec: a deleted entry not yet reached is not produced, each entry at most
// once), NaN and ±0 float keys, interface keys, and the panics.
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "runtime/map.h"
#include "runtime/malloc.h"
#include "runtime/panic.h"
#include "runtime/rt.h"
#include "runtime/rtstring.h"
#include "runtime/runtime2.h"
#include "tests/unit/runtime_test_child.h"

// Test descriptors use designated initializers; unnamed members are zero on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace mgo::rt;

namespace {

#define STR(s) String{reinterpret_cast<const uint8_t*>(s), sizeof(s) - 1}

const TypeDesc kInt = {.size = 8, .align = 8, .kind = KindInt, .flags = TypeFlagComparable,
                       .reserved = 0, .name = STR("int")};
const TypeDesc kFloat = {.size = 8, .align = 8, .kind = KindFloat64, .flags = TypeFlagComparable,
                         .reserved = 0, .name = STR("float64")};
const TypeDesc kIntSlice = {.size = 24, .align = 8, .kind = KindSlice, .flags = 0, .reserved = 0,
                            .name = STR("[]int"), .elem = &kInt};
const TypeDesc kAny = {.size = 16, .align = 8, .kind = KindInterface, .flags = TypeFlagComparable,
                       .reserved = 0, .name = STR("interface {}")};
const TypeDesc kBig = {.size = 2048, .align = 8, .kind = KindArray, .flags = TypeFlagComparable,
                       .reserved = 0, .name = STR("[256]int"), .elem = &kInt, .len = 256};
const TypeDesc kMapIntInt = {.size = 8, .align = 8, .kind = KindMap, .flags = 0, .reserved = 0,
                             .name = STR("map[int]int"), .elem = &kInt, .key = &kInt};
const TypeDesc kMapStrInt = {.size = 8, .align = 8, .kind = KindMap, .flags = 0, .reserved = 0,
                             .name = STR("map[string]int"), .elem = &kInt, .key = &string_type};
const TypeDesc kMapFloatInt = {.size = 8, .align = 8, .kind = KindMap, .flags = 0, .reserved = 0,
                               .name = STR("map[float64]int"), .elem = &kInt, .key = &kFloat};
const TypeDesc kMapAnyInt = {.size = 8, .align = 8, .kind = KindMap, .flags = 0, .reserved = 0,
                             .name = STR("map[interface {}]int"), .elem = &kInt, .key = &kAny};
const TypeDesc kMapIntBig = {.size = 8, .align = 8, .kind = KindMap, .flags = 0, .reserved = 0,
                             .name = STR("map[int][256]int"), .elem = &kBig, .key = &kInt};

struct IntMap {
  G g;
  void* m;
  explicit IntMap(int64_t hint = 0) { m = mgo_rt_makemap(&g, &kMapIntInt, hint); }
  void set(int64_t k, int64_t v) { *static_cast<int64_t*>(mgo_rt_mapassign(&g, &kMapIntInt, m, &k)) = v; }
  bool get(int64_t k, int64_t* v) {
    bool ok;
    *v = *static_cast<int64_t*>(mgo_rt_mapaccess2(&g, &kMapIntInt, m, &k, &ok));
    return ok;
  }
  void del(int64_t k) { mgo_rt_mapdelete(&g, &kMapIntInt, m, &k); }
  int64_t len() { return mgo_rt_maplen(m); }
  std::vector<int64_t> keys_in_order() {
    std::vector<int64_t> ks;
    MapIter it;
    for (mgo_rt_mapiterinit(&g, &kMapIntInt, m, &it); it.key; mgo_rt_mapiternext(&it)) {
      ks.push_back(*static_cast<int64_t*>(it.key));
    }
    return ks;
  }
};

TEST(RuntimeCoreMap, InsertLookupOverwriteDeleteAgainstStdMap) {
  IntMap m;
  std::map<int64_t, int64_t> ref;
  uint64_t x = 12345;
  for (int i = 0; i < 200000; i++) {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    int64_t k = static_cast<int64_t>(x >> 50);  // 14 bits: many repeats
    int op = static_cast<int>((x >> 20) % 3);
    if (op < 2) {
      m.set(k, i);
      ref[k] = i;
    } else {
      m.del(k);
      ref.erase(k);
    }
  }
  ASSERT_EQ(m.len(), static_cast<int64_t>(ref.size()));
  for (int64_t k = 0; k < (1 << 14); k++) {
    int64_t v;
    bool ok = m.get(k, &v);
    auto it = ref.find(k);
    ASSERT_EQ(ok, it != ref.end()) << k;
    ASSERT_EQ(v, ok ? it->second : 0) << k;
  }
  std::vector<int64_t> ks = m.keys_in_order();
  std::set<int64_t> seen(ks.begin(), ks.end());
  EXPECT_EQ(ks.size(), seen.size());
  EXPECT_EQ(seen.size(), ref.size());
}

TEST(RuntimeCoreMap, IterationOrderIsRandomizedPerRange) {
  IntMap m;
  for (int64_t k = 0; k < 100; k++) m.set(k, k);
  std::set<std::vector<int64_t>> orders;
  std::set<int64_t> firsts;
  for (int i = 0; i < 50; i++) {
    auto ks = m.keys_in_order();
    ASSERT_EQ(ks.size(), 100u);
    orders.insert(ks);
    firsts.insert(ks[0]);
  }
  EXPECT_GT(orders.size(), 40u);
  EXPECT_GT(firsts.size(), 10u);
  // Small maps too (Go randomizes the starting slot of a one-bucket map).
  IntMap small;
  for (int64_t k = 0; k < 5; k++) small.set(k, k);
  std::set<int64_t> sfirst;
  for (int i = 0; i < 100; i++) sfirst.insert(small.keys_in_order()[0]);
  EXPECT_GT(sfirst.size(), 2u);
}

TEST(RuntimeCoreMap, DeleteDuringRangeNeverProducesDeletedEntries) {
  for (int trial = 0; trial < 20; trial++) {
    IntMap m;
    for (int64_t k = 0; k < 1000; k++) m.set(k, k);
    std::set<int64_t> produced, deleted;
    MapIter it;
    for (mgo_rt_mapiterinit(&m.g, &kMapIntInt, m.m, &it); it.key; mgo_rt_mapiternext(&it)) {
      int64_t k = *static_cast<int64_t*>(it.key);
      ASSERT_EQ(deleted.count(k), 0u) << "produced a deleted key " << k;
      ASSERT_TRUE(produced.insert(k).second) << "produced twice " << k;
      // delete this key and its "partner", which may not have been reached yet
      m.del(k);
      deleted.insert(k);
      int64_t partner = 999 - k;
      if (!produced.count(partner)) {
        m.del(partner);
        deleted.insert(partner);
      }
    }
    EXPECT_EQ(m.len(), 0);
    EXPECT_EQ(produced.size() + (deleted.size() - produced.size()), 1000u);
  }
}

TEST(RuntimeCoreMap, InsertDuringRangeWithGrowthProducesEachOldEntryOnce) {
  for (int trial = 0; trial < 20; trial++) {
    IntMap m;
    for (int64_t k = 0; k < 100; k++) m.set(k, k);
    std::set<int64_t> produced, deleted;
    int64_t next = 1000;
    MapIter it;
    for (mgo_rt_mapiterinit(&m.g, &kMapIntInt, m.m, &it); it.key; mgo_rt_mapiternext(&it)) {
      int64_t k = *static_cast<int64_t*>(it.key);
      ASSERT_TRUE(produced.insert(k).second) << "produced twice " << k;
      ASSERT_EQ(deleted.count(k), 0u) << "produced a deleted key " << k;
      // Grows the table several times while iterating; also deletes an old key and
      // updates another, so the iterator must consult the new table.
      for (int j = 0; j < 20; j++) m.set(next++, -1);
      if (k < 100 && !produced.count((k + 50) % 100)) {
        m.del((k + 50) % 100);
        deleted.insert((k + 50) % 100);
      }
      int64_t v = *static_cast<int64_t*>(it.val);
      if (k < 100) {
        EXPECT_EQ(v, k);
      }
    }
    for (int64_t k = 0; k < 100; k++) {
      // every old key still present at the end was produced
      int64_t v;
      if (m.get(k, &v)) {
        EXPECT_TRUE(produced.count(k)) << k;
      }
    }
  }
}

TEST(RuntimeCoreMap, ValueUpdatedAfterGrowthIsSeenByIterator) {
  IntMap m;
  for (int64_t k = 0; k < 8; k++) m.set(k, k);
  MapIter it;
  mgo_rt_mapiterinit(&m.g, &kMapIntInt, m.m, &it);
  ASSERT_NE(it.key, nullptr);
  for (int64_t k = 100; k < 200; k++) m.set(k, 0);  // forces new tables
  for (int64_t k = 0; k < 8; k++) m.set(k, k + 1000);
  int n = 1;
  for (mgo_rt_mapiternext(&it); it.key; mgo_rt_mapiternext(&it)) {
    int64_t k = *static_cast<int64_t*>(it.key);
    if (k < 8) {
      EXPECT_EQ(*static_cast<int64_t*>(it.val), k + 1000);
    }
    n++;
  }
  EXPECT_GE(n, 8);
}

TEST(RuntimeCoreMap, FloatKeysNaNAndSignedZero) {
  G g;
  void* m = mgo_rt_makemap(&g, &kMapFloatInt, 0);
  double nan = std::nan(""), pz = 0.0, nz = -0.0;
  *static_cast<int64_t*>(mgo_rt_mapassign(&g, &kMapFloatInt, m, &nan)) = 1;
  *static_cast<int64_t*>(mgo_rt_mapassign(&g, &kMapFloatInt, m, &nan)) = 2;
  EXPECT_EQ(mgo_rt_maplen(m), 2);  // each NaN is a new key
  bool ok;
  mgo_rt_mapaccess2(&g, &kMapFloatInt, m, &nan, &ok);
  EXPECT_FALSE(ok);  // and never found again
  mgo_rt_mapdelete(&g, &kMapFloatInt, m, &nan);
  EXPECT_EQ(mgo_rt_maplen(m), 2);
  *static_cast<int64_t*>(mgo_rt_mapassign(&g, &kMapFloatInt, m, &nz)) = 3;
  *static_cast<int64_t*>(mgo_rt_mapassign(&g, &kMapFloatInt, m, &pz)) = 4;
  EXPECT_EQ(mgo_rt_maplen(m), 3);  // +0 and -0 are one key
  EXPECT_EQ(*static_cast<int64_t*>(mgo_rt_mapaccess1(&g, &kMapFloatInt, m, &nz)), 4);
  int nans = 0;
  MapIter it;
  for (mgo_rt_mapiterinit(&g, &kMapFloatInt, m, &it); it.key; mgo_rt_mapiternext(&it)) {
    double k = *static_cast<double*>(it.key);
    if (k != k) nans++;
    else EXPECT_FALSE(std::signbit(k));  // the stored key was updated to +0 (Go's needkeyupdate)
  }
  EXPECT_EQ(nans, 2);
}

TEST(RuntimeCoreMap, StringKeysCompareByContent) {
  G g;
  void* m = mgo_rt_makemap(&g, &kMapStrInt, 100);
  std::vector<std::string> words;
  for (int i = 0; i < 5000; i++) words.push_back("key-" + std::to_string(i * 7919));
  for (size_t i = 0; i < words.size(); i++) {
    String k = gostring(&g, words[i]);
    *static_cast<int64_t*>(mgo_rt_mapassign(&g, &kMapStrInt, m, &k)) = static_cast<int64_t>(i);
  }
  for (size_t i = 0; i < words.size(); i++) {
    std::string copy = words[i];  // different bytes, same content
    String k{reinterpret_cast<const uint8_t*>(copy.data()), static_cast<int64_t>(copy.size())};
    bool ok;
    int64_t v = *static_cast<int64_t*>(mgo_rt_mapaccess2(&g, &kMapStrInt, m, &k, &ok));
    ASSERT_TRUE(ok);
    ASSERT_EQ(v, static_cast<int64_t>(i));
  }
  String empty{nullptr, 0};
  *static_cast<int64_t*>(mgo_rt_mapassign(&g, &kMapStrInt, m, &empty)) = -7;
  EXPECT_EQ(*static_cast<int64_t*>(mgo_rt_mapaccess1(&g, &kMapStrInt, m, &empty)), -7);
  EXPECT_EQ(mgo_rt_maplen(m), 5001);
}

TEST(RuntimeCoreMap, InterfaceKeysHashByDynamicTypeAndValue) {
  G g;
  void* m = mgo_rt_makemap(&g, &kMapAnyInt, 0);
  auto* i1 = static_cast<int64_t*>(mallocgc(8));
  auto* i2 = static_cast<int64_t*>(mallocgc(8));
  *i1 = *i2 = 5;
  auto* s1 = static_cast<String*>(mallocgc(16));
  *s1 = gostring(&g, "5");
  Eface a{&kInt, i1}, b{&kInt, i2}, c{&string_type, s1}, nil{nullptr, nullptr};
  *static_cast<int64_t*>(mgo_rt_mapassign(&g, &kMapAnyInt, m, &a)) = 1;
  *static_cast<int64_t*>(mgo_rt_mapassign(&g, &kMapAnyInt, m, &b)) = 2;  // same key as a
  *static_cast<int64_t*>(mgo_rt_mapassign(&g, &kMapAnyInt, m, &c)) = 3;  // int 5 != "5"
  *static_cast<int64_t*>(mgo_rt_mapassign(&g, &kMapAnyInt, m, &nil)) = 4;
  EXPECT_EQ(mgo_rt_maplen(m), 3);
  EXPECT_EQ(*static_cast<int64_t*>(mgo_rt_mapaccess1(&g, &kMapAnyInt, m, &a)), 2);
  EXPECT_EQ(*static_cast<int64_t*>(mgo_rt_mapaccess1(&g, &kMapAnyInt, m, &c)), 3);
  EXPECT_EQ(*static_cast<int64_t*>(mgo_rt_mapaccess1(&g, &kMapAnyInt, m, &nil)), 4);
}

TEST(RuntimeCoreMap, NilMapReadsAndDeletesAreNoOps) {
  G g;
  int64_t k = 3;
  bool ok = true;
  EXPECT_EQ(*static_cast<int64_t*>(mgo_rt_mapaccess2(&g, &kMapIntInt, nullptr, &k, &ok)), 0);
  EXPECT_FALSE(ok);
  mgo_rt_mapdelete(&g, &kMapIntInt, nullptr, &k);
  EXPECT_EQ(mgo_rt_maplen(nullptr), 0);
  MapIter it;
  mgo_rt_mapiterinit(&g, &kMapIntInt, nullptr, &it);
  EXPECT_EQ(it.key, nullptr);
}

TEST(RuntimeCoreMap, LargeValuesReadZeroWhenAbsent) {
  G g;
  void* m = mgo_rt_makemap(&g, &kMapIntBig, 0);
  int64_t k = 1;
  auto* v = static_cast<int64_t*>(mgo_rt_mapassign(&g, &kMapIntBig, m, &k));
  v[255] = 99;
  EXPECT_EQ(static_cast<int64_t*>(mgo_rt_mapaccess1(&g, &kMapIntBig, m, &k))[255], 99);
  k = 2;
  auto* z = static_cast<int64_t*>(mgo_rt_mapaccess1(&g, &kMapIntBig, m, &k));
  for (int i = 0; i < 256; i++) ASSERT_EQ(z[i], 0);
}

std::pair<int, std::string> child(void (*fn)()) {
  ChildResult r = run_in_child(fn);
  return {r.status, first_line(r.err)};
}

TEST(RuntimeCoreMap, PanicsMatchGo) {
  // m := map[interface{}]int{}; m[[]int{1}] = 1
  auto r = child([] {
    G g;
    g.goid = 1;
    void* m = mgo_rt_makemap(&g, &kMapAnyInt, 0);
    Eface k{&kIntSlice, mallocgc(24)};
    mgo_rt_mapassign(&g, &kMapAnyInt, m, &k);
  });
  EXPECT_EQ(r.first, 2);
  EXPECT_EQ(r.second, "panic: runtime error: hash of unhashable type []int\n");
  // Also on a nil map read (Go hashes the key first).
  r = child([] {
    G g;
    g.goid = 1;
    Eface k{&kIntSlice, mallocgc(24)};
    mgo_rt_mapaccess1(&g, &kMapAnyInt, nullptr, &k);
  });
  EXPECT_EQ(r.second, "panic: runtime error: hash of unhashable type []int\n");
  // var m map[string]int; m["a"] = 1
  r = child([] {
    G g;
    g.goid = 1;
    String k = gostring_static("a");
    mgo_rt_mapassign(&g, &kMapStrInt, nullptr, &k);
  });
  EXPECT_EQ(r.first, 2);
  EXPECT_EQ(r.second, "panic: assignment to entry in nil map\n");
}

}  // namespace
