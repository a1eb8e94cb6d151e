// scope.cc — Scope lookups (scope.h).
#include "frontend/scope.h"

#include "frontend/types.h"

namespace mgo::fe {

Object* Scope::lookup(const std::string& name) const {
  auto it = names.find(name);
  return it == names.end() ? nullptr : it->second;
}

Object* Scope::lookupParent(const std::string& name, Scope** where) const {
  for (const Scope* s = this; s; s = s->parent) {
    if (Object* o = s->lookup(name)) {
      if (where) *where = const_cast<Scope*>(s);
      return o;
    }
  }
  return nullptr;
}

Object* Scope::insert(Object* obj) {
  if (obj->name == "_") {
    obj->parent = this;
    return nullptr;
  }
  auto [it, ok] = names.emplace(obj->name, obj);
  if (!ok) return it->second;
  obj->parent = this;
  ordered.push_back(obj);
  return nullptr;
}

}  // namespace mgo::fe
