// map.cc — Go maps: a compact hash table (dense insertion-ordered entries + an open
// addressing index), with Go's semantics.
//
// Semantics kept (Go spec and runtime/map.go):
//   - iteration order is randomized at every range start: the iterator visits the entry
//     slots in the order (start + k*step) mod cap with random start and odd step, a
//     permutation of all slots;
//   - iteration is safe while the loop body inserts and deletes: a deleted entry not yet
//     reached is not produced (its meta word is cleared in place), an inserted one may or
//     may not be (it is appended at `used`, which the permutation may or may not reach),
//     no entry is produced twice (slots are visited once);
//   - when an insert needs a new table (grow or compaction), the old table is left
//     untouched and iterators keep walking it, checking each key against the current
//     table (skip if deleted since; yield the current value) — Go's "oldbucket" rule;
//     keys that are not equal to themselves (NaN) are yielded from the old table as is;
//   - NaN keys: every insert adds an entry, lookups never find them (hash is random);
//     +0 and -0 are the same key; assigning to an existing float/string/interface key
//     stores the new key bytes (Go's needkeyupdate);
//   - interface keys hash by dynamic type and value; an unhashable dynamic type panics
//     "runtime error: hash of unhashable type []int", even on a nil map;
//   - assignment to a nil map panics "assignment to entry in nil map"; reads and
//     deletes on a nil map are no-ops returning zero values;
//   - a write during another write is the fatal error "concurrent map writes", a read
//     during a write "concurrent map read and map write" (best effort, as Go).
//
// Entry layout: {uint64 meta; key at 8; value at valoff}, stride a multiple of 8. meta is
// hash|1 for live entries, 0 for deleted ones; the index position of a hash is
// (meta >> 1) & imask. Deletion clears the entry (so a collector does not retain what
// it pointed to) and removes its index slot by backward-shift (no tombstones in the
// index). Deleted entry slots are reclaimed when the table is rebuilt.
//
// Growth: when used == cap, the live entries are copied into a new table of
// cap = max(8, 2 * next_pow2(count)) (so a table half full of deletions is compacted in
// place instead of doubled).
//
// Every table, index and entry array comes from mallocgc: all keys and values are
// reachable through plain pointers from the Hmap (DESIGN.md).
#include "runtime/map.h"

#include <cstring>

#include "runtime/fatal.h"
#include "runtime/malloc.h"
#include "runtime/panic.h"
#include "runtime/rt.h"
#include "runtime/type.h"

