// check_lookup.cc — field and method lookup, method sets, interface satisfaction and
// assignability (types.h), following go/types' lookup.go: a breadth-first walk over
// embedded fields, depth by depth; a name found twice at the shallowest depth is
// ambiguous; named types are visited once.
#include <algorithm>
#include <map>
#include <set>

#include "frontend/package.h"
#include "frontend/types.h"

namespace mgo::fe {

namespace {

bool sameId(const std::string& a, const Package* pa, const std::string& b, const Package* pb) {
  if (a != b) return false;
  if (a.empty()) return false;
  unsigned char c = a[0];
  bool exported = (c >= 'A' && c <= 'Z') || c >= 0x80;
  return exported || pa == pb;
}

struct Embedded {
  Type* typ;
  std::vector<int> path;
  std::vector<bool> derefs;
  bool indirect;
  bool multiples = false;
};

// Whether t mentions the invalid type (an error was reported where it was made); such
// types are not compared strictly, so one error does not cause follow-on errors.
bool containsInvalid(const Type* t, int depth = 0) {
  if (!t || depth > 20) return false;
  switch (t->kind) {
    case TypeKind::Basic: return t->basic == BasicKind::Invalid;
    case TypeKind::Pointer: case TypeKind::Slice: case TypeKind::Array: case TypeKind::Chan:
      return containsInvalid(t->elem, depth + 1);
    case TypeKind::Map: return containsInvalid(t->key, depth + 1) || containsInvalid(t->elem, depth + 1);
    case TypeKind::Signature:
      return containsInvalid(t->params, depth + 1) || containsInvalid(t->results, depth + 1);
    case TypeKind::Tuple:
      for (Type* e : t->elems) if (containsInvalid(e, depth + 1)) return true;
      return false;
    default: return false;
  }
}

}  // namespace

LookupResult lookupFieldOrMethod(const Type* T0, bool addressable, const Package* pkg,
                                 const std::string& name, Selection* sel) {
  if (name == "_" || !T0) return LookupResult::NotFound;
  Type* T = const_cast<Type*>(T0);
  bool isPtr = false;
  Type* typ = T;
  if (T->kind == TypeKind::Pointer) {
    // Only an unnamed pointer is dereferenced; a pointer to an interface has no methods.
    typ = T->elem;
    isPtr = true;
    if (isInterface(typ)) return LookupResult::NotFound;
  } else if (T->kind == TypeKind::Named && underlying(T)->kind == TypeKind::Pointer) {
    // A named pointer type has no methods, but fields of its base are reachable.
    Type* b = underlying(T)->elem;
    if (underlying(b)->kind != TypeKind::Struct) return LookupResult::NotFound;
    Selection s;
    auto r = lookupFieldOrMethod(underlying(T), addressable, pkg, name, &s);
    if (r == LookupResult::Found && s.kind != SelKind::FieldVal) return LookupResult::NotFound;
    if (sel) *sel = s;
    return r;
  }
  std::vector<Embedded> current{{typ, {}, {}, isPtr}};
  std::set<Type*> seen;
  while (!current.empty()) {
    std::vector<Embedded> next;
    int found = 0;
    Selection result;
    bool foundIndirect = false;
    for (auto& e : current) {
      Type* t = e.typ;
      if (t->kind == TypeKind::Named) {
        if (seen.count(t)) continue;
        seen.insert(t);
        bool here = false;
        for (size_t i = 0; i < t->methods.size(); i++) {
          Func* m = t->methods[i];
          if (sameId(m->name, m->pkg, name, pkg)) {
            found += e.multiples ? 2 : 1;
            result = Selection{};
            result.kind = SelKind::MethodVal;
            result.obj = m;
            result.type = m->type;
            result.path = e.path;
            result.derefs = e.derefs;
            result.indirect = e.indirect;
            foundIndirect = e.indirect;
            here = true;
            break;
          }
        }
        if (here) continue;
      }
      Type* u = underlying(t);
      if (u->kind == TypeKind::Struct) {
        for (size_t i = 0; i < u->fields.size(); i++) {
          const TypeField& f = u->fields[i];
          if (sameId(f.name, f.pkg, name, pkg)) {
            found += e.multiples ? 2 : 1;
            result = Selection{};
            result.kind = SelKind::FieldVal;
            result.field = &f;
            result.type = f.type;
            result.path = e.path;
            result.path.push_back(int(i));
            result.derefs = e.derefs;
            // derefs for the last step: is the struct value reached through a pointer?
            result.indirect = e.indirect;
            foundIndirect = e.indirect;
            continue;
          }
          if (found == 0 && f.embedded) {
            Type* ft = f.type;
            bool ptr = false;
            if (ft->kind == TypeKind::Pointer) { ft = ft->elem; ptr = true; }
            Embedded ne{ft, e.path, e.derefs, e.indirect || ptr};
            ne.path.push_back(int(i));
            ne.derefs.push_back(ptr);
            ne.multiples = e.multiples;
            next.push_back(std::move(ne));
          }
        }
      } else if (u->kind == TypeKind::Interface) {
        for (size_t i = 0; i < u->methodSet.size(); i++) {
          const auto& m = u->methodSet[i];
          if (sameId(m.name, m.pkg, name, pkg)) {
            found += e.multiples ? 2 : 1;
            result = Selection{};
            result.kind = SelKind::MethodVal;
            result.obj = m.obj;
            result.type = m.sig;
            result.path = e.path;
            result.derefs = e.derefs;
            result.indirect = e.indirect;
            result.ifaceMethod = true;
            result.ifaceIndex = int(i);
            foundIndirect = e.indirect;
            break;
          }
        }
      }
    }
    if (found > 1) return LookupResult::Ambiguous;
    if (found == 1) {
      result.recv = T;
      if (result.kind == SelKind::MethodVal && !result.ifaceMethod) {
        Func* f = static_cast<Func*>(result.obj);
        if (f->ptrRecv && !foundIndirect) {
          result.needAddr = true;
          if (!addressable) {
            if (sel) *sel = result;
            return LookupResult::PtrRecvOnValue;
          }
        }
      }
      if (sel) *sel = result;
      return LookupResult::Found;
    }
    // Consolidate: the same type embedded several times at one depth is ambiguous.
    std::map<Type*, size_t> idx;
    std::vector<Embedded> cons;
    for (auto& e : next) {
      auto it = idx.find(e.typ);
      if (it != idx.end()) {
        cons[it->second].multiples = true;
        continue;
      }
      idx[e.typ] = cons.size();
      cons.push_back(std::move(e));
    }
    current = std::move(cons);
  }
  return LookupResult::NotFound;
}

std::vector<MethodSetEntry> methodSet(const Type* T) {
  // Collect candidate names from every reachable named type / interface, then look each up.
  std::set<std::string> names;
  std::set<const Type*> seen;
  std::vector<const Type*> work{T->kind == TypeKind::Pointer ? T->elem : T};
  while (!work.empty()) {
    const Type* t = work.back();
    work.pop_back();
    if (!seen.insert(t).second) continue;
    if (t->kind == TypeKind::Named) for (Func* m : t->methods) names.insert(m->name);
    Type* u = underlying(t);
    if (u->kind == TypeKind::Struct) {
      for (auto& f : u->fields)
        if (f.embedded) work.push_back(f.type->kind == TypeKind::Pointer ? f.type->elem : f.type);
    } else if (u->kind == TypeKind::Interface && t == (T->kind == TypeKind::Pointer ? T->elem : T)) {
      if (T->kind != TypeKind::Pointer) for (auto& m : u->methodSet) names.insert(m.name);
    } else if (u->kind == TypeKind::Interface) {
      for (auto& m : u->methodSet) names.insert(m.name);
    }
  }
  std::vector<MethodSetEntry> out;
  for (const auto& n : names) {
    // Unexported methods: look up with the declaring package of the candidate.
    Selection s;
    const Package* pkg = nullptr;
    // Try every package that declares this name among visited named types.
    for (const Type* t : seen) {
      if (t->kind == TypeKind::Named) {
        for (Func* m : t->methods) if (m->name == n) pkg = m->pkg;
      }
      Type* u = underlying(t);
      if (u->kind == TypeKind::Interface)
        for (auto& m : u->methodSet) if (m.name == n) pkg = m.pkg;
    }
    if (lookupFieldOrMethod(T, false, pkg, n, &s) == LookupResult::Found &&
        s.kind == SelKind::MethodVal) {
      MethodSetEntry e;
      e.name = n;
      e.func = s.ifaceMethod ? nullptr : static_cast<Func*>(s.obj);
      e.sel = s;
      out.push_back(std::move(e));
    }
  }
  return out;
}

bool implements(const Type* T, const Type* iface, std::string* missing, bool* wrongType,
                bool* ptrRecv) {
  Type* iu = underlying(iface);
  if (iu->kind != TypeKind::Interface) return false;
  Type* tu = underlying(T);
  for (const auto& m : iu->methodSet) {
    if (tu->kind == TypeKind::Interface) {
      bool ok = false, wrong = false;
      for (const auto& tm : tu->methodSet) {
        if (sameId(tm.name, tm.pkg, m.name, m.pkg)) {
          if (tm.sig == m.sig || containsInvalid(tm.sig) || containsInvalid(m.sig)) ok = true;
          else wrong = true;
        }
      }
      if (!ok) {
        if (missing) *missing = m.name;
        if (wrongType) *wrongType = wrong;
        return false;
      }
      continue;
    }
    Selection s;
    auto r = lookupFieldOrMethod(T, false, m.pkg, m.name, &s);
    if (r == LookupResult::PtrRecvOnValue) {
      if (missing) *missing = m.name;
      if (ptrRecv) *ptrRecv = true;
      return false;
    }
    if (r != LookupResult::Found || s.kind != SelKind::MethodVal) {
      if (missing) *missing = m.name;
      return false;
    }
    if (s.type != m.sig && !containsInvalid(s.type) && !containsInvalid(m.sig)) {
      if (missing) *missing = m.name;
      if (wrongType) *wrongType = true;
      return false;
    }
  }
  return true;
}

bool assignableTo(const Type* V, const Type* T) {
  if (!V || !T) return false;
  if (V == T) return true;
  Type* vu = underlying(V);
  Type* tu = underlying(T);
  if (vu->kind == TypeKind::Basic && vu->basic == BasicKind::Invalid) return true;
  if (tu->kind == TypeKind::Basic && tu->basic == BasicKind::Invalid) return true;
  if (isUntyped(V)) {
    if (V->basic == BasicKind::UntypedNil) return hasNil(T);
    if (tu->kind == TypeKind::Interface) return tu->methodSet.empty();
    if (tu->kind != TypeKind::Basic) return false;
    switch (V->basic) {
      case BasicKind::UntypedBool: return isBoolean(tu);
      case BasicKind::UntypedString: return isString(tu);
      default: return isNumeric(tu);
    }
  }
  // Predeclared types (int, bool, ...) count as named here, as in the spec.
  auto named = [](const Type* t) { return t->kind == TypeKind::Named || t->kind == TypeKind::Basic; };
  if (vu == tu && (!named(V) || !named(T))) return true;
  if (tu->kind == TypeKind::Interface) return implements(V, T);
  if (vu->kind == TypeKind::Chan && vu->dir == ChanDirection::Both && tu->kind == TypeKind::Chan &&
      vu->elem == tu->elem && (!named(V) || !named(T)))
    return true;
  return false;
}

}  // namespace mgo::fe
