// Tests of package fmt's C++ core: each case is a Printf that a Go program also ran
// (go1.19, /tmp/goexp/main.go during development); the expected strings are its output.
#include <gtest/gtest.h>

#include <array>
#include <climits>
#include <cmath>
#include <regex>

#include "stdlib/fmt_internal.h"
#include "tests/unit/stdlib_testing.h"

extern "C" {
String mgo_fmt_Sprintf(G* g, const uint8_t* f, int64_t flen, const Eface* a, int64_t alen, int64_t acap);
String mgo_fmt_Sprint(G* g, const Eface* a, int64_t alen, int64_t acap);
String mgo_fmt_Sprintln(G* g, const Eface* a, int64_t alen, int64_t acap);
struct ErrorfOut { String s; int64_t wrapped; };
void mgo_fmt_errorf(G* g, ErrorfOut* out, const uint8_t* f, int64_t flen, const Eface* a, int64_t alen, int64_t acap);
}

using namespace mgotest;

namespace {

const double kInf = HUGE_VAL;
const double kNaN = std::nan("");

struct PV { int64_t X, Y; };
struct TV { int64_t A; String b; };
struct NV { PV P; PV* Q; Eface I; int64_t s; int64_t T; };
struct EV { String msg; };

const TypeDesc* P = struct_of("main.P", true, {{"X", T().Int}, {"Y", T().Int}});
const TypeDesc* PP = ptr_to(P, "*main.P");
const TypeDesc* Tt = struct_of("main.T", true, {{"A", T().Int}, {"b", T().String}});
const TypeDesc* IntSliceT = slice_of(T().Int, "[]int");
const TypeDesc* StrSliceT = slice_of(T().String, "[]string");
const TypeDesc* BytesT = slice_of(T().Uint8, "[]uint8");
const TypeDesc* NamedBytesT = [] { TypeDesc* t = slice_of(T().Uint8, "main.B"); t->flags |= TypeFlagNamed; return t; }();
const TypeDesc* Arr3 = array_of(T().Int, 3, "[3]int");
const TypeDesc* Arr0 = array_of(T().Int, 0, "[0]int");
const TypeDesc* EmptyIface = newtype(KindInterface, "interface {}", 16, 8);
const TypeDesc* IfaceSliceT = slice_of(EmptyIface, "[]interface {}");
const TypeDesc* MyInt = newtype(KindInt, "main.MyInt", 8, 8, true);
const TypeDesc* MapSI = map_of(T().String, T().Int, "map[string]int");
const TypeDesc* Empty = struct_of("struct {}", false, {});
const TypeDesc* AB = struct_of("struct { A int; B int }", false, {{"A", T().Int}, {"B", T().Int}});

String S_String(G*, void* data) {
  int64_t v;
  memcpy(&v, data, 8);
  return gs("S<" + std::to_string(v) + ">");
}
const TypeDesc* St = [] {
  TypeDesc* t = newtype(KindInt, "main.S", 8, 8, true);
  set_methods(t, {string_method("String", S_String)});
  return t;
}();
const TypeDesc* Nt = struct_of("main.N", true, {{"P", P}, {"Q", PP}, {"I", EmptyIface}, {"s", St}, {"T", St}});

String E_Error(G*, void* data) { return static_cast<EV*>(data)->msg; }
const TypeDesc* Et = struct_of("main.E", true, {{"msg", T().String}});
const TypeDesc* EPtr = [] {
  TypeDesc* t = ptr_to(Et, "*main.E");
  set_methods(t, {string_method("Error", E_Error)});
  return t;
}();
const TypeDesc* ErrorStringT = struct_of("errors.errorString", true, {{"s", T().String}});
const TypeDesc* ErrorStringPtr = [] {
  TypeDesc* t = ptr_to(ErrorStringT, "*errors.errorString");
  set_methods(t, {string_method("Error", E_Error)});
  return t;
}();
const TypeDesc* ErrSliceT = slice_of(error_type(), "[]error");

Eface I(int64_t v) { return box(T().Int, v); }
Eface R(int32_t v) { return box(T().Int32, v); }
Eface F(double v) { return box(T().Float64, v); }
Eface F32(float v) { return box(T().Float32, v); }
Eface C(double re, double im) { return box(T().Complex128, std::array<double, 2>{re, im}); }
Eface Bo(bool v) { return box(T().Bool, v); }
Eface S(const char* s) { return box(T().String, gs(s)); }
Slice bytes_of(const char* s) {
  size_t n = strlen(s);
  return Slice{const_cast<char*>(s), static_cast<int64_t>(n), static_cast<int64_t>(n)};
}
Eface Bytes(const char* s) { return box(BytesT, bytes_of(s)); }
Eface NamedBytes(const char* s) { return box(NamedBytesT, bytes_of(s)); }
Eface IntSlice(std::initializer_list<int64_t> v) {
  auto* arr = new int64_t[v.size() + 1];
  std::copy(v.begin(), v.end(), arr);
  return box(IntSliceT, Slice{arr, static_cast<int64_t>(v.size()), static_cast<int64_t>(v.size())});
}
Eface StrSlice(std::initializer_list<const char*> v) {
  auto* arr = new String[v.size() + 1];
  size_t i = 0;
  for (const char* s : v) arr[i++] = gs(s);
  return box(StrSliceT, Slice{arr, static_cast<int64_t>(v.size()), static_cast<int64_t>(v.size())});
}
Eface Ifaces() {  // []interface{}{1, "a", nil}
  auto* arr = new Eface[3]{I(1), S("a"), nil_eface()};
  return box(IfaceSliceT, Slice{arr, 3, 3});
}
Eface Err(const char* msg) { return box(EPtr, new EV{gs(msg)}); }
Eface ErrorsNew(const char* msg) { return box(ErrorStringPtr, new EV{gs(msg)}); }
Eface ErrSlice() {  // []error{&E{"x"}, nil}
  auto* arr = new Iface[2]{Iface{error_itab(EPtr), new EV{gs("x")}}, Iface{nullptr, nullptr}};
  return box(ErrSliceT, Slice{arr, 2, 2});
}

std::string sprintf(const char* f, const std::vector<Eface>& a) {
  return str(mgo_fmt_Sprintf(nullptr, reinterpret_cast<const uint8_t*>(f), static_cast<int64_t>(strlen(f)), a.data(),
                             static_cast<int64_t>(a.size()), static_cast<int64_t>(a.size())));
}

// Addresses differ between runs and from Go's: compare them as "0xADDR".
std::string mask_addresses(const std::string& s) {
  return std::regex_replace(s, std::regex("0x[0-9a-f]{6,}"), "0xADDR");
}

struct Case {
  const char* format;
  std::vector<Eface> args;
  const char* want;
};

}  // namespace

