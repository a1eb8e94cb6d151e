// fmt_api.cc — the extern "C" functions behind the body-less declarations of
// stdlib/go/fmt.go. Formatting happens in a C++ buffer (Printer::buf); only the final
// string of Sprint* is copied to the Go heap, and Print* write it with one write(2), as a
// blocking system call (stdlib/syscall_blocking.h), as Go's os.File.Write does.
#include <cerrno>
#include <cstring>
#include <unistd.h>

#include "runtime/rt.h"
#include "stdlib/syscall_blocking.h"  // first: runtime headers must precede mgo::std
#include "stdlib/fmt_internal.h"
#include "stdlib/strconv_impl.h"
#include "stdlib/symbols.h"

namespace mgo::std::fmt {

String make_go_string(G* g, ::std::string_view s) {
  if (s.empty()) return String{nullptr, 0};
  auto* p = static_cast<uint8_t*>(mgo_rt_mallocgc(g, s.size(), nullptr));
  memcpy(p, s.data(), s.size());
  return String{p, static_cast<int64_t>(s.size())};
}

}  // namespace mgo::std::fmt

using mgo::std::fmt::Printer;

namespace {

::std::string_view sv(const uint8_t* p, int64_t n) {
  return ::std::string_view(reinterpret_cast<const char*>(p), static_cast<size_t>(n));
}

struct IntErrno {
  int64_t n;
  int64_t err;  // errno, 0 on success
};

struct StringInt {
  String s;
  int64_t i;
};

}  // namespace

