// Tests for string operations (runtime/string.cc), print formats (runtime/print.cc),
// and interface/type helpers (runtime/iface.cc, runtime/type.cc). Expected texts were
// recorded from Go 1.19 programs quoted beside each test.
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <cstring>
#include <atomic>
#include <functional>
#include <thread>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "runtime/iface.h"
#include "runtime/malloc.h"
#include "runtime/panic.h"
#include "runtime/print.h"
#include "runtime/rt.h"
#include "runtime/rtstring.h"
#include "runtime/runtime2.h"
#include "runtime/type.h"
#include "tests/unit/runtime_test_child.h"

// Test descriptors use designated initializers; unnamed members are zero on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace mgo::rt;

namespace {

#define STR(s) String{reinterpret_cast<const uint8_t*>(s), sizeof(s) - 1}

std::string str(String s) { return std::string(reinterpret_cast<const char*>(s.ptr), s.len); }
const uint8_t* u8(const std::string& s) { return reinterpret_cast<const uint8_t*>(s.data()); }

std::pair<int, std::string> child(const std::function<void()>& fn) {
  ChildResult r = run_in_child(fn);
  return {r.status, r.err};
}

TEST(RuntimeCoreString, RangeOverInvalidUTF8DecodesLikeGo) {
  // for i, r := range "a\xffb\xe4\xb8c\xf0\x9f\x98\x80\xed\xa0\x80" { fmt.Print(i, ":", r, " ") }
  // Go: 0:97 1:65533 2:98 3:65533 4:65533 5:99 6:128512 10:65533 11:65533 12:65533
  std::string s = "a\xff" "b\xe4\xb8" "c\xf0\x9f\x98\x80\xed\xa0\x80";
  std::vector<std::pair<int64_t, int32_t>> got;
  for (int64_t k = 0, w; k < static_cast<int64_t>(s.size()); k += w) {
    got.push_back({k, mgo_rt_decoderune(u8(s), s.size(), k, &w)});
  }
  std::vector<std::pair<int64_t, int32_t>> want = {{0, 97},     {1, 65533},  {2, 98},
                                                   {3, 65533},  {4, 65533},  {5, 99},
                                                   {6, 128512}, {10, 65533}, {11, 65533},
                                                   {12, 65533}};
  EXPECT_EQ(got, want);
}

TEST(RuntimeCoreString, RuneConversions) {
  G g;
  // []rune("h\xffé") = [104 65533 233]; string([]rune{0x10FFFF+1, -1, 0xD800, 'x'}) = "\uFFFD\uFFFD\uFFFDx"
  std::string s = "h\xff\xc3\xa9";
  Slice r;
  mgo_rt_stringtoslicerune(&g, &r, u8(s), s.size());
  ASSERT_EQ(r.len, 3);
  auto* rs = static_cast<int32_t*>(r.ptr);
  EXPECT_EQ(rs[0], 104);
  EXPECT_EQ(rs[1], 65533);
  EXPECT_EQ(rs[2], 233);
  int32_t bad[] = {0x110000, -1, 0xD800, 'x'};
  EXPECT_EQ(str(mgo_rt_slicerunetostring(&g, bad, 4)), "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbdx");
  int32_t good[] = {0x4e16, 0x1F600, 'a', 0x7FF, 0x80};
  EXPECT_EQ(str(mgo_rt_slicerunetostring(&g, good, 5)), "\xe4\xb8\x96\xf0\x9f\x98\x80" "a\xdf\xbf\xc2\x80");
  // string(rune(x)) for x = 65, 0x10FFFF, 0x110000, -1
  EXPECT_EQ(str(mgo_rt_intstring(&g, 65)), "A");
  EXPECT_EQ(str(mgo_rt_intstring(&g, 0x10FFFF)), "\xf4\x8f\xbf\xbf");
  EXPECT_EQ(str(mgo_rt_intstring(&g, 0x110000)), "\xef\xbf\xbd");
  EXPECT_EQ(str(mgo_rt_intstring(&g, -1)), "\xef\xbf\xbd");
}

TEST(RuntimeCoreString, ByteConversionsCopy) {
  G g;
  std::string s = "hello\xff";
  Slice b;
  mgo_rt_stringtoslicebyte(&g, &b, u8(s), s.size());
  static_cast<uint8_t*>(b.ptr)[0] = 'j';
  EXPECT_EQ(s, "hello\xff");  // the string is not aliased
  String back = mgo_rt_slicebytetostring(&g, static_cast<uint8_t*>(b.ptr), b.len);
  static_cast<uint8_t*>(b.ptr)[1] = 'X';
  EXPECT_EQ(str(back), "jello\xff");
}

TEST(RuntimeCoreString, ConcatAndCompare) {
  G g;
  String parts[] = {STR("ab"), STR(""), STR("c"), STR("def")};
  EXPECT_EQ(str(mgo_rt_concatstrings(&g, parts, 4)), "abcdef");
  String one[] = {STR(""), STR("only"), STR("")};
  String r = mgo_rt_concatstrings(&g, one, 3);
  EXPECT_EQ(str(r), "only");
  EXPECT_EQ(mgo_rt_concatstrings(&g, one, 1).len, 0);
  auto cmp = [](const char* a, const char* b) {
    return mgo_rt_cmpstring(reinterpret_cast<const uint8_t*>(a), std::strlen(a),
                            reinterpret_cast<const uint8_t*>(b), std::strlen(b));
  };
  EXPECT_LT(cmp("abc", "abd"), 0);
  EXPECT_GT(cmp("abc", "ab"), 0);
  EXPECT_LT(cmp("", "a"), 0);
  EXPECT_EQ(cmp("same", "same"), 0);
  EXPECT_GT(cmp("\xff", "a"), 0);  // bytes compare unsigned
  EXPECT_TRUE(mgo_rt_eqstring(u8("xy"), 2, u8(std::string("xy")), 2));
  EXPECT_FALSE(mgo_rt_eqstring(u8("xy"), 2, u8("xz"), 2));
}

TEST(RuntimeCorePrint, FloatFormatsMatchGo) {
  // println(1.5, 0.0, 1e100, 3.0, 1e-7, float32(0.1), 123456789.0, x/x, 1/x, -1/x) (x = 0):
  // +1.500000e+000 +0.000000e+000 +1.000000e+100 +3.000000e+000 +1.000000e-007
  // +1.000000e-001 +1.234568e+008 NaN +Inf -Inf
  struct Case {
    double v;
    const char* want;
  };
  Case cases[] = {{1.5, "+1.500000e+000"},  {0.0, "+0.000000e+000"},
                  {-0.0, "-0.000000e+000"}, {1e100, "+1.000000e+100"},
                  {3.0, "+3.000000e+000"},  {1e-7, "+1.000000e-007"},
                  {static_cast<double>(0.1f), "+1.000000e-001"},
                  {123456789.0, "+1.234568e+008"}, {NAN, "NaN"},
                  {INFINITY, "+Inf"},       {-INFINITY, "-Inf"},
                  {-2.5e-300, "-2.500000e-300"}};
  for (const Case& c : cases) {
    char buf[32];
    int n = format_float(buf, c.v);
    EXPECT_EQ(std::string(buf, n), c.want);
  }
}

TEST(RuntimeCorePrint, PrintlnWritesOneLineToStderr) {
  // println(true, -5, uint64(18446744073709551615), 1+2i, "s") prints
  // true -5 18446744073709551615 (+1.000000e+000+2.000000e+000i) s
  auto r = child([] {
    G g;
    mgo_rt_printlock(&g);
    mgo_rt_printbool(&g, true);
    mgo_rt_printsp(&g);
    mgo_rt_printint(&g, -5);
    mgo_rt_printsp(&g);
    mgo_rt_printuint(&g, 18446744073709551615ull);
    mgo_rt_printsp(&g);
    mgo_rt_printcomplex(&g, 1, 2);
    mgo_rt_printsp(&g);
    mgo_rt_printstring(&g, u8("s"), 1);
    mgo_rt_printnl(&g);
    mgo_rt_printunlock(&g);
    mgo_rt_printslice(&g, reinterpret_cast<void*>(0xc000012345), 3, 4);
    mgo_rt_printnl(&g);
    mgo_rt_printpointer(&g, nullptr);
  });
  EXPECT_EQ(r.second, "true -5 18446744073709551615 (+1.000000e+000+2.000000e+000i) s\n"
                      "[3/4]0xc000012345\n0x0");
}

// ---- interfaces ----

void m_a(G*, void*) {}
void m_b(G*, void*) {}
const TypeDesc kFunc = {.size = 8, .align = 8, .kind = KindFunc, .flags = TypeFlagDirectIface,
                        .reserved = 0, .name = STR("func()")};
const IMethod kIfaceMethods[] = {{STR("A"), &kFunc}, {STR("B"), &kFunc}};
const TypeDesc kIfaceAB = {.size = 16, .align = 8, .kind = KindInterface, .flags = TypeFlagComparable | TypeFlagNamed,
                           .reserved = 0, .name = STR("main.AB"), .imethods = kIfaceMethods, .nimethods = 2};
const Method kTMethods[] = {{STR("A"), &kFunc, reinterpret_cast<void*>(&m_a)},
                            {STR("Aa"), &kFunc, nullptr},
                            {STR("B"), &kFunc, reinterpret_cast<void*>(&m_b)}};
const TypeDesc kT = {.size = 8, .align = 8, .kind = KindInt, .flags = TypeFlagComparable | TypeFlagNamed,
                     .reserved = 0, .name = STR("main.T"), .methods = kTMethods, .nmethods = 3};
const TypeDesc kU = {.size = 8, .align = 8, .kind = KindInt, .flags = TypeFlagComparable | TypeFlagNamed,
                     .reserved = 0, .name = STR("main.U"), .methods = kTMethods, .nmethods = 1};
const TypeDesc kInt = {.size = 8, .align = 8, .kind = KindInt, .flags = TypeFlagComparable,
                       .reserved = 0, .name = STR("int")};
const TypeDesc kIntSlice = {.size = 24, .align = 8, .kind = KindSlice, .flags = 0, .reserved = 0,
                            .name = STR("[]int"), .elem = &kInt};
const TypeDesc kAny = {.size = 16, .align = 8, .kind = KindInterface, .flags = TypeFlagComparable,
                       .reserved = 0, .name = STR("interface {}")};

TEST(RuntimeCoreIface, GetitabMatchesSortedMethodsAndCaches) {
  const Itab* tab = mgo_rt_getitab(&kIfaceAB, &kT, true);
  ASSERT_NE(tab, nullptr);
  EXPECT_EQ(tab->inter, &kIfaceAB);
  EXPECT_EQ(tab->type, &kT);
  EXPECT_EQ(tab->fun[0], reinterpret_cast<void*>(&m_a));
  EXPECT_EQ(tab->fun[1], reinterpret_cast<void*>(&m_b));
  EXPECT_EQ(mgo_rt_getitab(&kIfaceAB, &kT, true), tab);  // cached: the same itab
  EXPECT_EQ(mgo_rt_getitab(&kIfaceAB, &kU, true), nullptr);  // U lacks B
  std::string_view missing;
  EXPECT_EQ(getitab(&kIfaceAB, &kU, &missing), nullptr);
  EXPECT_EQ(missing, "B");
  // runtime errors satisfy the runtime's own error interface
  EXPECT_NE(mgo_rt_getitab(&error_type, &boundsError_type, true), nullptr);
  EXPECT_EQ(mgo_rt_getitab(&error_type, &kT, true), nullptr);
}

TEST(RuntimeCoreIface, ManyPairsConcurrently) {
  // Many distinct descriptors force table growth while other threads read.
  static std::vector<TypeDesc> types(3000, kT);
  std::vector<std::thread> ts;
  std::atomic<int> bad{0};
  for (int t = 0; t < 4; t++) {
    ts.emplace_back([&, t] {
      for (int i = 0; i < 3000; i++) {
        const TypeDesc* ty = &types[(i * 7 + t * 13) % 3000];
        const Itab* tab = mgo_rt_getitab(&kIfaceAB, ty, true);
        if (tab == nullptr || tab->type != ty || tab->fun[1] != reinterpret_cast<void*>(&m_b)) bad++;
      }
    });
  }
  for (auto& th : ts) th.join();
  EXPECT_EQ(bad.load(), 0);
}

TEST(RuntimeCoreIface, EqualityOverInterfaces) {
  G g;
  int64_t a = 5, b = 5, c = 6;
  EXPECT_TRUE(mgo_rt_efaceeq(&g, &kInt, &a, &b));
  EXPECT_FALSE(mgo_rt_efaceeq(&g, &kInt, &a, &c));
  Eface x{&kInt, &a}, y{&kInt, &b}, z{&kT, &b}, n{nullptr, nullptr};
  EXPECT_TRUE(mgo_rt_typeeq(&g, &kAny, &x, &y));
  EXPECT_FALSE(mgo_rt_typeeq(&g, &kAny, &x, &z));  // same value, different dynamic types
  EXPECT_FALSE(mgo_rt_typeeq(&g, &kAny, &x, &n));
  EXPECT_TRUE(mgo_rt_typeeq(&g, &kAny, &n, &n));
  // var a, b interface{} = []int{1}, []int{1}; a == b
  auto r = child([] {
    G g;
    g.goid = 1;
    Eface p{&kIntSlice, mallocgc(24)}, q{&kIntSlice, mallocgc(24)};
    mgo_rt_typeeq(&g, &kAny, &p, &q);
  });
  EXPECT_EQ(r.first, 2);
  EXPECT_EQ(r.second.substr(0, r.second.find('\n') + 1),
            "panic: runtime error: comparing uncomparable type []int\n");
}

TEST(RuntimeCoreIface, FailedAssertionsPanicWithGoText) {
  struct Case {
    std::function<void(G*)> fn;
    const char* want;
  };
  std::vector<Case> cases = {
      // var e interface{} = "x"; _ = e.(int)
      {[](G* g) { mgo_rt_panicdottype(g, &string_type, &kInt, &kAny); },
       "panic: interface conversion: interface {} is string, not int\n"},
      // var e interface{} = U(1); _ = e.(AB)
      {[](G* g) { mgo_rt_panicdottype(g, &kU, &kIfaceAB, &kAny); },
       "panic: interface conversion: main.U is not main.AB: missing method B\n"},
      // var e interface{}; _ = e.(AB)
      {[](G* g) { mgo_rt_panicdottype(g, nullptr, &kIfaceAB, &kAny); },
       "panic: interface conversion: interface is nil, not main.AB\n"},
      // var e interface{}; _ = e.(int)
      {[](G* g) { mgo_rt_panicdottype(g, nullptr, &kInt, &kAny); },
       "panic: interface conversion: interface {} is nil, not int\n"},
      {[](G* g) { mgo_rt_getitab(&kIfaceAB, &kU, false); },
       "panic: interface conversion: main.U is not main.AB: missing method B\n"},
  };
  for (const Case& c : cases) {
    auto r = child([&] {
      G g;
      g.goid = 1;
      c.fn(&g);
    });
    EXPECT_EQ(r.first, 2);
    EXPECT_EQ(r.second.substr(0, r.second.find('\n') + 1), c.want);
  }
}

TEST(RuntimeCoreType, HashIsConsistentWithEquality) {
  G g;
  double pz = 0.0, nz = -0.0;
  const TypeDesc kF = {.size = 8, .align = 8, .kind = KindFloat64, .flags = TypeFlagComparable,
                       .reserved = 0, .name = STR("float64")};
  EXPECT_TRUE(typeeq(&g, &kF, &pz, &nz));
  EXPECT_EQ(typehash(&g, &kF, &pz, 1), typehash(&g, &kF, &nz, 1));
  double nan = NAN;
  EXPECT_FALSE(typeeq(&g, &kF, &nan, &nan));
  // struct { A int; _ int; S string }: blank fields are ignored by == and hash.
  static const StructField fields[] = {
      {STR("A"), &kInt, 0, 0, 1}, {STR("_"), &kInt, 8, 0, 0}, {STR("S"), &string_type, 16, 0, 1}};
  const TypeDesc kS = {.size = 32, .align = 8, .kind = KindStruct, .flags = TypeFlagComparable,
                       .reserved = 0, .name = STR("struct { A int; _ int; S string }"),
                       .fields = fields, .nfields = 3};
  struct V {
    int64_t a, blank;
    String s;
  };
  std::string s1 = "same", s2 = "same";
  V v1{1, 111, {u8(s1), 4}}, v2{1, 222, {u8(s2), 4}}, v3{2, 111, {u8(s1), 4}};
  EXPECT_TRUE(typeeq(&g, &kS, &v1, &v2));
  EXPECT_EQ(typehash(&g, &kS, &v1, 7), typehash(&g, &kS, &v2, 7));
  EXPECT_FALSE(typeeq(&g, &kS, &v1, &v3));
  EXPECT_FALSE(is_memory_comparable(&kS));
  EXPECT_TRUE(is_memory_comparable(&kInt));
}

}  // namespace
