// string.cc — Go string operations: concatenation, comparison, conversions to and from
// []byte and []rune, string(rune), and the UTF-8 decoding behind `for range s`.
//
// Invariants: a String never owns its bytes exclusively — strings are immutable, so any
// operation may return an existing string's bytes (concatenation with one non-empty
// part returns that part). Conversions that create slices round the capacity up the
// way Go's rawbyteslice/rawruneslice do (roundupsize), so cap([]byte(s)) matches Go for
// heap-allocated results. Invalid UTF-8 decodes to U+FFFD one byte at a time; invalid
// runes encode as U+FFFD (Go's utf8 rules: no surrogates, nothing above U+10FFFF, no
// overlong forms).
#include <cstring>

#include "runtime/fatal.h"
#include "runtime/malloc.h"
#include "runtime/panic.h"
#include "runtime/rt.h"
#include "runtime/rtstring.h"

namespace mgo::rt {

int32_t decode_rune(const uint8_t* s, int64_t n, int64_t* width) {
  uint8_t b0 = s[0];
  if (b0 < 0x80) {
    *width = 1;
    return b0;
  }
  *width = 1;
  int need;
  uint8_t lo = 0x80, hi = 0xBF;  // accepted range of the second byte
  int32_t r;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 2;
    r = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 3;
    r = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;        // overlong
    else if (b0 == 0xED) hi = 0x9F;   // surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 4;
    r = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;        // overlong
    else if (b0 == 0xF4) hi = 0x8F;   // above U+10FFFF
  } else {
    return kRuneError;
  }
  if (n < need) {
    // Go reports (RuneError, 1) for a short sequence too.
    return kRuneError;
  }
  if (s[1] < lo || s[1] > hi) return kRuneError;
  r = (r << 6) | (s[1] & 0x3F);
  for (int i = 2; i < need; i++) {
    if (s[i] < 0x80 || s[i] > 0xBF) return kRuneError;
    r = (r << 6) | (s[i] & 0x3F);
  }
  *width = need;
  return r;
}

static bool valid_rune(int32_t r) {
  return r >= 0 && r <= kMaxRune && !(r >= 0xD800 && r <= 0xDFFF);
}

int encoded_len(int32_t r) {
  if (!valid_rune(r)) return 3;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r < 0x10000) return 3;
  return 4;
}

int encode_rune(uint8_t* p, int32_t r) {
  if (!valid_rune(r)) r = kRuneError;
  if (r < 0x80) {
    p[0] = static_cast<uint8_t>(r);
    return 1;
  }
  if (r < 0x800) {
    p[0] = static_cast<uint8_t>(0xC0 | (r >> 6));
    p[1] = static_cast<uint8_t>(0x80 | (r & 0x3F));
    return 2;
  }
  if (r < 0x10000) {
    p[0] = static_cast<uint8_t>(0xE0 | (r >> 12));
    p[1] = static_cast<uint8_t>(0x80 | ((r >> 6) & 0x3F));
    p[2] = static_cast<uint8_t>(0x80 | (r & 0x3F));
    return 3;
  }
  p[0] = static_cast<uint8_t>(0xF0 | (r >> 18));
  p[1] = static_cast<uint8_t>(0x80 | ((r >> 12) & 0x3F));
  p[2] = static_cast<uint8_t>(0x80 | ((r >> 6) & 0x3F));
  p[3] = static_cast<uint8_t>(0x80 | (r & 0x3F));
  return 4;
}

String gostring(G* g, std::string_view s) {
  if (s.empty()) return String{nullptr, 0};
  auto* p = static_cast<uint8_t*>(mallocgc(s.size()));
  std::memcpy(p, s.data(), s.size());
  return String{p, static_cast<int64_t>(s.size())};
}

}  // namespace mgo::rt

using namespace mgo::rt;

