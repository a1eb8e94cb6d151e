// unicode_tables.h — Unicode property and case tables as Go 1.19 answers them
// (generated into unicode_tables.cc by stdlib/gen/gen_unicode_tables.go), and lookups.
#pragma once
#include <cstdint>

namespace mgo::std::unicode_tables {

struct RuneRange {
  int32_t lo, hi;  // inclusive
};
struct RuneTable {
  const RuneRange* r;
  int64_t n;
};
// Runes lo, lo+stride, ..., hi map to rune+delta. Entries are sorted and disjoint.
struct CaseRange {
  int32_t lo, hi, stride, delta;
};
struct CaseTable {
  const CaseRange* r;
  int64_t n;
};

extern const RuneTable letter, digit, number, space, upper, lower, title, punct, control,
    graphic, print, symbol, mark, strconv_print, strconv_graphic;
extern const CaseTable to_upper, to_lower, to_title, simple_fold;

inline bool in(const RuneTable& t, int32_t r) {
  int64_t lo = 0, hi = t.n;
  while (lo < hi) {
    int64_t m = (lo + hi) / 2;
    if (t.r[m].hi < r) lo = m + 1;
    else hi = m;
  }
  return lo < t.n && t.r[lo].lo <= r && r <= t.r[lo].hi;
}

inline int32_t map(const CaseTable& t, int32_t r) {
  int64_t lo = 0, hi = t.n;
  while (lo < hi) {
    int64_t m = (lo + hi) / 2;
    if (t.r[m].hi < r) lo = m + 1;
    else hi = m;
  }
  if (lo < t.n && t.r[lo].lo <= r && r <= t.r[lo].hi && (r - t.r[lo].lo) % t.r[lo].stride == 0)
    return r + t.r[lo].delta;
  return r;
}

}  // namespace mgo::std::unicode_tables
