// errors.cc — the TypeDesc work behind errors.Is and errors.As (stdlib/go/errors.go):
// whether an error's dynamic type is comparable, whether As's target is valid, and the
// assignment *target = err when err's dynamic type is assignable to *target's type.
#include <cstring>
#include <string_view>

#include "runtime/rt.h"
#include "stdlib/symbols.h"

namespace {

bool implements_error(const TypeDesc* t) {
  for (int64_t i = 0; i < t->nmethods; i++) {
    const Method& m = t->methods[i];
    if (::std::string_view(reinterpret_cast<const char*>(m.name.ptr), static_cast<size_t>(m.name.len)) != "Error")
      continue;
    const TypeDesc* mt = m.mtype;
    return !mt || (mt->nparams == 0 && mt->nresults == 1 && mt->results[0]->kind == KindString &&
                   !(mt->results[0]->flags & TypeFlagNamed));
  }
  return false;
}

}  // namespace

extern "C" {

bool mgo_errors_comparable(G* g, const Itab* tab, void* data) {
  return !tab || (tab->type->flags & TypeFlagComparable) != 0;
}

int64_t mgo_errors_checkTarget(G* g, const TypeDesc* t, void* data) {
  if (!t || t->kind != KindPointer || data == nullptr) return 1;
  const TypeDesc* x = t->elem;
  if (x->kind != KindInterface && !implements_error(x)) return 2;
  return 0;
}

bool mgo_errors_assignTo(G* g, const Itab* tab, void* data, const TypeDesc* tt, void* target) {
  if (!tab) return false;
  const TypeDesc* ct = tab->type;
  const TypeDesc* x = tt->elem;
  if (x->kind == KindInterface) {
    if (x->nimethods == 0) {
      Eface e{ct, data};
      memcpy(target, &e, sizeof e);
      return true;
    }
    const Itab* it = mgo_rt_getitab(x, ct, true);
    if (!it) return false;
    Iface i{it, data};
    memcpy(target, &i, sizeof i);
    return true;
  }
  if (ct != x) return false;
  if (x->flags & TypeFlagDirectIface) memcpy(target, &data, sizeof data);
  else memcpy(target, data, x->size);
  return true;
}

}  // extern "C"

namespace mgo::std {

const ExternSymbol* errors_symbols() {
  static const ExternSymbol table[] = {
      MGO_SYM(mgo_errors_comparable),
      MGO_SYM(mgo_errors_checkTarget),
      MGO_SYM(mgo_errors_assignTo),
      {nullptr, nullptr},
  };
  return table;
}

}  // namespace mgo::std