extern "C" {

String mgo_rt_concatstrings(G* g, const String* parts, int64_t n) {
  int64_t total = 0;
  int64_t nonempty = 0, last = -1;
  for (int64_t i = 0; i < n; i++) {
    if (parts[i].len == 0) continue;
    if (total + parts[i].len < total) throw_("string concatenation too long");
    total += parts[i].len;
    nonempty++;
    last = i;
  }
  if (nonempty == 0) return String{nullptr, 0};
  if (nonempty == 1) return parts[last];  // strings are immutable: share the bytes
  auto* p = static_cast<uint8_t*>(mallocgc(static_cast<uint64_t>(total)));
  int64_t off = 0;
  for (int64_t i = 0; i < n; i++) {
    if (parts[i].len == 0) continue;
    std::memcpy(p + off, parts[i].ptr, parts[i].len);
    off += parts[i].len;
  }
  return String{p, total};
}

int64_t mgo_rt_cmpstring(const uint8_t* a, int64_t alen, const uint8_t* b, int64_t blen) {
  int64_t n = alen < blen ? alen : blen;
  if (n > 0 && a != b) {
    int c = std::memcmp(a, b, static_cast<size_t>(n));
    if (c != 0) return c < 0 ? -1 : 1;
  }
  return alen < blen ? -1 : alen > blen ? 1 : 0;
}

bool mgo_rt_eqstring(const uint8_t* a, int64_t alen, const uint8_t* b, int64_t blen) {
  return alen == blen && (a == b || alen == 0 || std::memcmp(a, b, static_cast<size_t>(alen)) == 0);
}

String mgo_rt_slicebytetostring(G* g, const uint8_t* p, int64_t n) {
  if (n == 0) return String{nullptr, 0};
  auto* q = static_cast<uint8_t*>(mallocgc(static_cast<uint64_t>(n)));
  std::memcpy(q, p, static_cast<size_t>(n));
  return String{q, n};
}

void mgo_rt_stringtoslicebyte(G* g, Slice* out, const uint8_t* p, int64_t n) {
  uint64_t cap = roundupsize(static_cast<uint64_t>(n));
  auto* q = static_cast<uint8_t*>(mallocgc(cap));
  if (n > 0) std::memcpy(q, p, static_cast<size_t>(n));
  *out = Slice{q, n, static_cast<int64_t>(cap)};
}

void mgo_rt_stringtoslicerune(G* g, Slice* out, const uint8_t* p, int64_t n) {
  int64_t count = 0;
  for (int64_t k = 0, w; k < n; k += w) {
    decode_rune(p + k, n - k, &w);
    count++;
  }
  uint64_t mem = roundupsize(static_cast<uint64_t>(count) * 4);
  auto* q = static_cast<int32_t*>(mallocgc(mem));
  int64_t i = 0;
  for (int64_t k = 0, w; k < n; k += w) q[i++] = decode_rune(p + k, n - k, &w);
  *out = Slice{q, count, static_cast<int64_t>(mem / 4)};
}

String mgo_rt_slicerunetostring(G* g, const int32_t* p, int64_t n) {
  int64_t size = 0;
  for (int64_t i = 0; i < n; i++) size += encoded_len(p[i]);
  if (size == 0) return String{nullptr, 0};
  auto* q = static_cast<uint8_t*>(mallocgc(static_cast<uint64_t>(size)));
  int64_t off = 0;
  for (int64_t i = 0; i < n; i++) off += encode_rune(q + off, p[i]);
  return String{q, size};
}

String mgo_rt_intstring(G* g, int64_t r) {
  int32_t rr = (r < 0 || r > kMaxRune) ? kRuneError : static_cast<int32_t>(r);
  uint8_t buf[4];
  int n = encode_rune(buf, rr);
  auto* q = static_cast<uint8_t*>(mallocgc(static_cast<uint64_t>(n)));
  std::memcpy(q, buf, static_cast<size_t>(n));
  return String{q, n};
}

int32_t mgo_rt_decoderune(const uint8_t* s, int64_t len, int64_t k, int64_t* width) {
  if (k < 0 || k >= len) throw_("decoderune: index out of range");
  return decode_rune(s + k, len - k, width);
}

}  // extern "C"
