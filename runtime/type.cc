// type.cc — equality and hashing over TypeDesc, method lookup. See type.h.
//
// Hash design: a multiply-mix hash (128-bit product folded to 64 bits) over 16-byte
// blocks, keyed by a seed. Maps seed each table from fastrand64(), itself seeded per
// thread from the OS, so iteration order and collision patterns differ per process (as
// Go's per-map hash0). It only needs to be fast and well mixed, not cryptographic.
//
// Equality and hashing walk the descriptor recursively; maps avoid the walk for their
// keys by choosing a fast path once (map.cc) using is_memory_comparable().
#include "runtime/type.h"

#include <sys/random.h>

#include <bit>
#include <cstring>

#include "runtime/fatal.h"
#include "runtime/malloc.h"
#include "runtime/panic.h"

namespace mgo::rt {

namespace {

constexpr uint64_t K0 = 0xa0761d6478bd642full;
constexpr uint64_t K1 = 0xe7037ed1a0b428dbull;
constexpr uint64_t K2 = 0x8ebc6af09c88c6e3ull;
constexpr uint64_t K3 = 0x589965cc75374cc3ull;

inline uint64_t mix(uint64_t a, uint64_t b) {
  unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}
inline uint64_t rd64(const uint8_t* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
inline uint64_t rd32(const uint8_t* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

bool is_blank(const StructField& f) { return f.name.len == 1 && f.name.ptr[0] == '_'; }

const TypeDesc* dyntype(const TypeDesc* t, const void* p) {
  // p points to an interface value; both layouts have the type word first (Itab* for
  // non-empty interfaces, whose second word is the type).
  const void* w = *static_cast<const void* const*>(p);
  if (w == nullptr) return nullptr;
  if (t->nimethods == 0) return static_cast<const TypeDesc*>(w);
  return static_cast<const Itab*>(w)->type;
}

[[noreturn]] void panic_uncomparable(G* g, const TypeDesc* t, const char* what) {
  char buf[256];
  std::string_view n = name_of(t);
  size_t k = std::strlen(what);
  if (n.size() > sizeof(buf) - k) n = n.substr(0, sizeof(buf) - k);
  std::memcpy(buf, what, k);
  std::memcpy(buf + k, n.data(), n.size());
  panic_error(g, std::string_view(buf, k + n.size()));
}

}  // namespace

uint64_t memhash(const void* pv, uint64_t n, uint64_t seed) {
  const uint8_t* p = static_cast<const uint8_t*>(pv);
  uint64_t h = seed ^ mix(seed ^ K0, n ^ K1);
  uint64_t a, b;
  if (n <= 16) {
    if (n >= 4) {
      a = (rd32(p) << 32) | rd32(p + ((n >> 3) << 2));
      b = (rd32(p + n - 4) << 32) | rd32(p + n - 4 - ((n >> 3) << 2));
    } else if (n > 0) {
      a = (uint64_t(p[0]) << 16) | (uint64_t(p[n >> 1]) << 8) | p[n - 1];
      b = 0;
    } else {
      a = b = 0;
    }
  } else {
    uint64_t i = n;
    while (i > 16) {
      h = mix(rd64(p) ^ K1, rd64(p + 8) ^ h);
      p += 16;
      i -= 16;
    }
    a = rd64(p + i - 16);
    b = rd64(p + i - 8);
  }
  return mix(K1 ^ n, mix(a ^ K1, b ^ h));
}

uint64_t hash64(uint64_t v, uint64_t seed) { return mix(v ^ K2 ^ seed, mix(seed ^ K3, K0)); }

uint64_t fastrand64() {
  static thread_local uint64_t state = 0;
  if (state == 0) {
    uint64_t s = 0;
    if (getrandom(&s, sizeof(s), 0) != sizeof(s)) {
      s = reinterpret_cast<uintptr_t>(&s) ^ __builtin_ia32_rdtsc();
    }
    state = s | 1;
  }
  state += K0;
  return mix(state, state ^ K1);
}

bool is_memory_comparable(const TypeDesc* t) {
  switch (t->kind) {
    case KindBool: case KindInt: case KindInt8: case KindInt16: case KindInt32:
    case KindInt64: case KindUint: case KindUint8: case KindUint16: case KindUint32:
    case KindUint64: case KindUintptr: case KindPointer: case KindChan:
    case KindUnsafePointer:
      return true;
    case KindArray:
      return t->elem != nullptr && is_memory_comparable(t->elem);
    case KindStruct: {
      uint64_t sum = 0;
      for (int64_t i = 0; i < t->nfields; i++) {
        const StructField& f = t->fields[i];
        if (is_blank(f) || !is_memory_comparable(f.type)) return false;
        sum += f.type->size;
      }
      return sum == t->size;  // no padding between or after fields
    }
    default:
      return false;
  }
}

bool typeeq(G* g, const TypeDesc* t, const void* x, const void* y) {
  switch (t->kind) {
    case KindBool: case KindInt8: case KindUint8:
      return *static_cast<const uint8_t*>(x) == *static_cast<const uint8_t*>(y);
    case KindInt16: case KindUint16:
      return *static_cast<const uint16_t*>(x) == *static_cast<const uint16_t*>(y);
    case KindInt32: case KindUint32:
      return *static_cast<const uint32_t*>(x) == *static_cast<const uint32_t*>(y);
    case KindInt: case KindInt64: case KindUint: case KindUint64: case KindUintptr:
    case KindPointer: case KindChan: case KindUnsafePointer: case KindMap: case KindFunc:
      return *static_cast<const uint64_t*>(x) == *static_cast<const uint64_t*>(y);
    case KindFloat32:
      return *static_cast<const float*>(x) == *static_cast<const float*>(y);
    case KindFloat64:
      return *static_cast<const double*>(x) == *static_cast<const double*>(y);
    case KindComplex64: {
      auto a = static_cast<const float*>(x), b = static_cast<const float*>(y);
      return a[0] == b[0] && a[1] == b[1];
    }
    case KindComplex128: {
      auto a = static_cast<const double*>(x), b = static_cast<const double*>(y);
      return a[0] == b[0] && a[1] == b[1];
    }
    case KindString: {
      auto a = static_cast<const String*>(x), b = static_cast<const String*>(y);
      return a->len == b->len && (a->ptr == b->ptr || std::memcmp(a->ptr, b->ptr, a->len) == 0);
    }
    case KindInterface: {
      const TypeDesc* tx = dyntype(t, x);
      const TypeDesc* ty = dyntype(t, y);
      if (tx != ty) return false;
      if (tx == nullptr) return true;
      if (!is_comparable(tx)) panic_uncomparable(g, tx, "comparing uncomparable type ");
      auto dx = static_cast<void* const*>(x) + 1, dy = static_cast<void* const*>(y) + 1;
      if (is_direct_iface(tx)) return *dx == *dy;
      return typeeq(g, tx, *dx, *dy);
    }
    case KindArray: {
      for (int64_t i = 0; i < t->len; i++) {
        uint64_t off = static_cast<uint64_t>(i) * t->elem->size;
        if (!typeeq(g, t->elem, static_cast<const uint8_t*>(x) + off,
                    static_cast<const uint8_t*>(y) + off)) {
          return false;
        }
      }
      return true;
    }
    case KindStruct: {
      for (int64_t i = 0; i < t->nfields; i++) {
        const StructField& f = t->fields[i];
        if (is_blank(f)) continue;
        if (!typeeq(g, f.type, static_cast<const uint8_t*>(x) + f.offset,
                    static_cast<const uint8_t*>(y) + f.offset)) {
          return false;
        }
      }
      return true;
    }
    default:
      panic_uncomparable(g, t, "comparing uncomparable type ");
  }
}

uint64_t typehash(G* g, const TypeDesc* t, const void* p, uint64_t seed) {
  switch (t->kind) {
    case KindFloat32: {
      float f = *static_cast<const float*>(p);
      if (f == 0) return hash64(0, seed);
      if (f != f) return hash64(fastrand64(), seed);
      uint32_t bits;
      std::memcpy(&bits, &f, 4);
      return hash64(bits, seed);
    }
    case KindFloat64: {
      double f = *static_cast<const double*>(p);
      if (f == 0) return hash64(0, seed);
      if (f != f) return hash64(fastrand64(), seed);
      uint64_t bits;
      std::memcpy(&bits, &f, 8);
      return hash64(bits, seed);
    }
    case KindComplex64: {
      auto c = static_cast<const float*>(p);
      float re = c[0], im = c[1];
      uint64_t hr = re == 0 ? 0 : re != re ? fastrand64() : std::bit_cast<uint32_t>(re);
      uint64_t hi = im == 0 ? 0 : im != im ? fastrand64() : std::bit_cast<uint32_t>(im);
      return hash64(hi, hash64(hr, seed));
    }
    case KindComplex128: {
      auto c = static_cast<const double*>(p);
      double re = c[0], im = c[1];
      uint64_t hr = re == 0 ? 0 : re != re ? fastrand64() : std::bit_cast<uint64_t>(re);
      uint64_t hi = im == 0 ? 0 : im != im ? fastrand64() : std::bit_cast<uint64_t>(im);
      return hash64(hi, hash64(hr, seed));
    }
    case KindString: {
      auto s = static_cast<const String*>(p);
      return strhash(s->ptr, s->len, seed);
    }
    case KindInterface: {
      const TypeDesc* dt = dyntype(t, p);
      if (dt == nullptr) return hash64(0, seed);
      if (!is_comparable(dt)) panic_uncomparable(g, dt, "hash of unhashable type ");
      auto d = static_cast<void* const*>(p) + 1;
      uint64_t h = hash64(reinterpret_cast<uintptr_t>(dt), seed);
      return typehash(g, dt, iface_value_ptr(dt, d), h);
    }
    case KindArray: {
      uint64_t h = seed;
      for (int64_t i = 0; i < t->len; i++) {
        h = typehash(g, t->elem, static_cast<const uint8_t*>(p) + i * t->elem->size, h);
      }
      return h;
    }
    case KindStruct: {
      uint64_t h = seed;
      for (int64_t i = 0; i < t->nfields; i++) {
        const StructField& f = t->fields[i];
        if (is_blank(f)) continue;
        h = typehash(g, f.type, static_cast<const uint8_t*>(p) + f.offset, h);
      }
      return h;
    }
    case KindSlice: case KindMap: case KindFunc:
      panic_uncomparable(g, t, "hash of unhashable type ");
    default:
      if (t->size == 8) return hash64(*static_cast<const uint64_t*>(p), seed);
      return memhash(p, t->size, seed);
  }
}

const Method* find_method(const TypeDesc* t, std::string_view name) {
  if (t == nullptr) return nullptr;
  int64_t lo = 0, hi = t->nmethods;
  while (lo < hi) {
    int64_t mid = lo + (hi - lo) / 2;
    int c = sv(t->methods[mid].name).compare(name);
    if (c == 0) return &t->methods[mid];
    if (c < 0) lo = mid + 1; else hi = mid;
  }
  return nullptr;
}

bool call_string_method(G* g, const TypeDesc* t, void* data, std::string_view name,
                        String* out) {
  const Method* m = find_method(t, name);
  if (m == nullptr || m->ifn == nullptr) return false;
  if (const TypeDesc* mt = m->mtype) {
    if (mt->nparams != 0 || mt->nresults != 1 || mt->results[0]->kind != KindString) return false;
  }
  *out = reinterpret_cast<String (*)(G*, void*)>(m->ifn)(g, data);
  return true;
}

}  // namespace mgo::rt
