// type.h — generic operations over TypeDesc: equality, hashing, names, method lookup.
//
// Compiled code compares and hashes most values inline; these helpers serve the cases
// it cannot: interface values (the dynamic type decides), map keys of any type, and
// stdlib code (fmt, reflect-like helpers) that walks values by their descriptor.
//
// Go semantics kept here (spec "Comparison operators"):
//   - floats: +0 == -0 (same hash), NaN != NaN (and each NaN hashes randomly, so every
//     NaN key inserted is a new map entry, as in Go);
//   - structs compare field by field, skipping blank (_) fields; arrays element-wise;
//   - interfaces: equal when both nil, or same dynamic type and equal values; a dynamic
//     type that is not comparable panics "runtime error: comparing uncomparable type T"
//     (== ) or "runtime error: hash of unhashable type T" (map key).
#pragma once
#include <cstdint>
#include <string_view>

#include "runtime/abi.h"

namespace mgo::rt {

inline std::string_view name_of(const TypeDesc* t) {
  return std::string_view(reinterpret_cast<const char*>(t->name.ptr),
                          static_cast<size_t>(t->name.len));
}
inline std::string_view sv(String s) {
  return std::string_view(reinterpret_cast<const char*>(s.ptr), static_cast<size_t>(s.len));
}
inline bool is_direct_iface(const TypeDesc* t) { return (t->flags & TypeFlagDirectIface) != 0; }
inline bool is_comparable(const TypeDesc* t) { return (t->flags & TypeFlagComparable) != 0; }

// The value an interface holds: its address, whether direct (the data word itself is
// the value) or boxed (data points to the value).
inline const void* iface_value_ptr(const TypeDesc* t, void* const* dataword) {
  return is_direct_iface(t) ? static_cast<const void*>(dataword) : *dataword;
}

// == on two values of type t at x and y. Panics (Go panic on g) for an interface holding
// an uncomparable dynamic type. t itself must be comparable (the compiler checked).
bool typeeq(G* g, const TypeDesc* t, const void* x, const void* y);

// Hash of the value of type t at p with seed; consistent with typeeq. Panics "hash of
// unhashable type T" for an interface holding an unhashable dynamic type.
uint64_t typehash(G* g, const TypeDesc* t, const void* p, uint64_t seed);

// Byte-string hash (used for strings and memory-comparable keys).
uint64_t memhash(const void* p, uint64_t n, uint64_t seed);
inline uint64_t strhash(const uint8_t* p, int64_t n, uint64_t seed) {
  return memhash(p, static_cast<uint64_t>(n), seed);
}
// Hash of one 64-bit word.
uint64_t hash64(uint64_t v, uint64_t seed);

// True when values of t are equal exactly when their bytes are (no floats, strings,
// interfaces or padding inside): such keys hash and compare as raw memory.
bool is_memory_comparable(const TypeDesc* t);

// A cheap per-thread random number (wyrand); seeded from the OS once per thread.
uint64_t fastrand64();

// The method named `name` in t's method set, or null. Methods are sorted by name.
const Method* find_method(const TypeDesc* t, std::string_view name);

// If the dynamic type t has method `name` of type func() string (Error, String), calls it
// on data (the interface data word) and stores the result in *out. fmt uses this to
// honour error and fmt.Stringer; the panic printer uses it as Go's preprintpanics.
bool call_string_method(G* g, const TypeDesc* t, void* data, std::string_view name,
                        String* out);

}  // namespace mgo::rt
