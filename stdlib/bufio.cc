// bufio.cc — memchr for bufio's line splitting (stdlib/go/bufio.go).
#include <cstring>

#include "runtime/rt.h"
#include "stdlib/symbols.h"

extern "C" {

int64_t mgo_bufio_indexByte(G* g, const uint8_t* p, int64_t len, int64_t cap, uint8_t c) {
  if (len <= 0) return -1;
  const void* hit = memchr(p, c, static_cast<size_t>(len));
  return hit ? static_cast<const uint8_t*>(hit) - p : -1;
}

}  // extern "C"

namespace mgo::std {

const ExternSymbol* bufio_symbols() {
  static const ExternSymbol table[] = {
      MGO_SYM(mgo_bufio_indexByte),
      {nullptr, nullptr},
  };
  return table;
}

}  // namespace mgo::std
