// panic.cc — defer, panic, recover (the DeferFrame protocol of abi.h), Go's panic report,
// and the runtime's error values.
//
// The protocol, as compiled code drives it (abi.h):
//   1. a function with defer statements pushes its DeferFrame F at entry
//      (mgo_rt_deferframe_push) and _setjmp(F.jb);
//   2. each defer statement links a Defer record {fn, started, panic} onto F.defers
//      (mgo_rt_defer), newest first;
//   3. on return, mgo_rt_deferreturn(F) runs F's records LIFO and pops F.
// A panic (gopanic) pushes a Panic record on g->panicking and walks the goroutine's
// frames from the innermost: it takes the newest record d of the innermost frame F,
// marks it started (d.panic = this panic), calls it, and unlinks it when it returns;
// a frame without records is popped. If the call recovered the panic, gopanic unlinks
// the panic (and any older panics it aborted) and _longjmps to F.jb: F's function
// resumes at its `recovered:` label, runs F's remaining records with deferreturn and
// returns its result slots normally. When no frame is left, the panic report is printed
// and the process exits 2.
//
// Nested panics follow Go: a record stays linked (started) while it runs, so a newer
// panic that reaches it knows the call did not finish — it marks the older panic aborted
// and drops the record instead of running it again. The report prints every panic
// still linked, oldest first ("panic: 1 [recovered]\n\tpanic: 2").
//
// recover() returns the innermost panic's value if that panic is running a deferred
// call at the moment and was not recovered yet, and — Go's rule — only when called
// directly by the deferred function (a helper it calls gets nil; so does `defer
// recover()`). Recover's frame rule, as codegen drives it (rt.h):
//   1. gopanic sets p.argp = kArgpPending and p.expect = the code of the closure it is
//      about to call;
//   2. a transparent wrapper (a defer thunk, a method-value or func-value wrapper, an
//      itab wrapper: frames Go's user does not see) whose own code is p.expect moves
//      p.expect on to the code it calls (mgo_rt_deferforward);
//   3. a function containing recover() claims the panic first thing in its body
//      (mgo_rt_deferclaim): if p.expect is its own code, p.argp = its CFA (canonical frame
//      address, llvm.addressofreturnaddress + 8; its body's, when the prologue moved the
//      call to a new stack segment or split the body off: the claim runs in the body);
//   4. its recover() calls mgo_rt_gorecover_cfa with its CFA: only the claiming frame
//      matches. A helper it calls, or a recursive call of itself, has another CFA.
// Anything other than the expected code that runs in between (an ordinary function,
// C++) neither claims nor forwards, so recover() below it returns nil. Functions calling
// recover are never inlined (codegen), so each CFA is one Go frame.
// mgo_rt_gorecover (for C++ callers) skips the rule: any function running under a
// deferred call of the panic recovers.
//
// Stack state: F.stackstate holds g->stack and g->stackguard0 at push; a recovery
// restores that segment before jumping and releases the newer ones (the frame may be on
// an older stack segment: runtime/stack.h stackunwind). gopanic itself runs on a segment
// with kHeavyCallFrame bytes free (stack_call_with_room).
//
// All Panic records live in gopanic's C++ frame; Defer records in the Go heap (they hold
// closure pointers a collector must see, reachable from the DeferFrame on the stack).
#include "runtime/panic.h"

#include <setjmp.h>
#include <unistd.h>

#include <atomic>
#include <cstring>

#include "runtime/fatal.h"
#include "runtime/iface.h"
#include "runtime/malloc.h"
#include "runtime/print.h"
#include "runtime/rt.h"
#include "runtime/rtstring.h"
#include "runtime/runtime2.h"
#include "runtime/stack.h"
#include "runtime/type.h"

// Descriptors below use designated initializers; unnamed members are zero on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace mgo::rt {

