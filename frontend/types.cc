// types.cc — construction (interning), printing and predicates of Go types (types.h).
//
// Interning: every unnamed composite type is looked up in a global table keyed by a string
// made of its kind and the addresses (or values) of its components. Components are
// themselves canonical, so structural identity reduces to pointer identity. The table
// and all types live until process exit.
#include "frontend/types.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "frontend/package.h"

namespace mgo::fe {

namespace {

std::mutex gMu;
std::unordered_map<std::string, Type*>& table() {
  static auto* t = new std::unordered_map<std::string, Type*>();
  return *t;
}

std::string ptrKey(const void* p) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%p,", p);
  return buf;
}

Type* intern(const std::string& key, const std::function<Type*()>& make) {
  std::lock_guard<std::mutex> g(gMu);
  auto it = table().find(key);
  if (it != table().end()) return it->second;
  Type* t = make();
  table()[key] = t;
  return t;
}

struct BasicInfo {
  BasicKind k;
  const char* name;
};
const BasicInfo kBasics[] = {
    {BasicKind::Invalid, "invalid type"},  {BasicKind::Bool, "bool"},
    {BasicKind::Int, "int"},               {BasicKind::Int8, "int8"},
    {BasicKind::Int16, "int16"},           {BasicKind::Int32, "int32"},
    {BasicKind::Int64, "int64"},           {BasicKind::Uint, "uint"},
    {BasicKind::Uint8, "uint8"},           {BasicKind::Uint16, "uint16"},
    {BasicKind::Uint32, "uint32"},         {BasicKind::Uint64, "uint64"},
    {BasicKind::Uintptr, "uintptr"},       {BasicKind::Float32, "float32"},
    {BasicKind::Float64, "float64"},       {BasicKind::Complex64, "complex64"},
    {BasicKind::Complex128, "complex128"}, {BasicKind::String, "string"},
    {BasicKind::UnsafePointer, "unsafe.Pointer"},
    {BasicKind::UntypedBool, "untyped bool"},
    {BasicKind::UntypedInt, "untyped int"},
    {BasicKind::UntypedRune, "untyped rune"},
    {BasicKind::UntypedFloat, "untyped float"},
    {BasicKind::UntypedComplex, "untyped complex"},
    {BasicKind::UntypedString, "untyped string"},
    {BasicKind::UntypedNil, "untyped nil"},
};
constexpr int kNumBasics = sizeof(kBasics) / sizeof(kBasics[0]);

Type** basicTable() {
  static Type** tab = [] {
    auto** t = new Type*[kNumBasics];
    for (int i = 0; i < kNumBasics; i++) {
      t[i] = new Type(TypeKind::Basic);
      t[i]->basic = kBasics[i].k;
      t[i]->basicName = kBasics[i].name;
    }
    return t;
  }();
  return tab;
}

bool isExportedName(const std::string& n) {
  if (n.empty()) return false;
  unsigned char c = n[0];
  if (c >= 'A' && c <= 'Z') return true;
  if (c < 0x80) return false;
  // Unicode upper-case letters: decode a few common ranges (Latin-1 / Greek / Cyrillic).
  uint32_t cp = 0;
  if ((c & 0xE0) == 0xC0 && n.size() >= 2) cp = ((c & 0x1F) << 6) | (n[1] & 0x3F);
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return true;
  if (cp >= 0x391 && cp <= 0x3A9) return true;
  if (cp >= 0x410 && cp <= 0x42F) return true;
  return false;
}

}  // namespace

bool TypeField::exported() const { return isExportedName(name); }
bool Object::exported() const { return isExportedName(name); }

Type* basicType(BasicKind k) { return basicTable()[int(k)]; }
Type* invalidType() { return basicType(BasicKind::Invalid); }

