// iface.h — interface tables and type assertions for runtime and stdlib C++ code
// (runtime/iface.cc). Compiled code uses the rt.h entry points.
#pragma once
#include <string_view>

#include "runtime/abi.h"

namespace mgo::rt {

// The itab for (inter, t), built once and cached; null when t does not implement inter
// (and *missing, if given, gets the first missing method's name). Lock-free after the
// first lookup of a pair. inter must be a non-empty interface type; t a concrete type.
const Itab* getitab(const TypeDesc* inter, const TypeDesc* t, std::string_view* missing);

// Converts e to a value of non-empty interface type inter, as x.(I) with comma-ok:
// false (and *out zeroed) when e is nil or its type does not implement inter.
bool assert_eface_to_iface(const TypeDesc* inter, Eface e, Iface* out);

// Two func types (method signatures) are identical: same descriptor, or unnamed func
// types with the same spelling (jit/ and the runtime may each emit `func() string`).
bool same_method_type(const TypeDesc* a, const TypeDesc* b);

}  // namespace mgo::rt