namespace mgo::rt {

namespace {

constexpr uint64_t kMinCap = 8;
constexpr uint64_t kMaxHintCap = uint64_t(1) << 24;
alignas(16) const uint8_t kZeroVal[1024] = {};

KeyAlg choose_alg(const TypeDesc* k) {
  if (k->kind == KindString) return KeyAlg::String;
  if (is_memory_comparable(k)) {
    if (k->size == 8) return KeyAlg::U64;
    if (k->size == 4) return KeyAlg::U32;
    return KeyAlg::Mem;
  }
  return KeyAlg::Generic;
}

inline uint64_t keyhash(G* g, KeyAlg alg, const TypeDesc* kt, const void* key, uint64_t seed) {
  switch (alg) {
    case KeyAlg::U64: {
      uint64_t v;
      std::memcpy(&v, key, 8);
      return hash64(v, seed);
    }
    case KeyAlg::U32: {
      uint32_t v;
      std::memcpy(&v, key, 4);
      return hash64(v, seed);
    }
    case KeyAlg::String: {
      auto s = static_cast<const String*>(key);
      return strhash(s->ptr, s->len, seed);
    }
    case KeyAlg::Mem:
      return memhash(key, kt->size, seed);
    case KeyAlg::Generic:
      return typehash(g, kt, key, seed);
  }
  return 0;
}

inline bool keyeq(G* g, KeyAlg alg, const TypeDesc* kt, const void* a, const void* b) {
  switch (alg) {
    case KeyAlg::U64: return std::memcmp(a, b, 8) == 0;
    case KeyAlg::U32: return std::memcmp(a, b, 4) == 0;
    case KeyAlg::String: {
      auto x = static_cast<const String*>(a), y = static_cast<const String*>(b);
      return x->len == y->len && (x->ptr == y->ptr || std::memcmp(x->ptr, y->ptr, x->len) == 0);
    }
    case KeyAlg::Mem: return std::memcmp(a, b, kt->size) == 0;
    case KeyAlg::Generic: return typeeq(g, kt, a, b);
  }
  return false;
}

inline uint64_t& meta_of(uint8_t* ent) { return *reinterpret_cast<uint64_t*>(ent); }
inline uint8_t* entry(const Hmap* h, const MapTable* t, uint64_t i) {
  return t->entries + i * h->stride;
}

MapTable* new_table(const Hmap* h, uint64_t cap) {
  auto* t = static_cast<MapTable*>(mallocgc(sizeof(MapTable)));
  t->cap = cap;
  t->used = 0;
  t->imask = 2 * cap - 1;
  t->index = static_cast<uint32_t*>(mallocgc(2 * cap * sizeof(uint32_t)));
  t->entries = static_cast<uint8_t*>(mallocgc(cap * h->stride));
  return t;
}

// Finds the index slot holding key, or returns false with *slot = first empty slot.
bool lookup(G* g, const Hmap* h, const MapTable* t, const void* key, uint64_t meta,
            uint64_t* slot) {
  const TypeDesc* kt = h->maptype->key;
  for (uint64_t i = (meta >> 1) & t->imask;; i = (i + 1) & t->imask) {
    uint32_t e = t->index[i];
    if (e == 0) {
      *slot = i;
      return false;
    }
    uint8_t* ent = entry(h, t, e - 1);
    if (meta_of(ent) == meta && keyeq(g, h->alg, kt, ent + 8, key)) {
      *slot = i;
      return true;
    }
  }
}

// Appends an entry for (meta, key) to t, which has room; returns the entry.
uint8_t* append_entry(const Hmap* h, MapTable* t, uint64_t slot, uint64_t meta, const void* key) {
  uint64_t n = t->used++;
  uint8_t* ent = entry(h, t, n);
  meta_of(ent) = meta;
  std::memcpy(ent + 8, key, h->keysize);
  t->index[slot] = static_cast<uint32_t>(n + 1);
  return ent;
}

void rebuild(G* g, Hmap* h) {
  MapTable* old = h->tab;
  uint64_t cap = kMinCap;
  while (cap < 2 * static_cast<uint64_t>(h->count)) cap *= 2;
  if (cap > (uint64_t(1) << 31)) throw_("runtime: map too large");
  MapTable* t = new_table(h, cap);
  if (old != nullptr) {
    for (uint64_t i = 0; i < old->used; i++) {
      uint8_t* src = entry(h, old, i);
      uint64_t meta = meta_of(src);
      if (meta == 0) continue;
      uint64_t s = (meta >> 1) & t->imask;
      while (t->index[s] != 0) s = (s + 1) & t->imask;
      uint64_t n = t->used++;
      std::memcpy(entry(h, t, n), src, h->stride);
      t->index[s] = static_cast<uint32_t>(n + 1);
    }
  }
  h->tab = t;  // old is left as it was: iterators may still walk it
}

bool needkeyupdate(KeyAlg alg) { return alg == KeyAlg::String || alg == KeyAlg::Generic; }

void hash_for_panic(G* g, const TypeDesc* maptype, const void* key) {
  // Go hashes the key even when the map is nil or empty, so an unhashable interface
  // key panics regardless.
  const TypeDesc* kt = maptype->key;
  if (choose_alg(kt) == KeyAlg::Generic) (void)typehash(g, kt, key, 0);
}

void* zero_value(const Hmap* h, const TypeDesc* maptype) {
  uint64_t vs = maptype->elem->size;
  if (vs <= sizeof(kZeroVal)) return const_cast<uint8_t*>(kZeroVal);
  if (h != nullptr && h->zero != nullptr) return h->zero;
  return mallocgc(vs);
}

// Iterator state words (MapIter::state).
enum { kItMap, kItTab, kItStart, kItStep, kItK };

}  // namespace

}  // namespace mgo::rt

