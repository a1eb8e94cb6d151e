// symbols.cc — concatenates the per-package extern tables into the one table the JIT
// registers (symbols.h). Calling each package's table function here also keeps every
// stdlib object file linked in, which a static library would otherwise drop.
#include "stdlib/symbols.h"

#include <vector>

namespace mgo::std {

const ExternSymbol* extern_symbols() {
  static const ::std::vector<ExternSymbol> all = [] {
    ::std::vector<ExternSymbol> v;
    for (auto table : {fmt_symbols, os_symbols, errors_symbols, strconv_symbols, math_symbols, strings_symbols, unicode_symbols, sort_symbols, bufio_symbols, regexp_symbols, runtime_symbols, sync_symbols, time_symbols, log_symbols, rand_symbols}) {
      for (const ExternSymbol* s = table(); s->name; ++s)
        if (s->addr) v.push_back(*s);  // weak references not (yet) implemented are left out
    }
    v.push_back({nullptr, nullptr});
    return v;
  }();
  return all.data();
}

}  // namespace mgo::std