namespace {

struct Defer {
  Closure* fn;
  Defer* link;
  Panic* panic;   // the panic running it, if started by a panic
  bool started;
};

void call_closure(G* g, Closure* c) { reinterpret_cast<void (*)(G*, void*)>(c->fn)(g, c); }

// ---- the runtime's error types ----

#define MGO_STR(s) String{reinterpret_cast<const uint8_t*>(s), sizeof(s) - 1}

String errorString_Error(G* g, void* recv) {
  String s = *static_cast<String*>(recv);
  static constexpr std::string_view kPre = "runtime error: ";
  auto* p = static_cast<uint8_t*>(mallocgc(kPre.size() + s.len));
  std::memcpy(p, kPre.data(), kPre.size());
  if (s.len > 0) std::memcpy(p + kPre.size(), s.ptr, s.len);
  return String{p, static_cast<int64_t>(kPre.size() + s.len)};
}
String plainError_Error(G* g, void* recv) { return *static_cast<String*>(recv); }
void RuntimeError_noop(G* g, void* recv) {}

struct BoundsError {
  int64_t x;
  int64_t y;
  bool is_signed;
  uint8_t code;
};

void append_int(char* buf, size_t* n, int64_t v, bool is_signed) {
  char tmp[24];
  int i = sizeof(tmp);
  uint64_t u = static_cast<uint64_t>(v);
  bool neg = is_signed && v < 0;
  if (neg) u = 0 - u;
  do {
    tmp[--i] = static_cast<char>('0' + u % 10);
    u /= 10;
  } while (u != 0);
  if (neg) tmp[--i] = '-';
  std::memcpy(buf + *n, tmp + i, sizeof(tmp) - i);
  *n += sizeof(tmp) - i;
}

constexpr const char* kBoundsFmts[] = {
    "index out of range [%x] with length %y",
    "slice bounds out of range [:%x] with length %y",
    "slice bounds out of range [:%x] with capacity %y",
    "slice bounds out of range [%x:%y]",
    "slice bounds out of range [::%x] with length %y",
    "slice bounds out of range [::%x] with capacity %y",
    "slice bounds out of range [:%x:%y]",
    "slice bounds out of range [%x:%y:]",
    "cannot convert slice with length %y to pointer to array with length %x",
};
constexpr const char* kBoundsNegFmts[] = {
    "index out of range [%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [%x:]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [:%x:]",
    "slice bounds out of range [%x::]",
    "cannot convert slice with length %y to pointer to array with length %x",
};

String boundsError_Error(G* g, void* recv) {
  auto* e = static_cast<BoundsError*>(recv);
  if (e->code > kBoundsConvert) throw_("boundsError: bad code");
  const char* fmt = (e->is_signed && e->x < 0) ? kBoundsNegFmts[e->code] : kBoundsFmts[e->code];
  char buf[128];
  size_t n = 0;
  std::memcpy(buf, "runtime error: ", 15);
  n = 15;
  for (const char* c = fmt; *c; c++) {
    if (*c != '%') {
      buf[n++] = *c;
      continue;
    }
    c++;
    if (*c == 'x') append_int(buf, &n, e->x, e->is_signed);
    else append_int(buf, &n, e->y, true);
  }
  return gostring(g, std::string_view(buf, n));
}

struct TypeAssertionError {
  const TypeDesc* iface;     // the interface type asserted from (null: "interface")
  const TypeDesc* concrete;  // the dynamic type (null: the interface was nil)
  const TypeDesc* asserted;  // the type asserted to
  String missing;            // a method asserted's interface needs and concrete lacks
};

String typeAssertionError_Error(G* g, void* recv) {
  auto* e = static_cast<TypeAssertionError*>(recv);
  std::string_view inter = e->iface ? name_of(e->iface) : "interface";
  std::string_view as = name_of(e->asserted);
  // Assembled in the heap: type names may be long.
  std::string_view parts[8];
  int np = 0;
  parts[np++] = "interface conversion: ";
  if (e->concrete == nullptr) {
    parts[np++] = inter;
    parts[np++] = " is nil, not ";
    parts[np++] = as;
  } else if (e->missing.len == 0) {
    std::string_view cs = name_of(e->concrete);
    parts[np++] = inter;
    parts[np++] = " is ";
    parts[np++] = cs;
    parts[np++] = ", not ";
    parts[np++] = as;
    if (cs == as) parts[np++] = " (types from different scopes)";
  } else {
    parts[np++] = name_of(e->concrete);
    parts[np++] = " is not ";
    parts[np++] = as;
    parts[np++] = ": missing method ";
    parts[np++] = sv(e->missing);
  }
  String ss[8];
  for (int i = 0; i < np; i++) ss[i] = gostring_static(parts[i]);
  return mgo_rt_concatstrings(g, ss, np);
}

const Method kErrorStringMethods[2] = {
    {MGO_STR("Error"), &func_string_type, reinterpret_cast<void*>(&errorString_Error)},
    {MGO_STR("RuntimeError"), &func_type, reinterpret_cast<void*>(&RuntimeError_noop)}};
const Method kPlainErrorMethods[2] = {
    {MGO_STR("Error"), &func_string_type, reinterpret_cast<void*>(&plainError_Error)},
    {MGO_STR("RuntimeError"), &func_type, reinterpret_cast<void*>(&RuntimeError_noop)}};
const Method kBoundsErrorMethods[2] = {
    {MGO_STR("Error"), &func_string_type, reinterpret_cast<void*>(&boundsError_Error)},
    {MGO_STR("RuntimeError"), &func_type, reinterpret_cast<void*>(&RuntimeError_noop)}};
const Method kTypeAssertionErrorMethods[2] = {
    {MGO_STR("Error"), &func_string_type, reinterpret_cast<void*>(&typeAssertionError_Error)},
    {MGO_STR("RuntimeError"), &func_type, reinterpret_cast<void*>(&RuntimeError_noop)}};

}  // namespace

