// sort.cc — the element access sort.Slice needs (length and swap of any slice held in an
// interface, through its TypeDesc), and library sorts for []int and []string, whose
// equal elements are indistinguishable so any correct sort matches Go's result.
#include <algorithm>
#include <cstring>
#include <vector>

#include "runtime/rt.h"
#include "stdlib/symbols.h"

extern "C" {

// reflect.Value.Len of x: slices, arrays, strings and maps; -1 for other kinds (the Go
// side panics with reflect's ValueError text).
int64_t mgo_sort_sliceLen(G* g, const TypeDesc* t, void* data) {
  if (!t) return -1;
  switch (t->kind) {
    case KindSlice: return static_cast<const Slice*>(data)->len;
    case KindArray: return t->len;
    case KindString: return static_cast<const String*>(data)->len;
    case KindMap: return mgo_rt_maplen(data);
    default: return -1;
  }
}

// x's reflect.Kind (0 for a nil interface).
int64_t mgo_sort_sliceKind(G* g, const TypeDesc* t, void* data) { return t ? t->kind : 0; }

void mgo_sort_sliceSwap(G* g, const TypeDesc* t, void* data, int64_t i, int64_t j) {
  if (!t || t->kind != KindSlice) return;
  const Slice* s = static_cast<const Slice*>(data);
  if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(s->len)) mgo_rt_panicIndex(g, i, s->len);
  if (static_cast<uint64_t>(j) >= static_cast<uint64_t>(s->len)) mgo_rt_panicIndex(g, j, s->len);
  uint64_t size = t->elem->size;
  uint8_t* a = static_cast<uint8_t*>(s->ptr) + static_cast<uint64_t>(i) * size;
  uint8_t* b = static_cast<uint8_t*>(s->ptr) + static_cast<uint64_t>(j) * size;
  if (a == b) return;
  if (size == 8) {
    uint64_t x, y;
    memcpy(&x, a, 8);
    memcpy(&y, b, 8);
    memcpy(a, &y, 8);
    memcpy(b, &x, 8);
    return;
  }
  uint8_t small[128];
  ::std::vector<uint8_t> big;
  uint8_t* tmp = small;
  if (size > sizeof small) {
    big.resize(size);
    tmp = big.data();
  }
  memcpy(tmp, a, size);
  memcpy(a, b, size);
  memcpy(b, tmp, size);
}

void mgo_sort_sortInts(G* g, int64_t* p, int64_t len, int64_t cap) { ::std::sort(p, p + len); }

void mgo_sort_sortStrings(G* g, String* p, int64_t len, int64_t cap) {
  ::std::sort(p, p + len, [](const String& a, const String& b) {
    return mgo_rt_cmpstring(a.ptr, a.len, b.ptr, b.len) < 0;
  });
}

}  // extern "C"

namespace mgo::std {

const ExternSymbol* sort_symbols() {
  static const ExternSymbol table[] = {
      MGO_SYM(mgo_sort_sliceLen),
      MGO_SYM(mgo_sort_sliceKind),
      MGO_SYM(mgo_sort_sliceSwap),
      MGO_SYM(mgo_sort_sortInts),
      MGO_SYM(mgo_sort_sortStrings),
      {nullptr, nullptr},
  };
  return table;
}

}  // namespace mgo::std
