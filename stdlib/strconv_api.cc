// strconv_api.cc — the extern "C" functions behind stdlib/go/strconv.go. Errors are
// returned as small codes (ParseErr); strconv.go builds Go's *NumError from them.
#include <cstring>
#include <string>

#include "runtime/rt.h"
#include "stdlib/fmt_internal.h"
#include "stdlib/strconv_impl.h"
#include "stdlib/symbols.h"

namespace {

using mgo::std::fmt::make_go_string;
namespace sc = mgo::std::strconv;

::std::string_view sv(const uint8_t* p, int64_t n) {
  return ::std::string_view(reinterpret_cast<const char*>(p), static_cast<size_t>(n));
}

struct I64Code { int64_t v; int64_t code; };
struct U64Code { uint64_t v; int64_t code; };
struct F64Code { double v; int64_t code; };
struct StringBool { String s; bool ok; };

}  // namespace

extern "C" {

void mgo_strconv_parseInt(G* g, I64Code* out, const uint8_t* s, int64_t n, int64_t base, int64_t bitsize) {
  int64_t v;
  out->code = static_cast<int64_t>(sc::parse_int(sv(s, n), static_cast<int>(base), static_cast<int>(bitsize), &v));
  out->v = v;
}

void mgo_strconv_parseUint(G* g, U64Code* out, const uint8_t* s, int64_t n, int64_t base, int64_t bitsize) {
  uint64_t v;
  out->code = static_cast<int64_t>(sc::parse_uint(sv(s, n), static_cast<int>(base), static_cast<int>(bitsize), &v));
  out->v = v;
}

void mgo_strconv_parseFloat(G* g, F64Code* out, const uint8_t* s, int64_t n, int64_t bitsize) {
  double v;
  out->code = static_cast<int64_t>(sc::parse_float(sv(s, n), static_cast<int>(bitsize), &v));
  out->v = v;
}

// func floatPrefixLen(s string) int
int64_t mgo_strconv_floatPrefixLen(G* g, const uint8_t* s, int64_t n) {
  return static_cast<int64_t>(sc::float_prefix_len(sv(s, n)));
}

String mgo_strconv_formatInt(G* g, int64_t v, int64_t base) {
  ::std::string s;
  sc::append_int(s, v, static_cast<int>(base));
  return make_go_string(g, s);
}

String mgo_strconv_formatUint(G* g, uint64_t v, int64_t base) {
  ::std::string s;
  sc::append_uint(s, v, static_cast<int>(base));
  return make_go_string(g, s);
}

String mgo_strconv_formatFloat(G* g, double f, uint8_t fmt, int64_t prec, int64_t bitsize) {
  ::std::string s;
  sc::append_float(s, f, static_cast<char>(fmt), static_cast<int>(prec), static_cast<int>(bitsize));
  return make_go_string(g, s);
}

// func quoteWith(s string, quote byte, ASCIIonly, graphicOnly bool) string
String mgo_strconv_quoteWith(G* g, const uint8_t* p, int64_t n, uint8_t quote, bool ascii, bool graphic) {
  ::std::string s;
  sc::append_quote(s, sv(p, n), static_cast<char>(quote), ascii, graphic);
  return make_go_string(g, s);
}

// func quoteRuneWith(r rune, quote byte, ASCIIonly, graphicOnly bool) string
String mgo_strconv_quoteRuneWith(G* g, int32_t r, uint8_t quote, bool ascii, bool graphic) {
  ::std::string s;
  sc::append_quote_rune(s, r, static_cast<char>(quote), ascii, graphic);
  return make_go_string(g, s);
}

bool mgo_strconv_CanBackquote(G* g, const uint8_t* p, int64_t n) { return sc::can_backquote(sv(p, n)); }
bool mgo_strconv_IsPrint(G* g, int32_t r) { return sc::is_print(r); }
bool mgo_strconv_IsGraphic(G* g, int32_t r) { return sc::is_graphic(r); }

// func unquote(s string) (string, bool)
void mgo_strconv_unquote(G* g, StringBool* out, const uint8_t* p, int64_t n) {
  ::std::string s;
  out->ok = sc::unquote(sv(p, n), &s);
  out->s = out->ok ? make_go_string(g, s) : String{nullptr, 0};
}

// func unquoteChar(s string, quote byte) (value rune, multibyte bool, size int)
struct UnquoteCharOut { int32_t value; bool multibyte; int64_t size; };
void mgo_strconv_unquoteChar(G* g, UnquoteCharOut* out, const uint8_t* p, int64_t n, uint8_t quote) {
  int32_t v = 0;
  bool mb = false;
  size_t used = sc::unquote_char_public(sv(p, n), static_cast<char>(quote), &v, &mb);
  if (used == 0) *out = {0, false, 0};
  else *out = {v, mb, static_cast<int64_t>(used)};
}

}  // extern "C"

namespace mgo::std {

const ExternSymbol* strconv_symbols() {
  static const ExternSymbol table[] = {
      MGO_SYM(mgo_strconv_parseInt),     MGO_SYM(mgo_strconv_parseUint),      MGO_SYM(mgo_strconv_parseFloat), MGO_SYM(mgo_strconv_floatPrefixLen),
      MGO_SYM(mgo_strconv_formatInt),    MGO_SYM(mgo_strconv_formatUint),     MGO_SYM(mgo_strconv_formatFloat),
      MGO_SYM(mgo_strconv_quoteWith),    MGO_SYM(mgo_strconv_quoteRuneWith),  MGO_SYM(mgo_strconv_CanBackquote),
      MGO_SYM(mgo_strconv_IsPrint),      MGO_SYM(mgo_strconv_IsGraphic),      MGO_SYM(mgo_strconv_unquote),
      MGO_SYM(mgo_strconv_unquoteChar),
      {nullptr, nullptr},
  };
  return table;
}

}  // namespace mgo::std
