// slice.cc — make([]T, len, cap) and append's growth (Go 1.19's makeslice/growslice).
//
// growslice must reproduce Go 1.19's capacities exactly, because programs print cap():
//   1. newcap starts at oldcap; if the needed length exceeds twice oldcap, take it;
//      else below 256 double, at or above 256 grow by (newcap + 3*256)/4 until it
//      fits (a smooth transition from 2x to 1.25x);
//   2. the byte size newcap*elemsize is rounded up to the allocator's size class
//      (roundupsize, malloc.h) and newcap becomes as many elements as fit in it.
// Zero-size elements never allocate: the slice points at zerobase with cap = newlen.
// Elements beyond the old length are zero (fresh heap memory is zero).
#include <cstring>

#include "runtime/malloc.h"
#include "runtime/panic.h"
#include "runtime/rt.h"

using namespace mgo::rt;

namespace {

// a*b, and whether it overflowed or exceeds kMaxAlloc.
bool mul_over(uint64_t a, uint64_t b, uint64_t* r) {
  if (__builtin_mul_overflow(a, b, r)) return true;
  return *r > kMaxAlloc;
}

}  // namespace

extern "C" {

void mgo_rt_makeslice(G* g, Slice* out, const TypeDesc* elem, int64_t len, int64_t cap) {
  uint64_t mem;
  if (len < 0 || cap < len || mul_over(elem->size, static_cast<uint64_t>(cap), &mem)) {
    // As Go: "len out of range" when len alone is bad, so make([]T, huge) says len.
    uint64_t lmem;
    if (len < 0 || mul_over(elem->size, static_cast<uint64_t>(len), &lmem)) {
      panic_error(g, "makeslice: len out of range");
    }
    panic_error(g, "makeslice: cap out of range");
  }
  *out = Slice{mallocgc(mem), len, cap};
}

void mgo_rt_growslice(G* g, Slice* out, const TypeDesc* elem, void* oldptr, int64_t oldlen,
                      int64_t oldcap, int64_t newlen) {
  if (newlen < oldcap || newlen < 0) panic_error(g, "growslice: cap out of range");
  uint64_t es = elem->size;
  if (es == 0) {
    *out = Slice{&zerobase, newlen, newlen};
    return;
  }
  int64_t newcap = oldcap;
  int64_t doublecap = newcap + newcap;
  if (newlen > doublecap) {
    newcap = newlen;
  } else {
    constexpr int64_t threshold = 256;
    if (oldcap < threshold) {
      newcap = doublecap;
    } else {
      // 0 < newcap detects overflow and stops the loop.
      while (0 < newcap && newcap < newlen) newcap += (newcap + 3 * threshold) / 4;
      if (newcap <= 0) newcap = newlen;
    }
  }
  uint64_t capmem;
  if (mul_over(es, static_cast<uint64_t>(newcap), &capmem)) {
    panic_error(g, "growslice: cap out of range");
  }
  capmem = roundupsize(capmem);
  newcap = static_cast<int64_t>(capmem / es);
  if (capmem > kMaxAlloc) panic_error(g, "growslice: cap out of range");
  void* p = mallocgc(capmem);
  if (oldlen > 0) std::memmove(p, oldptr, static_cast<size_t>(oldlen) * es);
  *out = Slice{p, newlen, newcap};
}

}  // extern "C"