Type* newPointer(Type* elem) {
  return intern("P" + ptrKey(elem), [&] {
    Type* t = new Type(TypeKind::Pointer);
    t->elem = elem;
    return t;
  });
}
Type* newSlice(Type* elem) {
  return intern("S" + ptrKey(elem), [&] {
    Type* t = new Type(TypeKind::Slice);
    t->elem = elem;
    return t;
  });
}
Type* newArray(Type* elem, int64_t len) {
  return intern("A" + std::to_string(len) + "," + ptrKey(elem), [&] {
    Type* t = new Type(TypeKind::Array);
    t->elem = elem;
    t->len = len;
    return t;
  });
}
Type* newMap(Type* key, Type* elem) {
  return intern("M" + ptrKey(key) + ptrKey(elem), [&] {
    Type* t = new Type(TypeKind::Map);
    t->key = key;
    t->elem = elem;
    return t;
  });
}
Type* newChan(Type* elem, ChanDirection dir) {
  return intern("C" + std::to_string(int(dir)) + ptrKey(elem), [&] {
    Type* t = new Type(TypeKind::Chan);
    t->elem = elem;
    t->dir = dir;
    return t;
  });
}
Type* newStruct(std::vector<TypeField> fields) {
  std::string key = "T";
  for (auto& f : fields) {
    key += f.name + "|" + ptrKey(f.type) + (f.embedded ? "E" : "") + std::to_string(f.tag.size()) +
           ":" + f.tag + (f.exported() ? std::string() : ptrKey(f.pkg)) + ";";
  }
  return intern(key, [&] {
    Type* t = new Type(TypeKind::Struct);
    t->fields = std::move(fields);
    return t;
  });
}
Type* newTuple(std::vector<Type*> elems) {
  std::string key = "U";
  for (Type* e : elems) key += ptrKey(e);
  return intern(key, [&] {
    Type* t = new Type(TypeKind::Tuple);
    t->elems = std::move(elems);
    return t;
  });
}
Type* emptyTuple() { return newTuple({}); }
Type* newSignature(Type* params, Type* results, bool variadic) {
  if (!params || params->kind != TypeKind::Tuple) params = params ? newTuple({params}) : emptyTuple();
  if (!results || results->kind != TypeKind::Tuple) results = results ? newTuple({results}) : emptyTuple();
  return intern("F" + ptrKey(params) + ptrKey(results) + (variadic ? "V" : ""), [&] {
    Type* t = new Type(TypeKind::Signature);
    t->params = params;
    t->results = results;
    t->variadic = variadic;
    return t;
  });
}
Type* newSignature(std::vector<Type*> params, std::vector<Type*> results, bool variadic) {
  return newSignature(newTuple(std::move(params)), newTuple(std::move(results)), variadic);
}

Type* newInterface(std::vector<InterfaceMethod> explicitMethods, std::vector<Type*> embeddeds,
                   std::string* dupName) {
  std::map<std::string, InterfaceMethod> set;
  for (auto& m : explicitMethods) {
    auto [it, ok] = set.emplace(m.name, m);
    if (!ok) {
      if (dupName) *dupName = m.name;
      return nullptr;
    }
  }
  for (Type* e : embeddeds) {
    Type* u = underlying(e);
    if (!u || u->kind != TypeKind::Interface) continue;
    for (auto& m : u->methodSet) {
      auto [it, ok] = set.emplace(m.name, m);
      if (!ok && it->second.sig != m.sig) {
        if (dupName) *dupName = m.name;
        return nullptr;
      }
    }
  }
  std::vector<InterfaceMethod> ms;
  std::string key = "I";
  for (auto& [n, m] : set) {
    ms.push_back(m);
    key += n + "|" + ptrKey(m.sig) + (isExportedName(n) ? std::string() : ptrKey(m.pkg)) + ";";
  }
  // Interfaces with the same method set are identical; the first one made keeps its
  // source form (explicitMethods/embeddeds) for printing.
  return intern(key, [&] {
    Type* t = new Type(TypeKind::Interface);
    t->methodSet = std::move(ms);
    t->explicitMethods = std::move(explicitMethods);
    t->embeddeds = std::move(embeddeds);
    return t;
  });
}
Type* emptyInterface() { return newInterface({}, {}); }

Type* newNamed(TypeName* obj, Type* under) {
  Type* t = new Type(TypeKind::Named);
  t->obj = obj;
  t->underlying_ = under;
  return t;
}

