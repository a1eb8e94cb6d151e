// universe.cc — the universe scope and package unsafe (spec "Predeclared identifiers").
#include <memory>

#include "frontend/package.h"
#include "frontend/scope.h"
#include "frontend/types.h"

namespace mgo::fe {

namespace {

template <class T> T* leak() { return new T(); }  // universe objects live forever

void defType(Scope* s, const char* name, Type* t, bool alias = false) {
  auto* o = leak<TypeName>();
  o->name = name;
  o->type = t;
  o->isAlias = alias;
  s->insert(o);
}

void defBuiltin(Scope* s, const char* name, BuiltinId id, Package* pkg = nullptr) {
  auto* o = leak<Builtin>();
  o->name = name;
  o->id = id;
  o->pkg = pkg;
  o->type = invalidType();
  s->insert(o);
}

Scope* buildUniverse() {
  auto* s = new Scope();
  struct { const char* n; BasicKind k; } basics[] = {
      {"bool", BasicKind::Bool},       {"int", BasicKind::Int},
      {"int8", BasicKind::Int8},       {"int16", BasicKind::Int16},
      {"int32", BasicKind::Int32},     {"int64", BasicKind::Int64},
      {"uint", BasicKind::Uint},       {"uint8", BasicKind::Uint8},
      {"uint16", BasicKind::Uint16},   {"uint32", BasicKind::Uint32},
      {"uint64", BasicKind::Uint64},   {"uintptr", BasicKind::Uintptr},
      {"float32", BasicKind::Float32}, {"float64", BasicKind::Float64},
      {"complex64", BasicKind::Complex64}, {"complex128", BasicKind::Complex128},
      {"string", BasicKind::String},
  };
  for (auto& b : basics) defType(s, b.n, basicType(b.k));
  defType(s, "byte", basicType(BasicKind::Uint8), true);
  defType(s, "rune", basicType(BasicKind::Int32), true);

  // type error interface { Error() string }
  auto* errObj = leak<TypeName>();
  errObj->name = "error";
  Type* errT = newNamed(errObj, nullptr);
  errObj->type = errT;
  auto* errM = leak<Func>();
  errM->name = "Error";
  errM->type = newSignature(emptyTuple(), newTuple(std::vector<Type*>{basicType(BasicKind::String)}), false);
  InterfaceMethod im;
  im.name = "Error";
  im.sig = errM->type;
  im.obj = errM;
  // A distinct interface node for error's underlying (so interface{ Error() string }
  // written by users is identical to it, as in Go).
  errT->underlying_ = newInterface({im}, {});
  s->insert(errObj);

  auto defConst = [&](const char* n, BasicKind k, Value v) {
    auto* c = leak<Const>();
    c->name = n;
    c->type = basicType(k);
    c->val = std::move(v);
    s->insert(c);
  };
  defConst("true", BasicKind::UntypedBool, Value::makeBool(true));
  defConst("false", BasicKind::UntypedBool, Value::makeBool(false));
  defConst("iota", BasicKind::UntypedInt, Value::makeInt64(0));
  auto* nil = leak<Nil>();
  nil->name = "nil";
  nil->type = basicType(BasicKind::UntypedNil);
  s->insert(nil);

  defBuiltin(s, "append", BuiltinId::Append);
  defBuiltin(s, "cap", BuiltinId::Cap);
  defBuiltin(s, "close", BuiltinId::Close);
  defBuiltin(s, "complex", BuiltinId::Complex);
  defBuiltin(s, "copy", BuiltinId::Copy);
  defBuiltin(s, "delete", BuiltinId::Delete);
  defBuiltin(s, "imag", BuiltinId::Imag);
  defBuiltin(s, "len", BuiltinId::Len);
  defBuiltin(s, "make", BuiltinId::Make);
  defBuiltin(s, "new", BuiltinId::New);
  defBuiltin(s, "panic", BuiltinId::Panic);
  defBuiltin(s, "print", BuiltinId::Print);
  defBuiltin(s, "println", BuiltinId::Println);
  defBuiltin(s, "real", BuiltinId::Real);
  defBuiltin(s, "recover", BuiltinId::Recover);
  return s;
}

}  // namespace

Scope* universe() {
  static Scope* u = buildUniverse();
  return u;
}

Package* unsafePackage() {
  static Package* p = [] {
    auto* pkg = new Package();
    pkg->path = "unsafe";
    pkg->name = "unsafe";
    pkg->scope = new Scope();
    pkg->scope->isPackage = true;
    auto* o = new TypeName();
    o->name = "Pointer";
    o->type = basicType(BasicKind::UnsafePointer);
    o->pkg = pkg;
    pkg->scope->insert(o);
    defBuiltin(pkg->scope, "Sizeof", BuiltinId::Sizeof, pkg);
    defBuiltin(pkg->scope, "Alignof", BuiltinId::Alignof, pkg);
    defBuiltin(pkg->scope, "Offsetof", BuiltinId::Offsetof, pkg);
    return pkg;
  }();
  return p;
}

}  // namespace mgo::fe