const TypeDesc errorString_type = {
    .size = 16, .align = 8, .kind = KindString,
    .flags = TypeFlagComparable | TypeFlagNamed | TypeFlagHasPointers, .reserved = 0,
    .name = MGO_STR("runtime.errorString"),
    .methods = kErrorStringMethods, .nmethods = 2,
};
const TypeDesc plainError_type = {
    .size = 16, .align = 8, .kind = KindString,
    .flags = TypeFlagComparable | TypeFlagNamed | TypeFlagHasPointers, .reserved = 0,
    .name = MGO_STR("runtime.plainError"),
    .methods = kPlainErrorMethods, .nmethods = 2,
};
const TypeDesc boundsError_type = {
    .size = sizeof(BoundsError), .align = 8, .kind = KindStruct,
    .flags = TypeFlagComparable | TypeFlagNamed, .reserved = 0,
    .name = MGO_STR("runtime.boundsError"),
    .methods = kBoundsErrorMethods, .nmethods = 2,
};
const TypeDesc typeAssertionError_type = {
    .size = sizeof(TypeAssertionError), .align = 8, .kind = KindStruct,
    .flags = TypeFlagComparable | TypeFlagNamed | TypeFlagHasPointers, .reserved = 0,
    .name = MGO_STR("runtime.TypeAssertionError"),
    .ptrto = &typeAssertionError_ptr_type,
};
const TypeDesc typeAssertionError_ptr_type = {
    .size = 8, .align = 8, .kind = KindPointer,
    .flags = TypeFlagComparable | TypeFlagDirectIface | TypeFlagHasPointers, .reserved = 0,
    .name = MGO_STR("*runtime.TypeAssertionError"),
    .elem = &typeAssertionError_type,
    .methods = kTypeAssertionErrorMethods, .nmethods = 2,
};

namespace {

Eface box_string(const TypeDesc* t, std::string_view msg) {
  auto* box = static_cast<String*>(mallocgc(sizeof(String)));
  *box = gostring(nullptr, msg);
  return Eface{t, box};
}

// ---- the report of an unrecovered panic ----

// Go's preprintpanics: error and Stringer values become their strings, so that a
// method that panics or prints does so before the report starts.
void preprintpanics(G* g, Panic* p) {
  for (; p != nullptr; p = p->link) {
    if (p->arg.type == nullptr) continue;
    String s;
    if (call_string_method(g, p->arg.type, p->arg.data, "Error", &s) ||
        call_string_method(g, p->arg.type, p->arg.data, "String", &s)) {
      auto* box = static_cast<String*>(mallocgc(sizeof(String)));
      *box = s;
      p->arg = Eface{&string_type, box};
    }
  }
}

void printpanics(G* g, Panic* p) {
  if (p->link != nullptr) {
    printpanics(g, p->link);
    printstr("\t");
  }
  printstr("panic: ");
  printpanicval(g, p->arg);
  if (p->recovered) printstr(" [recovered]");
  printstr("\n");
}

// The goroutine printing the fatal panic report; others that fail meanwhile wait for
// the process to exit (Go's paniclk), so only one report is printed.
std::atomic<G*> dying_g{nullptr};
std::atomic<bool> dying{false};

[[noreturn]] void fatalpanic(G* g, Panic* p) {
  if (dying.exchange(true)) {
    if (dying_g.load() == g) {
      // preprintpanics called an Error/String method that panicked (Go's wording).
      if (p->arg.type != nullptr && p->arg.type->kind == KindString &&
          !(p->arg.type->flags & TypeFlagNamed)) {
        ErrWriter w;
        w.str("fatal error: panic while printing panic value: ")
            .str(*static_cast<String*>(p->arg.data)).ch('\n');
      } else {
        ErrWriter w;
        w.str("fatal error: panic while printing panic value: type ")
            .str(p->arg.type ? name_of(p->arg.type) : "nil").ch('\n');
      }
      exit(2);
    }
    for (;;) pause();  // another goroutine is printing its report and will exit
  }
  dying_g.store(g);
  preprintpanics(g, p);
  printlock();
  printpanics(g, p);
  printstr("\ngoroutine ");
  printint(g != nullptr ? g->goid : 1);
  printstr(" [running]:\n");
  printunlock();
  exit(2);
}

// The recovering frame may be on an older stack segment than the panic: its segment
// becomes current again and the newer ones are released (runtime/stack.h).
void restore_stack(G* g, DeferFrame* f) {
  if (g->stack.lo != f->stackstate[0] || g->stack.hi != f->stackstate[1]) {
    stackunwind(g, Stack{f->stackstate[0], f->stackstate[1]});
  }
}

}  // namespace