Type* underlying(const Type* t) {
  if (!t) return invalidType();
  if (t->kind == TypeKind::Named) return t->underlying_ ? t->underlying_ : invalidType();
  return const_cast<Type*>(t);
}
bool identical(const Type* a, const Type* b) { return a == b; }

static BasicKind bk(const Type* t) {
  Type* u = underlying(t);
  return u->kind == TypeKind::Basic ? u->basic : BasicKind::Invalid;
}
bool isBasic(const Type* t, BasicKind k) { return underlying(t)->kind == TypeKind::Basic && bk(t) == k; }
bool isBoolean(const Type* t) { auto k = bk(t); return k == BasicKind::Bool || k == BasicKind::UntypedBool; }
bool isInteger(const Type* t) {
  auto k = bk(t);
  return (k >= BasicKind::Int && k <= BasicKind::Uintptr) || k == BasicKind::UntypedInt ||
         k == BasicKind::UntypedRune;
}
bool isUnsigned(const Type* t) { auto k = bk(t); return k >= BasicKind::Uint && k <= BasicKind::Uintptr; }
bool isFloat(const Type* t) {
  auto k = bk(t);
  return k == BasicKind::Float32 || k == BasicKind::Float64 || k == BasicKind::UntypedFloat;
}
bool isComplex(const Type* t) {
  auto k = bk(t);
  return k == BasicKind::Complex64 || k == BasicKind::Complex128 || k == BasicKind::UntypedComplex;
}
bool isNumeric(const Type* t) { return isInteger(t) || isFloat(t) || isComplex(t); }
bool isString(const Type* t) { auto k = bk(t); return k == BasicKind::String || k == BasicKind::UntypedString; }
bool isUntyped(const Type* t) {
  return t && t->kind == TypeKind::Basic && t->basic >= BasicKind::UntypedBool;
}
bool isTyped(const Type* t) { return !isUntyped(t); }
bool isConstType(const Type* t) { return isBoolean(t) || isNumeric(t) || isString(t); }
bool isInterface(const Type* t) { return underlying(t)->kind == TypeKind::Interface; }
bool isPointer(const Type* t) { return underlying(t)->kind == TypeKind::Pointer; }
bool hasNil(const Type* t) {
  Type* u = underlying(t);
  switch (u->kind) {
    case TypeKind::Pointer: case TypeKind::Slice: case TypeKind::Map: case TypeKind::Chan:
    case TypeKind::Signature: case TypeKind::Interface:
      return true;
    case TypeKind::Basic:
      return u->basic == BasicKind::UnsafePointer || u->basic == BasicKind::UntypedNil;
    default:
      return false;
  }
}
// depth bounds the walk through (invalid) recursive types, which the checker reports.
static bool comparableDepth(const Type* t, int depth) {
  if (depth > 100) return true;
  Type* u = underlying(t);
  switch (u->kind) {
    case TypeKind::Basic: return u->basic != BasicKind::UntypedNil;
    case TypeKind::Pointer: case TypeKind::Chan: case TypeKind::Interface: return true;
    case TypeKind::Struct:
      for (auto& f : u->fields) if (!comparableDepth(f.type, depth + 1)) return false;
      return true;
    case TypeKind::Array: return comparableDepth(u->elem, depth + 1);
    default: return false;
  }
}
bool comparable(const Type* t) { return comparableDepth(t, 0); }
Type* defaultType(const Type* t) {
  if (!isUntyped(t)) return const_cast<Type*>(t);
  switch (t->basic) {
    case BasicKind::UntypedBool: return basicType(BasicKind::Bool);
    case BasicKind::UntypedInt: return basicType(BasicKind::Int);
    case BasicKind::UntypedRune: return basicType(BasicKind::Int32);
    case BasicKind::UntypedFloat: return basicType(BasicKind::Float64);
    case BasicKind::UntypedComplex: return basicType(BasicKind::Complex128);
    case BasicKind::UntypedString: return basicType(BasicKind::String);
    default: return const_cast<Type*>(t);
  }
}
unsigned basicSizeBits(BasicKind k) {
  switch (k) {
    case BasicKind::Int8: case BasicKind::Uint8: return 8;
    case BasicKind::Int16: case BasicKind::Uint16: return 16;
    case BasicKind::Int32: case BasicKind::Uint32: case BasicKind::Float32: return 32;
    case BasicKind::Complex64: return 64;
    case BasicKind::Complex128: return 128;
    default: return 64;
  }
}
uint8_t abiKind(const Type* t) {
  Type* u = underlying(t);
  switch (u->kind) {
    case TypeKind::Basic:
      switch (u->basic) {
        case BasicKind::Bool: return 1;
        case BasicKind::Int: return 2; case BasicKind::Int8: return 3;
        case BasicKind::Int16: return 4; case BasicKind::Int32: return 5;
        case BasicKind::Int64: return 6; case BasicKind::Uint: return 7;
        case BasicKind::Uint8: return 8; case BasicKind::Uint16: return 9;
        case BasicKind::Uint32: return 10; case BasicKind::Uint64: return 11;
        case BasicKind::Uintptr: return 12; case BasicKind::Float32: return 13;
        case BasicKind::Float64: return 14; case BasicKind::Complex64: return 15;
        case BasicKind::Complex128: return 16; case BasicKind::String: return 24;
        case BasicKind::UnsafePointer: return 26;
        default: return 0;
      }
    case TypeKind::Array: return 17;
    case TypeKind::Chan: return 18;
    case TypeKind::Signature: return 19;
    case TypeKind::Interface: return 20;
    case TypeKind::Map: return 21;
    case TypeKind::Pointer: return 22;
    case TypeKind::Slice: return 23;
    case TypeKind::Struct: return 25;
    default: return 0;
  }
}

