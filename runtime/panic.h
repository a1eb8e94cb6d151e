// panic.h — Go panics from runtime C++ code, and the runtime.Error values they carry.
//
// Compiled code panics through the mgo_rt_panic* entry points of rt.h; the runtime and
// stdlib panic through these. Every runtime error is a Go value of one of the runtime's
// own error types, built here in C++ with their descriptors and Error methods, so that
// recover() returns something user code can print, compare, type-assert to error (and
// to runtime.Error), exactly as in Go:
//   runtime.errorString  (string)   Error() = "runtime error: " + s     panic_error()
//   runtime.plainError   (string)   Error() = s                         panic_plain()
//   runtime.boundsError  (struct)   Error() = "runtime error: index out of range [5] with length 3"
//   *runtime.TypeAssertionError      Error() = "interface conversion: ..."
// Each has methods Error() string and RuntimeError(), so it satisfies error and
// runtime.Error. Their descriptors are exported below for stdlib (e.g. the runtime
// package's Error interface, or tests).
#pragma once
#include <cstdint>
#include <string_view>

#include "runtime/abi.h"

namespace mgo::rt {

// One active panic; lives in gopanic's C++ frame on the panicking goroutine's stack.
struct Panic {
  Eface arg;               // the value passed to panic
  Panic* link;             // the panic this one interrupted (older), or null
  bool recovered = false;  // recover() was called for it
  bool aborted = false;    // a newer panic ran past the defer this one was running
  bool running = false;    // a deferred call this panic started is running (recover works)
  // Which frame may recover it (panic.cc, "recover's frame rule"): while a deferred call
  // it started is being entered, argp == kArgpPending and expect is the code that is
  // about to be called (transparent wrappers move expect on to their callee); the
  // function that claims it stores its CFA in argp. 0 outside deferred calls.
  uintptr_t argp = 0;
  const void* expect = nullptr;
};

constexpr uintptr_t kArgpPending = 1;

// Starts a Go panic with value e on g (the running goroutine). Never returns: either a
// deferred call recovers (control resumes in the recovering function) or the program
// prints the panic and exits 2.
[[noreturn]] void gopanic(G* g, Eface e);
// panic(runtime.errorString(msg)): prints "panic: runtime error: MSG". msg is copied.
[[noreturn]] void panic_error(G* g, std::string_view msg);
// panic(runtime.plainError(msg)): prints "panic: MSG" ("send on closed channel",
// "close of nil channel", "assignment to entry in nil map"). msg is copied.
[[noreturn]] void panic_plain(G* g, std::string_view msg);

// Calls fn(g, arg) as if from a Go function with `defer func() { *recovered = recover() }()`:
// returns false when fn returns normally, true (with the panic value, possibly nil for
// panic(nil)) when fn panicked — the panic is then stopped. For C++ callers of Go code
// that must survive its panics, as fmt's catchPanic ("%!v(PANIC=String method: boom)").
// The recovery longjmps into this function's frame: frames between it and the panic
// must be Go code or trivially destructible C++ (no destructors are run).
bool catch_panic(G* g, void (*fn)(G* g, void* arg), void* arg, Eface* recovered);

// Go's boundsErrorCode, the `kind` argument of mgo_rt_panicSlice (x, y as Go's fields).
enum BoundsCode : int64_t {
  kBoundsIndex = 0,       // s[x]: "index out of range [x] with length y"
  kBoundsSliceAlen = 1,   // s[?:x] "slice bounds out of range [:x] with length y"
  kBoundsSliceAcap = 2,   // s[?:x] "... [:x] with capacity y"
  kBoundsSliceB = 3,      // s[x:y] "... [x:y]"
  kBoundsSlice3Alen = 4,  // s[?:?:x] "... [::x] with length y"
  kBoundsSlice3Acap = 5,  // s[?:?:x] "... [::x] with capacity y"
  kBoundsSlice3B = 6,     // s[?:x:y] "... [:x:y]"
  kBoundsSlice3C = 7,     // s[x:y:?] "... [x:y:]"
  kBoundsConvert = 8,     // (*[x]T)(s) "cannot convert slice with length y to pointer to array with length x"
};
// Flag or-ed into the code when x is unsigned (printed as uint64).
constexpr int64_t kBoundsUnsigned = 0x100;

// Descriptors of the runtime's error types and of the interfaces they satisfy.
extern const TypeDesc errorString_type;     // runtime.errorString
extern const TypeDesc plainError_type;      // runtime.plainError
extern const TypeDesc boundsError_type;     // runtime.boundsError
extern const TypeDesc typeAssertionError_type;      // runtime.TypeAssertionError
extern const TypeDesc typeAssertionError_ptr_type;  // *runtime.TypeAssertionError
extern const TypeDesc error_type;           // the predeclared interface `error`
extern const TypeDesc runtime_Error_type;   // runtime.Error
extern const TypeDesc string_type;          // string
extern const TypeDesc func_string_type;     // func() string
extern const TypeDesc func_type;            // func()

// Prints the value as Go's printpanicval (after preprintpanics): error -> Error(),
// Stringer -> String(), basic kinds as print, others "(T) 0xADDR". Used by the panic
// report, usable by anyone printing a panic value.
void printpanicval(G* g, Eface e);

// runtime.Goexit's deferred calls: runs every pending deferred call of gp, innermost
// frame first (a call interrupted by the Goexit itself is not rerun), with recover()
// returning nil in them, and forgets any panic in progress (Goexit from a deferred call
// ends the panic along with the goroutine, as in Go). gp is the running goroutine; the
// scheduler then ends it (panic_state_clean(gp) holds afterwards).
void goexit_rundefers(G* gp);

// Called by the scheduler when goroutine gp's function returns with panics still
// recorded (cannot happen in correct code) — throws. Also the hook the scheduler calls
// on goroutine exit to check that no DeferFrame is left: returns true if clean.
bool panic_state_clean(G* gp);

}  // namespace mgo::rt
