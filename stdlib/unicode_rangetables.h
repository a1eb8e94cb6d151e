// unicode_rangetables.h — package unicode's RangeTables (every category, script and
// property table of Go 1.19) in Go's own layout, generated into unicode_rangetables.cc by
// stdlib/gen/gen_unicode_rangetables.go. unicode.go's table(id) hands a program slices
// over these arrays (writable, as Go's are), so R16/R32/LatinOffset read as Go's do.
#pragma once
#include <cstdint>

namespace mgo::std::unicode_tables {

struct Range16 {
  uint16_t lo, hi, stride;
};
struct Range32 {
  uint32_t lo, hi, stride;
};
struct GoRangeTable {
  Range16* r16;
  int64_t n16;
  Range32* r32;
  int64_t n32;
  int64_t latin_offset;
};

extern const GoRangeTable kRangeTables[];
extern const int64_t kNumRangeTables;

}  // namespace mgo::std::unicode_tables