// ---- printing ----

static std::string quoteTag(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') { out += '\\'; out += char(c); }
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else out += char(c);
  }
  return out + "\"";
}

static void writeType(std::string& out, const Type* t, const Package* rel, bool qualifyAll,
                      int depth);

static void writeSig(std::string& out, const Type* s, const Package* rel, bool q, int depth) {
  out += "(";
  const auto& ps = s->params->elems;
  for (size_t i = 0; i < ps.size(); i++) {
    if (i) out += ", ";
    if (s->variadic && i + 1 == ps.size()) {
      out += "...";
      writeType(out, ps[i]->kind == TypeKind::Slice ? ps[i]->elem : ps[i], rel, q, depth + 1);
    } else {
      writeType(out, ps[i], rel, q, depth + 1);
    }
  }
  out += ")";
  const auto& rs = s->results->elems;
  if (rs.size() == 1 && !(rs[0]->kind == TypeKind::Tuple)) {
    out += " ";
    writeType(out, rs[0], rel, q, depth + 1);
  } else if (rs.size() > 1) {
    out += " (";
    for (size_t i = 0; i < rs.size(); i++) {
      if (i) out += ", ";
      writeType(out, rs[i], rel, q, depth + 1);
    }
    out += ")";
  }
}

static void writeType(std::string& out, const Type* t, const Package* rel, bool q, int depth) {
  if (!t) { out += "<nil>"; return; }
  if (depth > 50) { out += "..."; return; }
  switch (t->kind) {
    case TypeKind::Basic:
      out += t->basicName;
      return;
    case TypeKind::Named: {
      const TypeName* o = t->obj;
      if (!o) { out += "?"; return; }
      if (o->pkg && (q || o->pkg != rel)) out += o->pkg->name + ".";
      out += o->name;
      return;
    }
    case TypeKind::Pointer: out += "*"; writeType(out, t->elem, rel, q, depth + 1); return;
    case TypeKind::Slice: out += "[]"; writeType(out, t->elem, rel, q, depth + 1); return;
    case TypeKind::Array:
      out += "[" + std::to_string(t->len) + "]";
      writeType(out, t->elem, rel, q, depth + 1);
      return;
    case TypeKind::Map:
      out += "map[";
      writeType(out, t->key, rel, q, depth + 1);
      out += "]";
      writeType(out, t->elem, rel, q, depth + 1);
      return;
    case TypeKind::Chan: {
      if (t->dir == ChanDirection::Send) out += "chan<- ";
      else if (t->dir == ChanDirection::Recv) out += "<-chan ";
      else out += "chan ";
      bool paren = t->dir == ChanDirection::Both && t->elem->kind == TypeKind::Chan &&
                   t->elem->dir == ChanDirection::Recv;
      if (paren) out += "(";
      writeType(out, t->elem, rel, q, depth + 1);
      if (paren) out += ")";
      return;
    }
    case TypeKind::Struct: {
      if (t->fields.empty()) { out += q ? "struct {}" : "struct{}"; return; }
      out += q ? "struct { " : "struct{";
      for (size_t i = 0; i < t->fields.size(); i++) {
        const auto& f = t->fields[i];
        if (i) out += "; ";
        if (!f.embedded) out += f.name + " ";
        writeType(out, f.type, rel, q, depth + 1);
        if (!f.tag.empty()) out += " " + quoteTag(f.tag);
      }
      out += q ? " }" : "}";
      return;
    }
    case TypeKind::Signature:
      out += "func";
      writeSig(out, t, rel, q, depth);
      return;
    case TypeKind::Interface: {
      if (t->methodSet.empty()) { out += q ? "interface {}" : "interface{}"; return; }
      out += q ? "interface { " : "interface{";
      for (size_t i = 0; i < t->methodSet.size(); i++) {
        if (i) out += "; ";
        out += t->methodSet[i].name;
        writeSig(out, t->methodSet[i].sig, rel, q, depth + 1);
      }
      out += q ? " }" : "}";
      return;
    }
    case TypeKind::Tuple:
      out += "(";
      for (size_t i = 0; i < t->elems.size(); i++) {
        if (i) out += ", ";
        writeType(out, t->elems[i], rel, q, depth + 1);
      }
      out += ")";
      return;
  }
}

