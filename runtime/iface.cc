// iface.cc — itabs (how a concrete type satisfies an interface), the global itab cache,
// failed type assertions, and == on interface values.
//
// Itab construction: both method lists are sorted by name (byte-wise order, as
// std::string_view::compare), so one merge walk matches every interface method with the
// concrete type's method of the same name and signature; fun[i] gets the method's ifn.
//
// The cache (Go's itabTable) is an open-addressing table of (inter, type) -> entry,
// where an entry records either the itab or "does not implement" (negative entries make
// failed comma-ok assertions in a loop cheap). Readers are lock-free: they load the
// table pointer (acquire) and each slot (acquire); a writer, holding itab_lock, fills an
// entry completely before publishing it with a release store into an empty slot, and
// publishes a grown table the same way. Old tables are never freed (readers may still
// be walking them) — they are small and there are few of them (the table doubles).
// Itabs and entries are allocated with new: they hold code pointers and pointers to
// static descriptors only, nothing a collector must trace.
//
// Lock order: itab_lock is a leaf.
#include "runtime/iface.h"

#include <atomic>
#include <cstring>
#include <mutex>

#include "runtime/fatal.h"
#include "runtime/malloc.h"
#include "runtime/panic.h"
#include "runtime/rt.h"
#include "runtime/rtstring.h"
#include "runtime/type.h"

// Descriptors below use designated initializers; unnamed members are zero on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace mgo::rt {

// ---- the runtime's own descriptors of predeclared types it needs ----

#define MGO_STR(s) String{reinterpret_cast<const uint8_t*>(s), sizeof(s) - 1}

const TypeDesc string_type = {
    .size = 16, .align = 8, .kind = KindString,
    .flags = TypeFlagComparable | TypeFlagHasPointers, .reserved = 0,
    .name = MGO_STR("string"),
};
static const TypeDesc* const kStringResult[1] = {&string_type};
const TypeDesc func_string_type = {
    .size = 8, .align = 8, .kind = KindFunc,
    .flags = TypeFlagDirectIface | TypeFlagHasPointers, .reserved = 0,
    .name = MGO_STR("func() string"),
    .results = kStringResult, .nresults = 1,
};
const TypeDesc func_type = {
    .size = 8, .align = 8, .kind = KindFunc,
    .flags = TypeFlagDirectIface | TypeFlagHasPointers, .reserved = 0,
    .name = MGO_STR("func()"),
};
static const IMethod kErrorIMethods[1] = {{MGO_STR("Error"), &func_string_type}};
const TypeDesc error_type = {
    .size = 16, .align = 8, .kind = KindInterface,
    .flags = TypeFlagComparable | TypeFlagNamed | TypeFlagHasPointers, .reserved = 0,
    .name = MGO_STR("error"),
    .imethods = kErrorIMethods, .nimethods = 1,
};
static const IMethod kRuntimeErrorIMethods[2] = {
    {MGO_STR("Error"), &func_string_type}, {MGO_STR("RuntimeError"), &func_type}};
const TypeDesc runtime_Error_type = {
    .size = 16, .align = 8, .kind = KindInterface,
    .flags = TypeFlagComparable | TypeFlagNamed | TypeFlagHasPointers, .reserved = 0,
    .name = MGO_STR("runtime.Error"),
    .imethods = kRuntimeErrorIMethods, .nimethods = 2,
};

bool same_method_type(const TypeDesc* a, const TypeDesc* b) {
  if (a == b || a == nullptr || b == nullptr) return true;  // null: not recorded
  if ((a->flags & TypeFlagNamed) || (b->flags & TypeFlagNamed)) return false;
  return a->kind == b->kind && sv(a->name) == sv(b->name);
}

