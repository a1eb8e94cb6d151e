// strings.cc — the hot or Unicode-heavy parts of package strings (stdlib/go/strings.go):
// substring search (memchr/memmem), Count, Repeat, case mapping with Go's tables, and
// EqualFold with Go's simple case folding.
#include <cstring>
#include <string>

#include "runtime/rt.h"
#include "stdlib/fmt_internal.h"
#include "stdlib/symbols.h"
#include "stdlib/unicode_tables.h"
#include "stdlib/utf8.h"

namespace {

namespace ut = mgo::std::unicode_tables;
namespace u8 = mgo::std::utf8;
using mgo::std::fmt::make_go_string;

int64_t index_of(const uint8_t* s, int64_t n, const uint8_t* sub, int64_t m) {
  if (m == 0) return 0;
  if (m > n) return -1;
  const void* p = memmem(s, static_cast<size_t>(n), sub, static_cast<size_t>(m));
  return p ? static_cast<const uint8_t*>(p) - s : -1;
}

bool is_ascii(const uint8_t* s, int64_t n) {
  for (int64_t i = 0; i < n; i++)
    if (s[i] >= 0x80) return false;
  return true;
}

// Go's strings.Map for a rune mapping that never drops runes: returns the input itself
// when nothing changes; invalid UTF-8 bytes become U+FFFD.
String map_runes(G* g, const uint8_t* s, int64_t n, const ut::CaseTable& table, bool upper_ascii, bool lower_ascii) {
  if (is_ascii(s, n)) {
    int64_t i = 0;
    for (; i < n; i++) {
      uint8_t c = s[i];
      if ((upper_ascii && 'a' <= c && c <= 'z') || (lower_ascii && 'A' <= c && c <= 'Z')) break;
    }
    if (i == n) return String{s, n};
    auto* out = static_cast<uint8_t*>(mgo_rt_mallocgc(g, static_cast<uint64_t>(n), nullptr));
    for (int64_t j = 0; j < n; j++) {
      uint8_t c = s[j];
      if (upper_ascii && 'a' <= c && c <= 'z') c = static_cast<uint8_t>(c - 'a' + 'A');
      else if (lower_ascii && 'A' <= c && c <= 'Z') c = static_cast<uint8_t>(c - 'A' + 'a');
      out[j] = c;
    }
    return String{out, n};
  }
  ::std::string out;
  out.reserve(static_cast<size_t>(n));
  bool changed = false;
  for (int64_t i = 0; i < n;) {
    int w;
    int32_t c = u8::decode(s + i, n - i, &w);
    int32_t r = ut::map(table, c);
    if (r != c || (c == u8::RuneError && w == 1)) changed = true;
    u8::append(out, r);
    i += w;
  }
  if (!changed) return String{s, n};
  return make_go_string(g, out);
}

}  // namespace

