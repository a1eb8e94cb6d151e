// rtstring.h — string helpers for runtime and stdlib C++ code (runtime/string.cc).
#pragma once
#include <cstdint>
#include <string_view>

#include "runtime/abi.h"

namespace mgo::rt {

constexpr int32_t kRuneError = 0xFFFD;
constexpr int32_t kMaxRune = 0x10FFFF;

// Decodes the UTF-8 sequence at s[0:n] (n >= 1) as Go's utf8.DecodeRune does: an
// invalid or short sequence gives (kRuneError, 1).
int32_t decode_rune(const uint8_t* s, int64_t n, int64_t* width);
// Bytes needed to encode r; invalid runes (negative, surrogates, > kMaxRune) count as
// the 3 bytes of U+FFFD.
int encoded_len(int32_t r);
// Encodes r into p (room for 4 bytes); returns the byte count. Invalid -> U+FFFD.
int encode_rune(uint8_t* p, int32_t r);

// A Go string with a heap copy of s.
String gostring(G* g, std::string_view s);
// A Go string pointing at s itself: s must outlive every use (a literal, a static).
inline String gostring_static(std::string_view s) {
  return String{reinterpret_cast<const uint8_t*>(s.data()), static_cast<int64_t>(s.size())};
}

}  // namespace mgo::rt
