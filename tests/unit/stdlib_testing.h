// stdlib_testing.h — helpers for the stdlib unit tests: hand-built TypeDescs (as the
// JIT would emit them), boxing C++ values into interfaces, calling the C++ externs.
#pragma once
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <string>
#include <vector>

#include "runtime/abi.h"

namespace mgotest {

inline String gs(const char* s) { return String{reinterpret_cast<const uint8_t*>(s), static_cast<int64_t>(strlen(s))}; }
inline String gs(const std::string& s) {
  auto* copy = new std::string(s);  // tests leak on purpose: values must outlive printing
  return String{reinterpret_cast<const uint8_t*>(copy->data()), static_cast<int64_t>(copy->size())};
}
inline std::string str(String s) { return std::string(reinterpret_cast<const char*>(s.ptr), static_cast<size_t>(s.len)); }

inline TypeDesc* newtype(uint8_t kind, const char* name, uint64_t size, uint32_t align, bool named = false) {
  auto* t = new TypeDesc{};
  t->size = size;
  t->align = align;
  t->kind = kind;
  t->name = gs(name);
  t->flags = TypeFlagComparable | (named ? TypeFlagNamed : 0);
  if (kind == KindPointer || kind == KindMap || kind == KindChan || kind == KindFunc || kind == KindUnsafePointer)
    t->flags |= TypeFlagDirectIface;
  return t;
}

struct BasicTypes {
  TypeDesc* Bool = newtype(KindBool, "bool", 1, 1);
  TypeDesc* Int = newtype(KindInt, "int", 8, 8);
  TypeDesc* Int8 = newtype(KindInt8, "int8", 1, 1);
  TypeDesc* Int32 = newtype(KindInt32, "int32", 4, 4);
  TypeDesc* Int64 = newtype(KindInt64, "int64", 8, 8);
  TypeDesc* Uint8 = newtype(KindUint8, "uint8", 1, 1);
  TypeDesc* Uint64 = newtype(KindUint64, "uint64", 8, 8);
  TypeDesc* Float32 = newtype(KindFloat32, "float32", 4, 4);
  TypeDesc* Float64 = newtype(KindFloat64, "float64", 8, 8);
  TypeDesc* Complex128 = newtype(KindComplex128, "complex128", 16, 8);
  TypeDesc* String = newtype(KindString, "string", 16, 8);
};
inline const BasicTypes& T() {
  static BasicTypes t;
  return t;
}

inline TypeDesc* slice_of(const TypeDesc* elem, const char* name) {
  TypeDesc* t = newtype(KindSlice, name, 24, 8);
  t->elem = elem;
  t->flags &= ~TypeFlagComparable;
  return t;
}
inline TypeDesc* array_of(const TypeDesc* elem, int64_t n, const char* name) {
  TypeDesc* t = newtype(KindArray, name, elem->size * static_cast<uint64_t>(n), elem->align);
  t->elem = elem;
  t->len = n;
  return t;
}
inline TypeDesc* ptr_to(const TypeDesc* elem, const char* name) {
  TypeDesc* t = newtype(KindPointer, name, 8, 8);
  t->elem = elem;
  return t;
}
inline TypeDesc* map_of(const TypeDesc* key, const TypeDesc* elem, const char* name) {
  TypeDesc* t = newtype(KindMap, name, 8, 8);
  t->key = key;
  t->elem = elem;
  return t;
}

struct FieldSpec {
  const char* name;
  const TypeDesc* type;
  bool embedded = false;
};
// A struct type with C layout; exported = the name starts with an upper-case letter.
inline TypeDesc* struct_of(const char* name, bool named, std::initializer_list<FieldSpec> fields) {
  auto* fs = new StructField[fields.size() + 1];
  uint64_t off = 0;
  uint32_t align = 1;
  size_t i = 0;
  for (const FieldSpec& f : fields) {
    off = (off + f.type->align - 1) / f.type->align * f.type->align;
    fs[i] = StructField{gs(f.name), f.type, static_cast<int64_t>(off), static_cast<uint8_t>(f.embedded),
                        static_cast<uint8_t>(f.name[0] >= 'A' && f.name[0] <= 'Z')};
    off += f.type->size;
    if (f.type->align > align) align = f.type->align;
    i++;
  }
  off = (off + align - 1) / align * align;
  TypeDesc* t = newtype(KindStruct, name, off, align, named);
  t->fields = fs;
  t->nfields = static_cast<int64_t>(fields.size());
  return t;
}

// func() string, the signature of Error and String.
inline const TypeDesc* func_string() {
  static TypeDesc* t = [] {
    TypeDesc* f = newtype(KindFunc, "func() string", 8, 8);
    static const TypeDesc* results[] = {T().String};
    f->results = results;
    f->nresults = 1;
    return f;
  }();
  return t;
}
inline void set_methods(TypeDesc* t, std::initializer_list<Method> ms) {
  auto* arr = new Method[ms.size()];
  size_t i = 0;
  for (const Method& m : ms) arr[i++] = m;
  t->methods = arr;
  t->nmethods = static_cast<int64_t>(ms.size());
}
inline Method string_method(const char* name, String (*fn)(G*, void*)) {
  return Method{gs(name), func_string(), reinterpret_cast<void*>(fn)};
}

// The error interface type and an itab for a concrete type implementing it.
inline const TypeDesc* error_type() {
  static TypeDesc* t = [] {
    TypeDesc* e = newtype(KindInterface, "error", 16, 8, true);
    static IMethod im[] = {IMethod{gs("Error"), func_string()}};
    e->imethods = im;
    e->nimethods = 1;
    return e;
  }();
  return t;
}
inline const Itab* error_itab(const TypeDesc* concrete) {
  auto* tab = new Itab{error_type(), concrete, {nullptr}};
  for (int64_t i = 0; i < concrete->nmethods; i++)
    if (str(concrete->methods[i].name) == "Error") tab->fun[0] = concrete->methods[i].ifn;
  return tab;
}

// Boxes a C++ value of Go type t into an interface, as compiled code would.
template <class V>
Eface box(const TypeDesc* t, const V& v) {
  if (t->flags & TypeFlagDirectIface) {
    void* w;
    static_assert(sizeof(V) == sizeof(void*) || true);
    memcpy(&w, &v, sizeof(void*));
    return Eface{t, w};
  }
  void* p = calloc(1, sizeof(V) < 16 ? 16 : sizeof(V));
  memcpy(p, &v, sizeof(V));
  return Eface{t, p};
}
inline Eface nil_eface() { return Eface{nullptr, nullptr}; }

}  // namespace mgotest
