// rand_tables.h — Go 1.19 math/rand's tables (generated into rand_tables.cc by
// stdlib/gen/gen_rand_tables.go). Float tables are stored as float32 bit patterns.
#pragma once
#include <cstdint>

namespace mgo::std::rand_tables {
extern const int64_t rng_cooked[607];
extern const uint32_t kn[128], wn_bits[128], fn_bits[128];
extern const uint32_t ke[256], we_bits[256], fe_bits[256];
}  // namespace mgo::std::rand_tables
