// rand.cc — the table-driven parts of math/rand (stdlib/go/math_rand.go): seeding the
// additive generator with Go's cooked values, and the ziggurat table entries.
#include <cstring>

#include "runtime/rt.h"
#include "stdlib/rand_tables.h"
#include "stdlib/symbols.h"

namespace {

namespace rt = mgo::std::rand_tables;

constexpr int64_t kInt32Max = (int64_t{1} << 31) - 1;

// Go's seedrand: x[n+1] = 48271 * x[n] mod (2**31 - 1).
int32_t seedrand(int32_t x) {
  constexpr int32_t A = 48271, Q = 44488, R = 3399;
  int32_t hi = x / Q;
  int32_t lo = x % Q;
  x = A * lo - R * hi;
  if (x < 0) x += static_cast<int32_t>(kInt32Max);
  return x;
}

float f32(uint32_t bits) {
  float f;
  memcpy(&f, &bits, 4);
  return f;
}

struct Zig {
  uint32_t k;
  float w, f;
};

}  // namespace

extern "C" {

void mgo_math_rand_seedVec(G* g, int64_t* vec, int64_t seed) {
  seed = seed % kInt32Max;
  if (seed < 0) seed += kInt32Max;
  if (seed == 0) seed = 89482311;
  int32_t x = static_cast<int32_t>(seed);
  for (int i = -20; i < 607; i++) {
    x = seedrand(x);
    if (i >= 0) {
      int64_t u = static_cast<int64_t>(static_cast<uint64_t>(static_cast<int64_t>(x)) << 40);
      x = seedrand(x);
      u ^= static_cast<int64_t>(static_cast<uint64_t>(static_cast<int64_t>(x)) << 20);
      x = seedrand(x);
      u ^= static_cast<int64_t>(x);
      u ^= rt::rng_cooked[i];
      vec[i] = u;
    }
  }
}

void mgo_math_rand_zigNorm(G* g, Zig* out, int64_t i) {
  *out = Zig{rt::kn[i & 127], f32(rt::wn_bits[i & 127]), f32(rt::fn_bits[i & 127])};
}

void mgo_math_rand_zigExp(G* g, Zig* out, int64_t i) {
  *out = Zig{rt::ke[i & 255], f32(rt::we_bits[i & 255]), f32(rt::fe_bits[i & 255])};
}

}  // extern "C"

namespace mgo::std {

const ExternSymbol* rand_symbols() {
  static const ExternSymbol table[] = {
      MGO_SYM(mgo_math_rand_seedVec),
      MGO_SYM(mgo_math_rand_zigNorm),
      MGO_SYM(mgo_math_rand_zigExp),
      {nullptr, nullptr},
  };
  return table;
}

}  // namespace mgo::std
