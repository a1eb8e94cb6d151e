// fmt's map printing on real runtime maps: keys sorted as Go's internal/fmtsort sorts
// them. Expected strings were printed by the same Printf calls in Go 1.19.
#include <gtest/gtest.h>

#include "runtime/rt.h"
#include "runtime/runtime2.h"
#include "tests/unit/stdlib_testing.h"

extern "C" String mgo_fmt_Sprintf(G* g, const uint8_t* f, int64_t flen, const Eface* a, int64_t alen, int64_t acap);

using namespace mgotest;

namespace {

G g;

template <class K, class V>
void put(const TypeDesc* mt, void* m, K k, V v) {
  *static_cast<V*>(mgo_rt_mapassign(&g, mt, m, &k)) = v;
}

std::string sprintf(const char* f, std::vector<Eface> a) {
  return str(mgo_fmt_Sprintf(&g, reinterpret_cast<const uint8_t*>(f), static_cast<int64_t>(strlen(f)), a.data(),
                             static_cast<int64_t>(a.size()), static_cast<int64_t>(a.size())));
}

struct KV { int64_t A; String B; };

}  // namespace

TEST(FmtMaps, SortedKeysAsGo) {
  const TypeDesc* msi = map_of(T().String, T().Int, "map[string]int");
  void* m = mgo_rt_makemap(&g, msi, 0);
  put(msi, m, gs("b"), int64_t{2});
  put(msi, m, gs("a"), int64_t{1});
  put(msi, m, gs("c"), int64_t{3});
  Eface em = box(msi, m);
  EXPECT_EQ(sprintf("%v|%+v|%#v|%d", {em, em, em, box(T().Int, int64_t{3})}),
            R"(map[a:1 b:2 c:3]|map[a:1 b:2 c:3]|map[string]int{"a":1, "b":2, "c":3}|3)");

  const TypeDesc* mis = map_of(T().Int, T().String, "map[int]string");
  void* m2 = mgo_rt_makemap(&g, mis, 0);
  put(mis, m2, int64_t{3}, gs("c"));
  put(mis, m2, int64_t{-1}, gs("z"));
  put(mis, m2, int64_t{10}, gs("x"));
  EXPECT_EQ(sprintf("%v|%#v", {box(mis, m2), box(mis, m2)}), R"(map[-1:z 3:c 10:x]|map[int]string{-1:"z", 3:"c", 10:"x"})");

  const TypeDesc* mfb = map_of(T().Float64, T().Bool, "map[float64]bool");
  void* m3 = mgo_rt_makemap(&g, mfb, 0);
  put(mfb, m3, 2.5, true);
  put(mfb, m3, -1.0, false);
  put(mfb, m3, 0.0, true);
  EXPECT_EQ(sprintf("%v", {box(mfb, m3)}), "map[-1:false 0:true 2.5:true]");

  const TypeDesc* kt = struct_of("main.K", true, {{"A", T().Int}, {"B", T().String}});
  const TypeDesc* mkt = map_of(kt, T().Int, "map[main.K]int");
  void* m4 = mgo_rt_makemap(&g, mkt, 0);
  put(mkt, m4, KV{2, gs("a")}, int64_t{1});
  put(mkt, m4, KV{1, gs("b")}, int64_t{2});
  put(mkt, m4, KV{1, gs("a")}, int64_t{3});
  EXPECT_EQ(sprintf("%v|%+v", {box(mkt, m4), box(mkt, m4)}),
            "map[{1 a}:3 {1 b}:2 {2 a}:1]|map[{A:1 B:a}:3 {A:1 B:b}:2 {A:2 B:a}:1]");

  Eface nilmap = box(msi, static_cast<void*>(nullptr));
  EXPECT_EQ(sprintf("%v|%#v", {nilmap, nilmap}), "map[]|map[string]int(nil)");

  const TypeDesc* mss = map_of(T().String, slice_of(T().Int, "[]int"), "map[string][]int");
  void* m5 = mgo_rt_makemap(&g, mss, 0);
  auto* arr = new int64_t[2]{1, 2};
  put(mss, m5, gs("k"), Slice{arr, 2, 2});
  put(mss, m5, gs("e"), Slice{nullptr, 0, 0});
  EXPECT_EQ(sprintf("%v", {box(mss, m5)}), "map[e:[] k:[1 2]]");
}