std::string typeString(const Type* t) {
  std::string s;
  writeType(s, t, nullptr, true, 0);
  return s;
}
std::string typeStringQ(const Type* t, const Package* rel) {
  std::string s;
  writeType(s, t, rel, false, 0);
  return s;
}

bool representable(const Value& x, const Type* t, Value* rounded) {
  Type* u = underlying(t);
  if (u->kind != TypeKind::Basic) return false;
  RepKind k;
  switch (u->basic) {
    case BasicKind::Bool: case BasicKind::UntypedBool: k = RepKind::Bool; break;
    case BasicKind::String: case BasicKind::UntypedString: k = RepKind::String; break;
    case BasicKind::Int8: k = RepKind::Int8; break;
    case BasicKind::Int16: k = RepKind::Int16; break;
    case BasicKind::Int32: k = RepKind::Int32; break;
    case BasicKind::Int: case BasicKind::Int64: k = RepKind::Int64; break;
    case BasicKind::Uint8: k = RepKind::Uint8; break;
    case BasicKind::Uint16: k = RepKind::Uint16; break;
    case BasicKind::Uint32: k = RepKind::Uint32; break;
    case BasicKind::Uint: case BasicKind::Uint64: case BasicKind::Uintptr: k = RepKind::Uint64; break;
    case BasicKind::Float32: k = RepKind::Float32; break;
    case BasicKind::Float64: k = RepKind::Float64; break;
    case BasicKind::Complex64: k = RepKind::Complex64; break;
    case BasicKind::Complex128: k = RepKind::Complex128; break;
    case BasicKind::UntypedInt: case BasicKind::UntypedRune: k = RepKind::UntypedInt; break;
    case BasicKind::UntypedFloat: k = RepKind::UntypedFloat; break;
    case BasicKind::UntypedComplex: k = RepKind::UntypedComplex; break;
    default: return false;
  }
  return representableAs(x, k, rounded);
}

std::string Func::fullName() const {
  std::string p = pkg ? pkg->name : std::string();
  if (recv) {
    Type* rt = recv->type;
    bool ptr = rt && rt->kind == TypeKind::Pointer;
    Type* base = ptr ? rt->elem : rt;
    std::string tn = base && base->kind == TypeKind::Named && base->obj ? base->obj->name : "?";
    if (ptr) return "(*" + p + "." + tn + ")." + name;
    return p + "." + tn + "." + name;
  }
  return p.empty() ? name : p + "." + name;
}

}  // namespace mgo::fe