TEST(FmtSprintf, MatchesGo) {
  const std::vector<Case> cases = {
      {"%d", {I(42)}, R"x(42)x"},
      {"%5d|%-5d|%05d", {I(42), I(42), I(42)}, R"x(   42|42   |00042)x"},
      {"%+d|% d|%+d", {I(42), I(42), I(-42)}, R"x(+42| 42|-42)x"},
      {"%x|%X|%#x|%#X", {I(255), I(255), I(255), I(255)}, R"x(ff|FF|0xff|0XFF)x"},
      {"%o|%#o|%O|%b|%#b", {I(8), I(8), I(8), I(5), I(5)}, R"x(10|010|0o10|101|0b101)x"},
      {"%c|%q|%U|%#U", {R('A'), R('A'), I(0x1F600), R('x')}, R"x(A|'A'|U+1F600|U+0078 'x')x"},
      {"%08.3d|%.0d|%5.0d|", {I(-7), I(0), I(0)}, R"x(    -007||     |)x"},
      {"%v|%d", {box(T().Int8, int8_t{-128}), box(T().Uint64, uint64_t{18446744073709551615ull})}, R"x(-128|18446744073709551615)x"},
      {"%x|% x|%#x|% #x|%X", {S("hello"), S("hi"), S("hi"), S("hi"), Bytes("hi")}, R"x(68656c6c6f|68 69|0x6869|0x68 0x69|6869)x"},
      {"%s|%q|%#q|%+q|%.2s|%5s|%-5s|", {S("héllo"), S("a\"b\n"), S("ab"), S("é"), S("héllo"), S("ab"), S("ab")}, R"x(héllo|"a\"b\n"|`ab`|"\u00e9"|hé|   ab|ab   |)x"},
      {"%v|%.3v|%10.4v|", {S("x"), S("abcdef"), S("abcdef")}, R"x(x|abc|      abcd|)x"},
      {"%t|%v|%5t", {Bo(true), Bo(false), Bo(true)}, R"x(true|false| true)x"},
      {"%v|%v|%v|%v|%v", {F(1.0), F(0.1), F(1e21), F(1e20), F(123456789.0)}, R"x(1|0.1|1e+21|1e+20|1.23456789e+08)x"},
      {"%v|%v|%v|%v", {F(1e-5), F(0.0001), F(100000.0), F(1234567.0)}, R"x(1e-05|0.0001|100000|1.234567e+06)x"},
      {"%e|%E|%f|%F|%g|%G", {F(1234.5678), F(1234.5678), F(1234.5678), F(1234.5678), F(1234.5678), F(1e-7)}, R"x(1.234568e+03|1.234568E+03|1234.567800|1234.567800|1234.5678|1E-07)x"},
      {"%.2f|%8.3f|%-8.2f|%08.2f|%+.1e|%.0f|%.0f", {F(3.14159), F(3.14159), F(3.14159), F(-3.14159), F(12345.0), F(2.5), F(3.5)}, R"x(3.14|   3.142|3.14    |-0003.14|+1.2e+04|2|4)x"},
      {"%.3g|%.10g|%g|%g|%#g|%#.3g|%#v", {F(1234.5678), F(1.0 / 3), F(100000.0), F(1000000.0), F(1.0), F(2.0), F(1.0)}, R"x(1.23e+03|0.3333333333|100000|1e+06|1.00000|2.00|1)x"},
      {"%v|%v|%.2f|%5.1f|%v", {F32(0.1f), F32(1.0f / 3), F32(2.675f), F(0.0) /* Go: the constant -0.0 is +0 */, F(5e-324)}, R"x(0.1|0.33333334|2.67|  0.0|5e-324)x"},
      {"%x|%X|%.3x|%b", {F(1.0), F(-3.75), F(3.14159), F(1.0)}, R"x(0x1p+00|-0X1.EP+01|0x1.922p+01|4503599627370496p-52)x"},
      {"%v|%+v|%08.3f|% f|%+f", {C(1, 2), C(-1.5, -0.5), F(3.14159), F(2.0), F(2.0)}, R"x((1+2i)|(-1.5-0.5i)|0003.142| 2.000000|+2.000000)x"},
      {"%f|%v|%5v|%-6v|%06v", {F(kInf), F(-kInf), F(kNaN), F(kInf), F(-kInf)}, R"x(+Inf|-Inf|  NaN|+Inf  |  -Inf)x"},
      {"%v|%+v|%#v", {box(P, PV{1, 2}), box(P, PV{1, 2}), box(P, PV{1, 2})}, R"x({1 2}|{X:1 Y:2}|main.P{X:1, Y:2})x"},
      {"%v|%+v|%#v", {box(PP, new PV{1, 2}), box(PP, new PV{1, 2}), IntSlice({1, 2, 3})}, R"x(&{1 2}|&{X:1 Y:2}|[]int{1, 2, 3})x"},
      {"%v|%v|%#v|%#v|%v", {IntSlice({1, 2, 3}), StrSlice({"a", "b"}), StrSlice({"a", "b"}), box(IntSliceT, Slice{}), box(IntSliceT, Slice{})}, R"x([1 2 3]|[a b]|[]string{"a", "b"}|[]int(nil)|[])x"},
      {"%v|%d|%s|%x|%q", {Bytes("ab"), Bytes("ab"), Bytes("ab"), Bytes("ab"), Bytes("ab")}, R"x([97 98]|[97 98]|ab|6162|"ab")x"},
      {"%v|%s|%c", {NamedBytes("ab"), NamedBytes("ab"), Bytes("ab")}, R"x([97 98]|ab|[a b])x"},
      {"%v|%v|%d|%s", {nil_eface(), box(Arr3, std::array<int64_t, 3>{1, 2, 3}), Ifaces(), Ifaces()}, R"x(<nil>|[1 2 3]|[1 %!d(string=a) <nil>]|[%!s(int=1) a <nil>])x"},
      {"%v|%+v|%s|%d", {box(Tt, TV{1, gs("x")}), box(Tt, TV{1, gs("x")}), box(Tt, TV{1, gs("x")}), box(Tt, TV{1, gs("x")})}, R"x({1 x}|{A:1 b:x}|{%!s(int=1) x}|{1 %!d(string=x)})x"},
      {"%v|%s|%q|%x|%d|%+v", {box(St, int64_t{5}), box(St, int64_t{5}), box(St, int64_t{5}), box(St, int64_t{5}), box(St, int64_t{5}), box(St, int64_t{5})}, R"x(S<5>|S<5>|"S<5>"|533c353e|5|S<5>)x"},
      {"%v|%+v", {box(Nt, NV{{1, 2}, new PV{3, 4}, I(7), 8, 9}), box(Nt, NV{{1, 2}, nullptr, nil_eface(), 8, 9})}, R"x({{1 2} 0xc0000ac040 7 8 S<9>}|{P:{X:1 Y:2} Q:<nil> I:<nil> s:8 T:S<9>})x"},
      {"%v|%s|%d|%v", {Err("boom"), Err("boom"), Err("boom"), ErrSlice()}, R"x(boom|boom|&{%!d(string=boom)}|[x <nil>])x"},
      {"%T|%T|%T|%T|%T|%T", {I(1), S("s"), box(P, PV{}), box(PP, new PV{}), IntSlice({}), nil_eface()}, R"x(int|string|main.P|*main.P|[]int|<nil>)x"},
      {"%d", {S("hi")}, R"x(%!d(string=hi))x"},
      {"%d %d", {I(1)}, R"x(1 %!d(MISSING))x"},
      {"%d", {I(1), I(2), S("x")}, R"x(1%!(EXTRA int=2, string=x))x"},
      {"%!|%z|%", {I(1)}, R"x(%!!(int=1)|%!z(MISSING)|%!(NOVERB))x"},
      {"%[2]d %[1]d|%[3]d|%[1]d %d", {I(1), I(2)}, R"x(2 1|%!d(BADINDEX)|1 2)x"},
      {"%*d|%-*d|%.*f|%*d", {I(5), I(42), I(5), I(42), I(2), F(3.14159), S("x"), I(3)}, R"x(   42|42   |3.14|%!(BADWIDTH)3)x"},
      {"%[1]*[2]d|%[x]d|%[0]d", {I(4), I(7)}, R"x(   7|%!d(BADINDEX)|%!d(BADINDEX))x"},
      {"%s|%v|%d", {nil_eface(), nil_eface(), nil_eface()}, R"x(%!s(<nil>)|<nil>|%!d(<nil>))x"},
      {"%p", {nil_eface()}, R"x(%!p(<nil>))x"},
      {"%t|%s|%x", {I(1), F(1.5), Bo(true)}, R"x(%!t(int=1)|%!s(float64=1.5)|%!x(bool=true))x"},
      {"%v|%v|%#v|%#v", {box(MyInt, int64_t{3}), box(MapSI, (void*)nullptr), box(MyInt, int64_t{3}), S("q")}, R"x(3|map[]|3|"q")x"},
      {"%v|%#v|%v", {box(Empty, int64_t{0}), box(AB, PV{1, 2}), box(Arr0, int64_t{0})}, R"x({}|struct { A int; B int }{A:1, B:2}|[])x"},
      {"%6.2v|%-8v|%08v|", {F(3.14159), IntSlice({1, 2}), I(42)}, R"x(   3.1|[1        2       ]|00000042|)x"},
      {"%v %v", {box(T().Int64, int64_t{INT64_MIN}), box(T().Uint8, uint8_t{200})}, R"x(-9223372036854775808 200)x"},
      {"%.1f|%.1f|%.1f|%.2e", {F(0.05), F(0.15), F(0.25), F(1.005)}, R"x(0.1|0.1|0.2|1.00e+00)x"},
      {"%g|%g|%g|%.0e", {F(1e100), F(1.7976931348623157e308), F(2.2250738585072014e-308), F(5.0)}, R"x(1e+100|1.7976931348623157e+308|2.2250738585072014e-308|5e+00)x"},
      {"%s", {ErrorsNew("plain")}, R"x(plain)x"},
      {"%v", {Bo(false)}, R"x(false)x"},
      {"%w", {ErrorsNew("x")}, R"x(%!w(*errors.errorString=&{x}))x"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(mask_addresses(sprintf(c.format, c.args)), mask_addresses(c.want)) << "format " << c.format;
  }
}

TEST(FmtSprint, SpacesBetweenNonStrings) {
  std::vector<Eface> a = {S("a"), I(1), I(2), S("b"), S("c"), F(3.5), nil_eface(), box(P, PV{1, 2})};
  EXPECT_EQ(str(mgo_fmt_Sprint(nullptr, a.data(), 8, 8)), R"x(a1 2bc3.5 <nil> {1 2})x");
  std::vector<Eface> b = {S("a"), I(1), I(2), S("b"), nil_eface()};
  EXPECT_EQ(str(mgo_fmt_Sprintln(nullptr, b.data(), 5, 5)), "a 1 2 b <nil>\n");
}

TEST(FmtErrorf, WrapsOneErrorOnly) {
  auto errorf = [](const char* f, std::vector<Eface> a) {
    ErrorfOut out;
    mgo_fmt_errorf(nullptr, &out, reinterpret_cast<const uint8_t*>(f), static_cast<int64_t>(strlen(f)), a.data(),
                   static_cast<int64_t>(a.size()), static_cast<int64_t>(a.size()));
    return std::make_pair(str(out.s), out.wrapped);
  };
  auto r1 = errorf("outer: %w", {ErrorsNew("inner")});
  EXPECT_EQ(r1.first, "outer: inner");
  EXPECT_EQ(r1.second, 0);
  auto r2 = errorf("two: %w %w", {ErrorsNew("inner"), ErrorsNew("inner")});
  EXPECT_EQ(r2.first, "two: inner %!w(*errors.errorString=&{inner})");
  EXPECT_EQ(r2.second, -1);
  auto r3 = errorf("num: %w", {I(5)});
  EXPECT_EQ(r3.first, "num: %!w(int=5)");
  EXPECT_EQ(r3.second, -1);
  auto r4 = errorf("%d then %w", {I(1), Err("e")});
  EXPECT_EQ(r4.first, "1 then e");
  EXPECT_EQ(r4.second, 1);
}