extern "C" {

String mgo_fmt_Sprintf(G* g, const uint8_t* f, int64_t flen, const Eface* a, int64_t alen, int64_t acap) {
  Printer p(g);
  p.do_printf(sv(f, flen), a, alen);
  return mgo::std::fmt::make_go_string(g, p.buf);
}

String mgo_fmt_Sprint(G* g, const Eface* a, int64_t alen, int64_t acap) {
  Printer p(g);
  p.do_print(a, alen);
  return mgo::std::fmt::make_go_string(g, p.buf);
}

String mgo_fmt_Sprintln(G* g, const Eface* a, int64_t alen, int64_t acap) {
  Printer p(g);
  p.do_println(a, alen);
  return mgo::std::fmt::make_go_string(g, p.buf);
}

// func fdprintf(fd int, format string, a []interface{}) (n int, errno int)
void mgo_fmt_fdprintf(G* g, IntErrno* out, int64_t fd, const uint8_t* f, int64_t flen, const Eface* a,
                      int64_t alen, int64_t acap) {
  Printer p(g);
  p.do_printf(sv(f, flen), a, alen);
  int err;
  out->n = mgo::std::write_all(g, static_cast<int>(fd), p.buf, &err);
  out->err = err;
}

// func fdprint(fd int, a []interface{}) (n int, errno int)
void mgo_fmt_fdprint(G* g, IntErrno* out, int64_t fd, const Eface* a, int64_t alen, int64_t acap) {
  Printer p(g);
  p.do_print(a, alen);
  int err;
  out->n = mgo::std::write_all(g, static_cast<int>(fd), p.buf, &err);
  out->err = err;
}

// func fdprintln(fd int, a []interface{}) (n int, errno int)
void mgo_fmt_fdprintln(G* g, IntErrno* out, int64_t fd, const Eface* a, int64_t alen, int64_t acap) {
  Printer p(g);
  p.do_println(a, alen);
  int err;
  out->n = mgo::std::write_all(g, static_cast<int>(fd), p.buf, &err);
  out->err = err;
}

// func errorf(format string, a []interface{}) (msg string, wrapped int)
void mgo_fmt_errorf(G* g, StringInt* out, const uint8_t* f, int64_t flen, const Eface* a, int64_t alen,
                    int64_t acap) {
  Printer p(g);
  p.enable_wrap_errs();
  p.do_printf(sv(f, flen), a, alen);
  out->s = mgo::std::fmt::make_go_string(g, p.buf);
  out->i = p.wrapped_index();
}

// func scanParseFloat(s string, bitSize int) (float64, int)
struct FloatCode { double v; int64_t code; };
void mgo_fmt_scanParseFloat(G* g, FloatCode* out, const uint8_t* p, int64_t n, int64_t bitsize) {
  double v;
  out->code = static_cast<int64_t>(mgo::std::strconv::parse_float(sv(p, n), static_cast<int>(bitsize), &v));
  out->v = v;
}

// func scanParseInt(s string, base int) (int64, int) and scanParseUint: strconv's
// parsers at 64 bits; the code is strconv.go's (0 ok, 1 syntax, 2 range, 3 base).
struct I64Code { int64_t v; int64_t code; };
void mgo_fmt_scanParseInt(G* g, I64Code* out, const uint8_t* p, int64_t n, int64_t base) {
  int64_t v;
  out->code = static_cast<int64_t>(mgo::std::strconv::parse_int(sv(p, n), static_cast<int>(base), 64, &v));
  out->v = v;
}
void mgo_fmt_scanParseUint(G* g, I64Code* out, const uint8_t* p, int64_t n, int64_t base) {
  uint64_t v;
  out->code = static_cast<int64_t>(mgo::std::strconv::parse_uint(sv(p, n), static_cast<int>(base), 64, &v));
  out->v = static_cast<int64_t>(v);
}


// ---- the reflect half of Go's scanOne (fmt.go scanOther) ----

// func scanTarget(arg interface{}) (kind int, elem int, bits int, byteElem bool)
struct ScanTarget { int64_t kind, elem, bits; bool byte_elem; };
void mgo_fmt_scanTarget(G* g, ScanTarget* out, const TypeDesc* t, void* data) {
  *out = ScanTarget{0, 0, 0, false};
  if (t == nullptr) return;
  out->kind = t->kind;
  if (t->kind != KindPointer || t->elem == nullptr) return;
  const TypeDesc* e = t->elem;
  out->elem = e->kind;
  out->bits = static_cast<int64_t>(e->size) * 8;
  out->byte_elem = e->kind == KindSlice && e->elem != nullptr && e->elem->kind == KindUint8;
}

void mgo_fmt_scanStoreBool(G* g, const TypeDesc* t, void* p, bool v) { *static_cast<bool*>(p) = v; }

void mgo_fmt_scanStoreInt(G* g, const TypeDesc* t, void* p, int64_t v) {
  switch (t->elem->size) {  // the value fits: scanInt checked it against the bit size
    case 1: *static_cast<int8_t*>(p) = static_cast<int8_t>(v); break;
    case 2: *static_cast<int16_t*>(p) = static_cast<int16_t>(v); break;
    case 4: *static_cast<int32_t*>(p) = static_cast<int32_t>(v); break;
    default: *static_cast<int64_t*>(p) = v; break;
  }
}

void mgo_fmt_scanStoreUint(G* g, const TypeDesc* t, void* p, uint64_t v) {
  mgo_fmt_scanStoreInt(g, t, p, static_cast<int64_t>(v));
}

void mgo_fmt_scanStoreFloat(G* g, const TypeDesc* t, void* p, double v) {
  if (t->elem->kind == KindFloat32) *static_cast<float*>(p) = static_cast<float>(v);
  else *static_cast<double*>(p) = v;
}

// func scanStoreComplex(arg interface{}, v complex128): a complex parameter comes as a
// pointer to the caller's copy {re, im} (runtime/abi.h).
void mgo_fmt_scanStoreComplex(G* g, const TypeDesc* t, void* p, const double* v) {
  if (t->elem->kind == KindComplex64) {
    float* f = static_cast<float*>(p);
    f[0] = static_cast<float>(v[0]);
    f[1] = static_cast<float>(v[1]);
  } else {
    double* d = static_cast<double*>(p);
    d[0] = v[0];
    d[1] = v[1];
  }
}

void mgo_fmt_scanStoreString(G* g, const TypeDesc* t, void* p, const uint8_t* s, int64_t n) {
  *static_cast<String*>(p) = String{const_cast<uint8_t*>(s), n};
}

void mgo_fmt_scanStoreBytes(G* g, const TypeDesc* t, void* p, void* b, int64_t len, int64_t cap) {
  *static_cast<Slice*>(p) = Slice{b, len, cap};
}

}  // extern "C"

namespace mgo::std {

const ExternSymbol* fmt_symbols() {
  static const ExternSymbol table[] = {
      MGO_SYM(mgo_fmt_Sprintf),
      MGO_SYM(mgo_fmt_Sprint),
      MGO_SYM(mgo_fmt_Sprintln),
      MGO_SYM(mgo_fmt_fdprintf),
      MGO_SYM(mgo_fmt_fdprint),
      MGO_SYM(mgo_fmt_fdprintln),
      MGO_SYM(mgo_fmt_errorf),
      MGO_SYM(mgo_fmt_scanParseFloat),
      MGO_SYM(mgo_fmt_scanParseInt),
      MGO_SYM(mgo_fmt_scanParseUint),
      MGO_SYM(mgo_fmt_scanTarget),
      MGO_SYM(mgo_fmt_scanStoreBool),
      MGO_SYM(mgo_fmt_scanStoreInt),
      MGO_SYM(mgo_fmt_scanStoreUint),
      MGO_SYM(mgo_fmt_scanStoreFloat),
      MGO_SYM(mgo_fmt_scanStoreComplex),
      MGO_SYM(mgo_fmt_scanStoreString),
      MGO_SYM(mgo_fmt_scanStoreBytes),
      {nullptr, nullptr},
  };
  return table;
}

}  // namespace mgo::std