void printpanicval(G* g, Eface e) {
  const TypeDesc* t = e.type;
  if (t == nullptr) {
    printstr("nil");
    return;
  }
  const void* v = iface_value_ptr(t, &e.data);
  bool named = (t->flags & TypeFlagNamed) != 0;
  auto open = [&](const char* paren) {
    if (named) {
      printstr(name_of(t));
      printstr(paren);
    }
  };
  auto close = [&](const char* paren) {
    if (named) printstr(paren);
  };
  switch (t->kind) {
    case KindString: {
      auto s = static_cast<const String*>(v);
      open("(\"");
      printstr(sv(*s));
      close("\")");
      return;
    }
    case KindBool: open("("); printbool(*static_cast<const bool*>(v)); close(")"); return;
    case KindInt: case KindInt64:
      open("("); printint(*static_cast<const int64_t*>(v)); close(")"); return;
    case KindInt8: open("("); printint(*static_cast<const int8_t*>(v)); close(")"); return;
    case KindInt16: open("("); printint(*static_cast<const int16_t*>(v)); close(")"); return;
    case KindInt32: open("("); printint(*static_cast<const int32_t*>(v)); close(")"); return;
    case KindUint: case KindUint64: case KindUintptr:
      open("("); printuint(*static_cast<const uint64_t*>(v)); close(")"); return;
    case KindUint8: open("("); printuint(*static_cast<const uint8_t*>(v)); close(")"); return;
    case KindUint16: open("("); printuint(*static_cast<const uint16_t*>(v)); close(")"); return;
    case KindUint32: open("("); printuint(*static_cast<const uint32_t*>(v)); close(")"); return;
    case KindFloat32: open("("); printfloat(*static_cast<const float*>(v)); close(")"); return;
    case KindFloat64: open("("); printfloat(*static_cast<const double*>(v)); close(")"); return;
    case KindComplex64: {
      auto c = static_cast<const float*>(v);
      if (named) printstr(name_of(t));
      printcomplex(c[0], c[1]);
      return;
    }
    case KindComplex128: {
      auto c = static_cast<const double*>(v);
      if (named) printstr(name_of(t));
      printcomplex(c[0], c[1]);
      return;
    }
    default:
      printstr("(");
      printstr(name_of(t));
      printstr(") ");
      printpointer(e.data);
      return;
  }
}

namespace {
struct GopanicArgs {
  G* g;
  Eface e;
};
void gopanic1(G* g, Eface e);
void gopanic_on(void* a) {
  auto* args = static_cast<GopanicArgs*>(a);
  gopanic1(args->g, args->e);
}
}  // namespace

// Panics start in the red zone of small segments (runtime/stack.h): gopanic, the
// deferred calls' C++ frames and the report need room, so they move to a big segment
// first; the segment is released when a recovery longjmps below it (restore_stack).
void gopanic(G* g, Eface e) {
  if (g == nullptr) g = getg();
  GopanicArgs args{g, e};
  // Twice the heavy-call frame: a deferred call that prints (fmt) then passes its check
  // where gopanic called it (not needed for recover's frame rule, which holds on any
  // segment, but it saves a segment link per deferred call).
  stack_call_with_room(g, 2 * kHeavyCallFrame, gopanic_on, &args);
  throw_("gopanic: returned");
}