using namespace mgo::rt;

extern "C" {

void* mgo_rt_makemap(G* g, const TypeDesc* maptype, int64_t hint) {
  auto* h = static_cast<Hmap*>(mallocgc(sizeof(Hmap)));
  const TypeDesc* kt = maptype->key;
  const TypeDesc* vt = maptype->elem;
  h->count = 0;
  h->flags = 0;
  h->alg = choose_alg(kt);
  h->seed = fastrand64();
  h->maptype = maptype;
  h->keysize = static_cast<uint32_t>(kt->size);
  uint64_t valign = vt->align > 0 ? vt->align : 1;
  uint64_t valoff = (8 + kt->size + valign - 1) & ~(valign - 1);
  h->valoff = static_cast<uint32_t>(valoff);
  h->stride = static_cast<uint32_t>((valoff + vt->size + 7) & ~uint64_t(7));
  h->zero = vt->size > sizeof(kZeroVal) ? mallocgc(vt->size) : nullptr;
  uint64_t cap = kMinCap;
  uint64_t want = hint <= 0 ? 0 : static_cast<uint64_t>(hint);
  if (want > kMaxHintCap) want = kMaxHintCap;
  while (cap < want) cap *= 2;
  h->tab = new_table(h, cap);
  return h;
}

void* mgo_rt_mapaccess1(G* g, const TypeDesc* maptype, void* m, const void* key) {
  bool ok;
  return mgo_rt_mapaccess2(g, maptype, m, key, &ok);
}

void* mgo_rt_mapaccess2(G* g, const TypeDesc* maptype, void* m, const void* key, bool* ok) {
  auto* h = static_cast<Hmap*>(m);
  if (h == nullptr || h->count == 0) {
    hash_for_panic(g, maptype, key);
    *ok = false;
    return zero_value(h, maptype);
  }
  if (h->flags & kHashWriting) fatal("concurrent map read and map write");
  uint64_t meta = keyhash(g, h->alg, maptype->key, key, h->seed) | 1;
  uint64_t slot;
  MapTable* t = h->tab;
  if (lookup(g, h, t, key, meta, &slot)) {
    *ok = true;
    return entry(h, t, t->index[slot] - 1) + h->valoff;
  }
  *ok = false;
  return zero_value(h, maptype);
}

void* mgo_rt_mapassign(G* g, const TypeDesc* maptype, void* m, const void* key) {
  auto* h = static_cast<Hmap*>(m);
  if (h == nullptr) mgo_rt_panicnilmap(g);
  uint64_t meta = keyhash(g, h->alg, maptype->key, key, h->seed) | 1;
  if (h->flags & kHashWriting) fatal("concurrent map writes");
  h->flags ^= kHashWriting;
  uint64_t slot;
  MapTable* t = h->tab;
  uint8_t* ent;
  if (lookup(g, h, t, key, meta, &slot)) {
    ent = entry(h, t, t->index[slot] - 1);
    if (needkeyupdate(h->alg)) std::memcpy(ent + 8, key, h->keysize);
  } else {
    if (t->used == t->cap) {
      rebuild(g, h);
      t = h->tab;
      lookup(g, h, t, key, meta, &slot);  // not found: gives the empty slot
    }
    ent = append_entry(h, t, slot, meta, key);
    h->count++;
  }
  if (!(h->flags & kHashWriting)) fatal("concurrent map writes");
  h->flags &= ~kHashWriting;
  return ent + h->valoff;
}

void mgo_rt_mapdelete(G* g, const TypeDesc* maptype, void* m, const void* key) {
  auto* h = static_cast<Hmap*>(m);
  if (h == nullptr || h->count == 0) {
    hash_for_panic(g, maptype, key);
    return;
  }
  uint64_t meta = keyhash(g, h->alg, maptype->key, key, h->seed) | 1;
  if (h->flags & kHashWriting) fatal("concurrent map writes");
  h->flags ^= kHashWriting;
  MapTable* t = h->tab;
  uint64_t i;
  if (lookup(g, h, t, key, meta, &i)) {
    uint8_t* ent = entry(h, t, t->index[i] - 1);
    std::memset(ent, 0, h->stride);  // meta = 0: deleted; key/value cleared
    h->count--;
    // Backward-shift deletion: move later members of the probe run into the hole when
    // their home position is not after the hole (cyclically).
    uint64_t mask = t->imask;
    for (uint64_t j = i;;) {
      j = (j + 1) & mask;
      uint32_t e = t->index[j];
      if (e == 0) break;
      uint64_t home = (meta_of(entry(h, t, e - 1)) >> 1) & mask;
      bool movable = (j > i) ? (home <= i || home > j) : (home <= i && home > j);
      if (movable) {
        t->index[i] = e;
        i = j;
      }
    }
    t->index[i] = 0;
  }
  if (!(h->flags & kHashWriting)) fatal("concurrent map writes");
  h->flags &= ~kHashWriting;
}

int64_t mgo_rt_maplen(void* m) {
  auto* h = static_cast<Hmap*>(m);
  return h == nullptr ? 0 : h->count;
}

void mgo_rt_mapiterinit(G* g, const TypeDesc* maptype, void* m, MapIter* it) {
  auto* h = static_cast<Hmap*>(m);
  it->key = nullptr;
  it->val = nullptr;
  std::memset(it->state, 0, sizeof(it->state));
  if (h == nullptr || h->count == 0) return;
  MapTable* t = h->tab;
  uint64_t r = fastrand64();
  it->state[kItMap] = reinterpret_cast<uintptr_t>(h);
  it->state[kItTab] = reinterpret_cast<uintptr_t>(t);
  it->state[kItStart] = r & (t->cap - 1);
  it->state[kItStep] = ((r >> 32) * 2 + 1) & (t->cap - 1);
  it->state[kItK] = 0;
  mgo_rt_mapiternext(it);
}

void mgo_rt_mapiternext(MapIter* it) {
  auto* h = reinterpret_cast<Hmap*>(it->state[kItMap]);
  if (h == nullptr) {
    it->key = it->val = nullptr;
    return;
  }
  auto* t = reinterpret_cast<MapTable*>(it->state[kItTab]);
  uint64_t mask = t->cap - 1;
  while (it->state[kItK] < t->cap) {
    uint64_t pos = (it->state[kItStart] + it->state[kItK] * it->state[kItStep]) & mask;
    it->state[kItK]++;
    if (pos >= t->used) continue;
    uint8_t* ent = entry(h, t, pos);
    uint64_t meta = meta_of(ent);
    if (meta == 0) continue;
    if (t != h->tab) {
      // The map moved to a new table since this iteration started: yield the entry
      // only if its key is still present, with its current value.
      const TypeDesc* kt = h->maptype->key;
      if (keyeq(nullptr, h->alg, kt, ent + 8, ent + 8)) {
        MapTable* cur = h->tab;
        uint64_t slot;
        if (!lookup(nullptr, h, cur, ent + 8, meta, &slot)) continue;
        it->key = ent + 8;
        it->val = entry(h, cur, cur->index[slot] - 1) + h->valoff;
        return;
      }
    }
    it->key = ent + 8;
    it->val = ent + h->valoff;
    return;
  }
  it->key = it->val = nullptr;
  it->state[kItMap] = 0;
}

}  // extern "C"
