// utf8.h — UTF-8 decoding and encoding with Go's rules (unicode/utf8): an invalid or
// truncated sequence decodes as U+FFFD of width 1; surrogates and runes above U+10FFFF
// encode as U+FFFD. Shared by fmt, strconv, strings and unicode/utf8.
#pragma once
#include <cstdint>
#include <string>

namespace mgo::std::utf8 {

constexpr int32_t RuneError = 0xFFFD;
constexpr int32_t RuneSelf = 0x80;
constexpr int32_t MaxRune = 0x10FFFF;
constexpr int UTFMax = 4;

inline bool valid_rune(int32_t r) {
  return (0 <= r && r < 0xD800) || (0xDFFF < r && r <= MaxRune);
}

// Decodes the rune at p[0..n); *width gets its length (0 when n == 0).
inline int32_t decode(const uint8_t* p, int64_t n, int* width) {
  if (n <= 0) { *width = 0; return RuneError; }
  uint8_t c0 = p[0];
  if (c0 < 0x80) { *width = 1; return c0; }
  *width = 1;
  if (c0 < 0xC2 || c0 > 0xF4) return RuneError;
  auto cont = [](uint8_t c) { return (c & 0xC0) == 0x80; };
  if (c0 < 0xE0) {
    if (n < 2 || !cont(p[1])) return RuneError;
    *width = 2;
    return ((c0 & 0x1F) << 6) | (p[1] & 0x3F);
  }
  if (c0 < 0xF0) {
    if (n < 2) return RuneError;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c0 == 0xE0) lo = 0xA0;
    if (c0 == 0xED) hi = 0x9F;
    if (p[1] < lo || p[1] > hi) return RuneError;
    if (n < 3 || !cont(p[2])) return RuneError;
    *width = 3;
    return ((c0 & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  }
  if (n < 2) return RuneError;
  uint8_t lo = 0x80, hi = 0xBF;
  if (c0 == 0xF0) lo = 0x90;
  if (c0 == 0xF4) hi = 0x8F;
  if (p[1] < lo || p[1] > hi) return RuneError;
  if (n < 3 || !cont(p[2])) return RuneError;
  if (n < 4 || !cont(p[3])) return RuneError;
  *width = 4;
  return ((c0 & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

// Decodes the last rune of p[0..n); *width gets its length.
inline int32_t decode_last(const uint8_t* p, int64_t n, int* width) {
  if (n <= 0) { *width = 0; return RuneError; }
  if (p[n - 1] < 0x80) { *width = 1; return p[n - 1]; }
  int64_t start = n - 1;
  int64_t lim = n - UTFMax < 0 ? 0 : n - UTFMax;
  for (start--; start >= lim; start--) {
    if ((p[start] & 0xC0) != 0x80) break;
  }
  if (start < 0) start = 0;
  int w;
  int32_t r = decode(p + start, n - start, &w);
  if (start + w != n) { *width = 1; return RuneError; }
  *width = w;
  return r;
}

inline int rune_len(int32_t r) {
  if (r < 0) return -1;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (0xD800 <= r && r <= 0xDFFF) return -1;
  if (r < 0x10000) return 3;
  if (r <= MaxRune) return 4;
  return -1;
}

// Writes r's encoding to buf (>= 4 bytes); returns its length.
inline int encode(int32_t r, uint8_t* buf) {
  uint32_t u = static_cast<uint32_t>(r);
  if (u < 0x80) { buf[0] = static_cast<uint8_t>(u); return 1; }
  if (u < 0x800) {
    buf[0] = static_cast<uint8_t>(0xC0 | (u >> 6));
    buf[1] = static_cast<uint8_t>(0x80 | (u & 0x3F));
    return 2;
  }
  if (u > static_cast<uint32_t>(MaxRune) || (0xD800 <= u && u <= 0xDFFF)) u = RuneError;
  if (u < 0x10000) {
    buf[0] = static_cast<uint8_t>(0xE0 | (u >> 12));
    buf[1] = static_cast<uint8_t>(0x80 | ((u >> 6) & 0x3F));
    buf[2] = static_cast<uint8_t>(0x80 | (u & 0x3F));
    return 3;
  }
  buf[0] = static_cast<uint8_t>(0xF0 | (u >> 18));
  buf[1] = static_cast<uint8_t>(0x80 | ((u >> 12) & 0x3F));
  buf[2] = static_cast<uint8_t>(0x80 | ((u >> 6) & 0x3F));
  buf[3] = static_cast<uint8_t>(0x80 | (u & 0x3F));
  return 4;
}

inline void append(::std::string& s, int32_t r) {
  uint8_t b[4];
  int n = encode(r, b);
  s.append(reinterpret_cast<const char*>(b), static_cast<size_t>(n));
}

inline int64_t rune_count(const uint8_t* p, int64_t n) {
  int64_t c = 0;
  for (int64_t i = 0; i < n;) {
    if (p[i] < 0x80) { i++; c++; continue; }
    int w;
    decode(p + i, n - i, &w);
    i += w;
    c++;
  }
  return c;
}

}  // namespace mgo::std::utf8