namespace {

struct ItabEntry {
  const TypeDesc* inter;
  const TypeDesc* type;
  const Itab* itab;          // null: type does not implement inter
  std::string_view missing;  // first missing method when itab is null
};

struct ItabTable {
  uint64_t size;  // power of two
  uint64_t count;
  std::atomic<ItabEntry*> slots[1];  // really `size`
};

std::mutex itab_lock;
std::atomic<ItabTable*> itab_table{nullptr};

uint64_t pair_hash(const TypeDesc* inter, const TypeDesc* t) {
  uint64_t a = reinterpret_cast<uintptr_t>(inter), b = reinterpret_cast<uintptr_t>(t);
  uint64_t h = (a >> 3) * 0x9E3779B97F4A7C15ull ^ (b >> 3) * 0xC2B2AE3D27D4EB4Full;
  return h ^ (h >> 29);
}

ItabTable* new_table(uint64_t size) {
  size_t bytes = sizeof(ItabTable) + (size - 1) * sizeof(std::atomic<ItabEntry*>);
  auto* t = static_cast<ItabTable*>(::operator new(bytes));
  t->size = size;
  t->count = 0;
  for (uint64_t i = 0; i < size; i++) new (&t->slots[i]) std::atomic<ItabEntry*>(nullptr);
  return t;
}

const ItabEntry* find(ItabTable* t, const TypeDesc* inter, const TypeDesc* type) {
  if (t == nullptr) return nullptr;
  uint64_t mask = t->size - 1;
  for (uint64_t i = pair_hash(inter, type) & mask, n = 0; n < t->size; i = (i + 1) & mask, n++) {
    // acquire pairs with the release store in add(): the entry is fully built.
    ItabEntry* e = t->slots[i].load(std::memory_order_acquire);
    if (e == nullptr) return nullptr;
    if (e->inter == inter && e->type == type) return e;
  }
  return nullptr;
}

// Inserts e; itab_lock held. The table is at most half full, so an empty slot exists.
void insert(ItabTable* t, ItabEntry* e) {
  uint64_t mask = t->size - 1;
  uint64_t i = pair_hash(e->inter, e->type) & mask;
  while (t->slots[i].load(std::memory_order_relaxed) != nullptr) i = (i + 1) & mask;
  t->slots[i].store(e, std::memory_order_release);  // pairs with find()'s acquire
  t->count++;
}

ItabEntry* build(const TypeDesc* inter, const TypeDesc* type) {
  auto* e = new ItabEntry{inter, type, nullptr, {}};
  int64_t ni = inter->nimethods;
  size_t bytes = sizeof(Itab) + (ni > 1 ? ni - 1 : 0) * sizeof(void*);
  auto* tab = static_cast<Itab*>(::operator new(bytes));
  tab->inter = inter;
  tab->type = type;
  int64_t j = 0;
  for (int64_t i = 0; i < ni; i++) {
    const IMethod& im = inter->imethods[i];
    std::string_view name = sv(im.name);
    while (j < type->nmethods && sv(type->methods[j].name) < name) j++;
    if (j >= type->nmethods || sv(type->methods[j].name) != name ||
        !same_method_type(im.mtype, type->methods[j].mtype)) {
      e->missing = name;
      ::operator delete(tab);
      return e;
    }
    tab->fun[i] = type->methods[j].ifn;
  }
  if (ni == 0) tab->fun[0] = nullptr;
  e->itab = tab;
  return e;
}

}  // namespace

const Itab* getitab(const TypeDesc* inter, const TypeDesc* type, std::string_view* missing) {
  if (type == nullptr) return nullptr;
  const ItabEntry* e = find(itab_table.load(std::memory_order_acquire), inter, type);
  if (e == nullptr) {
    std::lock_guard<std::mutex> lk(itab_lock);
    ItabTable* t = itab_table.load(std::memory_order_relaxed);
    e = find(t, inter, type);
    if (e == nullptr) {
      ItabEntry* ne = build(inter, type);
      if (t == nullptr || (t->count + 1) * 2 > t->size) {
        ItabTable* nt = new_table(t == nullptr ? 64 : t->size * 2);
        if (t != nullptr) {
          for (uint64_t i = 0; i < t->size; i++) {
            if (ItabEntry* old = t->slots[i].load(std::memory_order_relaxed)) insert(nt, old);
          }
        }
        insert(nt, ne);
        itab_table.store(nt, std::memory_order_release);  // pairs with the loads above
      } else {
        insert(t, ne);
      }
      e = ne;
    }
  }
  if (e->itab == nullptr && missing != nullptr) *missing = e->missing;
  return e->itab;
}

bool assert_eface_to_iface(const TypeDesc* inter, Eface e, Iface* out) {
  const Itab* tab = getitab(inter, e.type, nullptr);
  if (tab == nullptr) {
    *out = Iface{nullptr, nullptr};
    return false;
  }
  *out = Iface{tab, e.data};
  return true;
}

}  // namespace mgo::rt

using namespace mgo::rt;

extern "C" {

const Itab* mgo_rt_getitab(const TypeDesc* inter, const TypeDesc* type, bool canfail) {
  std::string_view missing;
  const Itab* tab = getitab(inter, type, &missing);
  if (tab == nullptr && !canfail) {
    // Compiled code asks canfail=false only where the conversion must succeed
    // (x.(I) without comma-ok): report Go's TypeAssertionError.
    mgo_rt_panicdottype(nullptr, type, inter, nullptr);
  }
  return tab;
}

bool mgo_rt_efaceeq(G* g, const TypeDesc* t, void* x, void* y) {
  if (t == nullptr) return true;
  if (!is_comparable(t)) {
    std::string_view n = name_of(t);
    char buf[256];
    static constexpr std::string_view kPre = "comparing uncomparable type ";
    if (n.size() > sizeof(buf) - kPre.size()) n = n.substr(0, sizeof(buf) - kPre.size());
    std::memcpy(buf, kPre.data(), kPre.size());
    std::memcpy(buf + kPre.size(), n.data(), n.size());
    panic_error(g, std::string_view(buf, kPre.size() + n.size()));
  }
  if (is_direct_iface(t)) return x == y;
  return typeeq(g, t, x, y);
}

bool mgo_rt_typeeq(G* g, const TypeDesc* t, const void* x, const void* y) {
  return typeeq(g, t, x, y);
}

}  // extern "C"
