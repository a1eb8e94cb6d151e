// map.h — Go maps (runtime/map.cc): the table layout, for the runtime and its tests.
// Compiled code and stdlib use the mgo_rt_map* entry points of rt.h only.
#pragma once
#include <cstdint>

#include "runtime/abi.h"

namespace mgo::rt {

// How a map's keys are hashed and compared, chosen once at makemap from the key type.
enum class KeyAlg : uint8_t {
  U64,      // 8-byte memory-comparable keys (int, int64, uint64, pointers, chans)
  U32,      // 4-byte memory-comparable keys (int32, uint32, rune)
  String,   // string keys
  Mem,      // other memory-comparable keys (no floats, strings, interfaces, padding)
  Generic,  // anything else: typehash/typeeq (floats, interfaces, structs with those)
};

// One generation of storage. Entries are appended in insertion order into a dense
// array; the index maps hash positions to entries (open addressing, linear probing,
// at most half full). A table is never modified after it is replaced by a bigger or
// compacted one, so iterators that started on it keep walking it safely.
struct MapTable {
  uint64_t cap;       // entry slots (power of two, >= 8)
  uint64_t used;      // entry slots consumed (live + deleted); new entries go at `used`
  uint64_t imask;     // index slots - 1 (index has 2*cap slots)
  uint32_t* index;    // 0 = empty, else entry number + 1
  uint8_t* entries;   // cap * stride bytes; entry: {uint64 meta; key; value}
};

struct Hmap {
  int64_t count;              // live entries: len(m)
  uint32_t flags;             // kHashWriting while an assign/delete runs
  KeyAlg alg;
  uint64_t seed;              // per-map hash seed (random)
  const TypeDesc* maptype;
  uint32_t keysize;
  uint32_t valoff;            // value offset within an entry
  uint32_t stride;            // entry size (multiple of 8)
  MapTable* tab;
  void* zero;                 // zero value for mapaccess1 when the value is large
};

// Entry meta word: 0 = deleted (or never written), else the key's hash with bit 0 set.
constexpr uint32_t kHashWriting = 1;

}  // namespace mgo::rt
