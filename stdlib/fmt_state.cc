// fmt_state.cc — Formatter support: Go's handleMethods calls an operand's
// Format(f fmt.State, verb rune) method before Error/String/GoString, handing it the
// printer itself (*fmt.pp) as the State. Here the State is a FmtState on the printer's
// stack, described to the program by a TypeDesc named "*fmt.pp" whose method table holds
// Flag, Precision, Width, Write and WriteString as C++ functions in the method convention
// of runtime/abi.h (receiver = data word, results through an out pointer when there are
// two). mgo_rt_getitab builds the itab for the Format method's own fmt.State parameter
// type from that table, so calls through the State and conversions to io.Writer (as
// fmt.Fprintf(f, ...) does) work as for any Go type.
//
// As in Go, Width and Precision report the printer's current wid/prec even when not
// present (the fast path of doPrintf leaves them from the previous verb), and writes go
// straight into the printer's buffer. The FmtState lives only for the Format call.
#include <cstring>
#include <string_view>

#include "runtime/panic.h"
#include "runtime/rt.h"
#include "stdlib/fmt_internal.h"

// Descriptors below use designated initializers; unnamed members are zero on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace mgo::std::fmt {
namespace {

struct FmtState {
  Fmt* fmt;
  ::std::string* buf;
};

struct IntBool {
  int64_t n;
  bool ok;
};
struct WriteResult {
  int64_t n;
  Iface err;
};

bool state_flag(G*, FmtState* s, int64_t c) {
  const Flags& f = s->fmt->f;
  switch (c) {
    case '-': return f.minus;
    case '+': return f.plus || f.plusV;
    case '#': return f.sharp || f.sharpV;
    case ' ': return f.space;
    case '0': return f.zero;
  }
  return false;
}
void state_precision(G*, IntBool* out, FmtState* s) { *out = IntBool{s->fmt->prec, s->fmt->f.precPresent}; }
void state_width(G*, IntBool* out, FmtState* s) { *out = IntBool{s->fmt->wid, s->fmt->f.widPresent}; }
void state_write(G*, WriteResult* out, FmtState* s, const uint8_t* p, int64_t len, int64_t) {
  s->buf->append(reinterpret_cast<const char*>(p), static_cast<size_t>(len));
  *out = WriteResult{len, Iface{}};
}
void state_write_string(G*, WriteResult* out, FmtState* s, const uint8_t* p, int64_t len) {
  state_write(nullptr, out, s, p, len, len);
}

#define MGO_STR(s) String{reinterpret_cast<const uint8_t*>(s), sizeof(s) - 1}

// mtype nullptr: "signature not recorded", which getitab accepts by name.
const Method kStateMethods[] = {
    {MGO_STR("Flag"), nullptr, reinterpret_cast<void*>(&state_flag)},
    {MGO_STR("Precision"), nullptr, reinterpret_cast<void*>(&state_precision)},
    {MGO_STR("Width"), nullptr, reinterpret_cast<void*>(&state_width)},
    {MGO_STR("Write"), nullptr, reinterpret_cast<void*>(&state_write)},
    {MGO_STR("WriteString"), nullptr, reinterpret_cast<void*>(&state_write_string)},
};
const TypeDesc kPPType = {
    .size = sizeof(FmtState), .align = 8, .kind = KindStruct, .flags = TypeFlagNamed,
    .reserved = 0, .name = MGO_STR("fmt.pp"),
};
const TypeDesc kPPPtrType = {
    .size = 8, .align = 8, .kind = KindPointer,
    .flags = TypeFlagComparable | TypeFlagDirectIface, .reserved = 0,
    .name = MGO_STR("*fmt.pp"), .elem = &kPPType,
    .methods = kStateMethods, .nmethods = sizeof kStateMethods / sizeof kStateMethods[0],
};

// Whether m is Format(fmt.State, rune) with no results (Go's Formatter interface).
bool is_format_method(const Method* m) {
  const TypeDesc* mt = m->mtype;
  if (!m->ifn || !mt) return false;
  return mt->nparams == 2 && mt->nresults == 0 && !mt->variadic && mt->params[0]->kind == KindInterface &&
         name_of(mt->params[0]) == "fmt.State" && mt->params[1]->kind == KindInt32 &&
         !(mt->params[1]->flags & TypeFlagNamed);
}

using FormatMethod = void (*)(G*, void* recv, const Itab* tab, void* data, int32_t verb);

}  // namespace

bool Printer::handle_formatter(int32_t verb) {
  Value a = arg_;
  const Method* m = find_method(a.t, "Format");
  if (!m || !is_format_method(m)) return false;
  const Itab* tab = mgo_rt_getitab(m->mtype->params[0], &kPPPtrType, true);
  if (!tab) return false;
  void* recv = data_word(a);
  if (a.t->kind == KindPointer && recv == nullptr && a.t->elem && find_method(a.t->elem, "Format")) {
    buf += kNilAngle;  // a value method through a nil pointer: Go's catchPanic prints <nil>
    return true;
  }
  FmtState state{&fmt_, &buf};
  struct Call {
    FormatMethod fn;
    void* recv;
    const Itab* tab;
    FmtState* state;
    int32_t verb;
  } call{reinterpret_cast<FormatMethod>(m->ifn), recv, tab, &state, verb};
  auto run = [](G* g, void* c) {
    auto* k = static_cast<Call*>(c);
    k->fn(g, k->recv, k->tab, k->state, k->verb);
  };
  Eface panic_value;
  if (g_ == nullptr) {
    run(g_, &call);  // the unit tests' printer runs without a goroutine
  } else if (mgo::rt::catch_panic(g_, run, &call, &panic_value)) {
    catch_panic_output(a, recv, verb, m, panic_value);
  }
  return true;
}

}  // namespace mgo::std::fmt