namespace {
void gopanic1(G* g, Eface e) {
  Panic pr;
  Panic* p = &pr;
  p->arg = e;
  p->link = g != nullptr ? g->panicking : nullptr;
  if (g == nullptr) fatalpanic(g, p);
  g->panicking = p;
  for (;;) {
    DeferFrame* f = g->deferframes;
    if (f == nullptr) break;
    auto* d = static_cast<Defer*>(f->defers);
    if (d == nullptr) {
      g->deferframes = f->link;
      continue;
    }
    if (d->started) {
      // A deferred call an earlier panic (or deferreturn) started and that did not
      // finish: that panic is aborted; the call is not run again.
      if (d->panic != nullptr) d->panic->aborted = true;
      f->defers = d->link;
      continue;
    }
    d->started = true;
    d->panic = p;
    p->running = true;
    p->argp = kArgpPending;
    p->expect = d->fn->fn;
    call_closure(g, d->fn);
    p->running = false;
    p->argp = 0;
    p->expect = nullptr;
    if (g->deferframes != f || f->defers != d) throw_("gopanic: deferred call left its frame");
    f->defers = d->link;
    if (p->recovered) {
      Panic* q = p->link;
      while (q != nullptr && q->aborted) q = q->link;
      g->panicking = q;
      restore_stack(g, f);
      _longjmp(reinterpret_cast<__jmp_buf_tag*>(f->jb), 1);
    }
  }
  fatalpanic(g, p);
}
}  // namespace

void panic_error(G* g, std::string_view msg) { gopanic(g, box_string(&errorString_type, msg)); }
void panic_plain(G* g, std::string_view msg) { gopanic(g, box_string(&plainError_type, msg)); }

namespace {

struct CatchClosure {
  Closure c;
  volatile bool completed;  // fn returned normally
  volatile bool panicked;
  Eface value;
};

void catch_closure_code(G* g, void* ctx) {
  auto* cc = static_cast<CatchClosure*>(ctx);
  // Run by deferreturn after fn returned: nothing to do. Run before fn completed: a
  // panic is unwinding through catch_panic's frame (the innermost panic, running us).
  if (cc->completed) return;
  Panic* p = g->panicking;
  if (p == nullptr || !p->running || p->recovered) return;  // Goexit: not ours to stop
  cc->panicked = true;
  p->recovered = true;
  cc->value = p->arg;
}

}  // namespace

bool catch_panic(G* g, void (*fn)(G*, void*), void* arg, Eface* recovered) {
  DeferFrame frame;
  CatchClosure cc;
  cc.c.fn = reinterpret_cast<void*>(&catch_closure_code);
  cc.completed = false;
  cc.panicked = false;
  cc.value = Eface{nullptr, nullptr};
  mgo_rt_deferframe_push(g, &frame);
  if (_setjmp(reinterpret_cast<__jmp_buf_tag*>(frame.jb)) == 0) {
    mgo_rt_defer(g, &frame, &cc.c);
    fn(g, arg);
    cc.completed = true;
  }
  mgo_rt_deferreturn(g, &frame);
  if (cc.panicked && recovered != nullptr) *recovered = cc.value;
  return cc.panicked;
}

void goexit_rundefers(G* gp) {
  for (Panic* p = gp->panicking; p != nullptr; p = p->link) {
    p->running = false;  // recover() returns nil during Goexit
    p->aborted = true;
  }
  while (gp->deferframes != nullptr) mgo_rt_deferreturn(gp, gp->deferframes);
  gp->panicking = nullptr;
}

bool panic_state_clean(G* gp) { return gp->deferframes == nullptr && gp->panicking == nullptr; }

}  // namespace mgo::rt

using namespace mgo::rt;

static_assert(sizeof(DeferFrame::jb) >= sizeof(jmp_buf), "DeferFrame.jb too small for jmp_buf");