extern "C" {

int64_t mgo_strings_Index(G* g, const uint8_t* s, int64_t n, const uint8_t* sub, int64_t m) {
  return index_of(s, n, sub, m);
}

int64_t mgo_strings_LastIndex(G* g, const uint8_t* s, int64_t n, const uint8_t* sub, int64_t m) {
  if (m == 0) return n;
  for (int64_t i = n - m; i >= 0; i--)
    if (memcmp(s + i, sub, static_cast<size_t>(m)) == 0) return i;
  return -1;
}

int64_t mgo_strings_IndexByte(G* g, const uint8_t* s, int64_t n, uint8_t c) {
  if (n <= 0) return -1;
  const void* p = memchr(s, c, static_cast<size_t>(n));
  return p ? static_cast<const uint8_t*>(p) - s : -1;
}

int64_t mgo_strings_LastIndexByte(G* g, const uint8_t* s, int64_t n, uint8_t c) {
  for (int64_t i = n - 1; i >= 0; i--)
    if (s[i] == c) return i;
  return -1;
}

int64_t mgo_strings_Count(G* g, const uint8_t* s, int64_t n, const uint8_t* sub, int64_t m) {
  if (m == 0) return u8::rune_count(s, n) + 1;
  int64_t count = 0;
  for (int64_t i = 0;;) {
    int64_t j = index_of(s + i, n - i, sub, m);
    if (j < 0) return count;
    count++;
    i += j + m;
  }
}

String mgo_strings_repeat(G* g, const uint8_t* s, int64_t n, int64_t count) {
  int64_t total = n * count;
  if (total == 0) return String{nullptr, 0};
  auto* out = static_cast<uint8_t*>(mgo_rt_mallocgc(g, static_cast<uint64_t>(total), nullptr));
  for (int64_t i = 0; i < count; i++) memcpy(out + i * n, s, static_cast<size_t>(n));
  return String{out, total};
}

String mgo_strings_ToUpper(G* g, const uint8_t* s, int64_t n) { return map_runes(g, s, n, ut::to_upper, true, false); }
String mgo_strings_ToLower(G* g, const uint8_t* s, int64_t n) { return map_runes(g, s, n, ut::to_lower, false, true); }
String mgo_strings_ToTitle(G* g, const uint8_t* s, int64_t n) { return map_runes(g, s, n, ut::to_title, true, false); }

bool mgo_strings_EqualFold(G* g, const uint8_t* s, int64_t sn, const uint8_t* t, int64_t tn) {
  int64_t i = 0, j = 0;
  while (i < sn && j < tn) {
    int32_t sr, tr;
    int w;
    if (s[i] < 0x80) { sr = s[i]; i++; }
    else { sr = u8::decode(s + i, sn - i, &w); i += w; }
    if (t[j] < 0x80) { tr = t[j]; j++; }
    else { tr = u8::decode(t + j, tn - j, &w); j += w; }
    if (tr == sr) continue;
    if (tr < sr) { int32_t x = tr; tr = sr; sr = x; }
    if (tr < u8::RuneSelf) {
      if ('A' <= sr && sr <= 'Z' && tr == sr + 'a' - 'A') continue;
      return false;
    }
    int32_t r = ut::map(ut::simple_fold, sr);
    while (r != sr && r < tr) r = ut::map(ut::simple_fold, r);
    if (r == tr) continue;
    return false;
  }
  return i == sn && j == tn;
}

String mgo_strings_unsafeString(G* g, uint8_t* p, int64_t len, int64_t cap) { return String{p, len}; }

// ---- unicode/utf8 ----
struct RuneSize { int32_t r; int64_t size; };

void mgo_unicode_utf8_DecodeRuneInString(G* g, RuneSize* out, const uint8_t* s, int64_t n) {
  int w;
  out->r = u8::decode(s, n, &w);
  out->size = w;
}

void mgo_unicode_utf8_DecodeLastRuneInString(G* g, RuneSize* out, const uint8_t* s, int64_t n) {
  int w;
  out->r = u8::decode_last(s, n, &w);
  out->size = w;
}

int64_t mgo_unicode_utf8_RuneCountInString(G* g, const uint8_t* s, int64_t n) { return u8::rune_count(s, n); }

bool mgo_unicode_utf8_ValidString(G* g, const uint8_t* s, int64_t n) {
  for (int64_t i = 0; i < n;) {
    if (s[i] < 0x80) { i++; continue; }
    int w;
    int32_t r = u8::decode(s + i, n - i, &w);
    if (r == u8::RuneError && w == 1) return false;
    i += w;
  }
  return true;
}

// ---- unicode ----
#define MGO_UNICODE_IS(Name, table) \
  bool mgo_unicode_##Name(G* g, int32_t r) { return ut::in(ut::table, r); }
MGO_UNICODE_IS(IsLetter, letter)
MGO_UNICODE_IS(IsDigit, digit)
MGO_UNICODE_IS(IsNumber, number)
MGO_UNICODE_IS(IsSpace, space)
MGO_UNICODE_IS(IsUpper, upper)
MGO_UNICODE_IS(IsLower, lower)
MGO_UNICODE_IS(IsTitle, title)
MGO_UNICODE_IS(IsPunct, punct)
MGO_UNICODE_IS(IsControl, control)
MGO_UNICODE_IS(IsGraphic, graphic)
MGO_UNICODE_IS(IsPrint, print)
MGO_UNICODE_IS(IsSymbol, symbol)
MGO_UNICODE_IS(IsMark, mark)
int32_t mgo_unicode_ToUpper(G* g, int32_t r) { return ut::map(ut::to_upper, r); }
int32_t mgo_unicode_ToLower(G* g, int32_t r) { return ut::map(ut::to_lower, r); }
int32_t mgo_unicode_ToTitle(G* g, int32_t r) { return ut::map(ut::to_title, r); }
int32_t mgo_unicode_SimpleFold(G* g, int32_t r) {
  if (r < 0 || r > u8::MaxRune) return r;
  return ut::map(ut::simple_fold, r);
}

}  // extern "C"

namespace mgo::std {

const ExternSymbol* strings_symbols() {
  static const ExternSymbol table[] = {
      MGO_SYM(mgo_strings_Index),       MGO_SYM(mgo_strings_LastIndex),   MGO_SYM(mgo_strings_IndexByte),
      MGO_SYM(mgo_strings_LastIndexByte), MGO_SYM(mgo_strings_Count),     MGO_SYM(mgo_strings_repeat),
      MGO_SYM(mgo_strings_ToUpper),     MGO_SYM(mgo_strings_ToLower),     MGO_SYM(mgo_strings_ToTitle),
      MGO_SYM(mgo_strings_EqualFold),   MGO_SYM(mgo_strings_unsafeString),
      {nullptr, nullptr},
  };
  return table;
}

const ExternSymbol* unicode_symbols() {
  static const ExternSymbol table[] = {
      MGO_SYM(mgo_unicode_utf8_DecodeRuneInString), MGO_SYM(mgo_unicode_utf8_DecodeLastRuneInString),
      MGO_SYM(mgo_unicode_utf8_RuneCountInString),  MGO_SYM(mgo_unicode_utf8_ValidString),
      MGO_SYM(mgo_unicode_IsLetter),  MGO_SYM(mgo_unicode_IsDigit),   MGO_SYM(mgo_unicode_IsNumber),
      MGO_SYM(mgo_unicode_IsSpace),   MGO_SYM(mgo_unicode_IsUpper),   MGO_SYM(mgo_unicode_IsLower),
      MGO_SYM(mgo_unicode_IsTitle),   MGO_SYM(mgo_unicode_IsPunct),   MGO_SYM(mgo_unicode_IsControl),
      MGO_SYM(mgo_unicode_IsGraphic), MGO_SYM(mgo_unicode_IsPrint),   MGO_SYM(mgo_unicode_IsSymbol),
      MGO_SYM(mgo_unicode_IsMark),    MGO_SYM(mgo_unicode_ToUpper),   MGO_SYM(mgo_unicode_ToLower),
      MGO_SYM(mgo_unicode_ToTitle),   MGO_SYM(mgo_unicode_SimpleFold),
      {nullptr, nullptr},
  };
  return table;
}

}  // namespace mgo::std