extern "C" {

void mgo_rt_deferframe_push(G* g, DeferFrame* f) {
  f->defers = nullptr;
  f->link = g->deferframes;
  f->stackstate[0] = g->stack.lo;
  f->stackstate[1] = g->stack.hi;
  f->stackstate[2] = g->stackguard0.load(std::memory_order_relaxed);
  f->stackstate[3] = 0;
  g->deferframes = f;
}

void mgo_rt_defer(G* g, DeferFrame* f, Closure* fn) {
  auto* d = static_cast<Defer*>(mallocgc(sizeof(Defer)));
  d->fn = fn;
  d->link = static_cast<Defer*>(f->defers);
  f->defers = d;
}

void mgo_rt_deferreturn(G* g, DeferFrame* f) {
  if (g->deferframes != f) throw_("deferreturn: frame is not the innermost");
  while (auto* d = static_cast<Defer*>(f->defers)) {
    if (d->started) {
      // A call that did not finish: runtime.Goexit from inside a deferred call runs
      // the remaining records with deferreturn; the interrupted one is not rerun.
      if (d->panic != nullptr) d->panic->aborted = true;
      f->defers = d->link;
      continue;
    }
    d->started = true;
    d->panic = nullptr;
    call_closure(g, d->fn);
    if (g->deferframes != f || f->defers != d) throw_("deferreturn: deferred call left its frame");
    f->defers = d->link;
  }
  g->deferframes = f->link;
}

void mgo_rt_gopanic(G* g, const TypeDesc* type, void* data) { gopanic(g, Eface{type, data}); }

Eface mgo_rt_gorecover(G* g) {
  Panic* p = g->panicking;
  if (p != nullptr && !p->recovered && p->running) {
    p->recovered = true;
    return p->arg;
  }
  return Eface{nullptr, nullptr};
}

void mgo_rt_deferforward(G* g, const void* self, const void* target) {
  Panic* p = g->panicking;
  if (p != nullptr && p->argp == kArgpPending && p->expect == self) p->expect = target;
}

void mgo_rt_deferclaim(G* g, const void* self, void* cfa) {
  Panic* p = g->panicking;
  if (p != nullptr && p->argp == kArgpPending && p->expect == self) {
    p->argp = reinterpret_cast<uintptr_t>(cfa);
    p->expect = nullptr;
  }
}

Eface mgo_rt_gorecover_cfa(G* g, void* cfa) {
  Panic* p = g->panicking;
  if (p != nullptr && !p->recovered && p->running && p->argp == reinterpret_cast<uintptr_t>(cfa)) {
    p->recovered = true;
    return p->arg;
  }
  return Eface{nullptr, nullptr};
}

void mgo_rt_panicIndex(G* g, int64_t x, int64_t len) {
  auto* e = static_cast<BoundsError*>(mallocgc(sizeof(BoundsError)));
  *e = BoundsError{x, len, true, static_cast<uint8_t>(kBoundsIndex)};
  gopanic(g, Eface{&boundsError_type, e});
}

void mgo_rt_panicSlice(G* g, int64_t x, int64_t y, int64_t unused, int64_t kind) {
  auto* e = static_cast<BoundsError*>(mallocgc(sizeof(BoundsError)));
  *e = BoundsError{x, y, (kind & kBoundsUnsigned) == 0, static_cast<uint8_t>(kind & 0xff)};
  gopanic(g, Eface{&boundsError_type, e});
}

void mgo_rt_panicdivide(G* g) { panic_error(g, "integer divide by zero"); }
void mgo_rt_panicnilmap(G* g) { panic_plain(g, "assignment to entry in nil map"); }
void mgo_rt_panicmem(G* g) { panic_error(g, "invalid memory address or nil pointer dereference"); }
void mgo_rt_panicshift(G* g) { panic_error(g, "negative shift amount"); }

void mgo_rt_panicunhashable(G* g, const TypeDesc* t) {
  String parts[2] = {gostring_static("hash of unhashable type "), t->name};
  String s = mgo_rt_concatstrings(g, parts, 2);
  panic_error(g, sv(s));
}

void mgo_rt_panicdottype(G* g, const TypeDesc* have, const TypeDesc* want, const TypeDesc* iface) {
  auto* e = static_cast<TypeAssertionError*>(mallocgc(sizeof(TypeAssertionError)));
  e->iface = iface;
  e->concrete = have;
  e->asserted = want;
  e->missing = String{nullptr, 0};
  if (want->kind == KindInterface) {
    // x.(I): Go names no source interface, and reports the first missing method.
    e->iface = nullptr;
    if (have != nullptr) {
      std::string_view missing;
      if (getitab(want, have, &missing) == nullptr) e->missing = gostring_static(missing);
    }
  }
  gopanic(g, Eface{&typeAssertionError_ptr_type, e});
}

}  // extern "C"
