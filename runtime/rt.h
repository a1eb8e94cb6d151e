// rt.h — every runtime entry point that compiled Go code calls, by its C name.
//
// jit/ registers each symbol below with the JIT (jit/runtime_symbols.cc) and emits calls
// following the calling convention of runtime/abi.h. Implementations live in the runtime
// file named beside each group. Adding an entry point: declare it here, implement it,
// register it, all in one change.
#pragma once
#include "runtime/abi.h"

extern "C" {

// ---- start-up and exit (runtime/proc_start.cc) ----
// Runs the program: creates the main goroutine on its own stack and calls
// init_fn(g) then main_fn(g) on it (both compiled: void(G*)). GOMAXPROCS Ps, Ms as
// needed (runtime/proc_start.cc). os.Exit, an unrecovered panic or a fatal error end the
// process from where they happen (exit hooks run, then _exit). When main returns, the
// process ends with status 0 right here, whatever other goroutines are doing (they may
// be running JIT code the caller would otherwise tear down): mgo_rt_main returns the
// status (0) only in tests that asked for it (proc.h: sched_set_return_from_main).
int mgo_rt_main(void (*init_fn)(G*), void (*main_fn)(G*), int argc, const char* const* argv);
// The slow path of the prologue check of compiled function F: F's frame (framesize
// bytes, an estimate) does not fit above g->stackguard0. F packs its incoming arguments
// in `pack`; fn is F's trampoline (jit/codegen_morestack.cc): it unpacks them, calls F
// and stores F's result in the pack. Returns 1 once F ran to completion (its result is
// in the pack): on a new stack segment, or, when the guard held StackPreempt, on the
// current one after the goroutine yielded (F re-checks on entry). Past Go's 1e9-byte
// limit: Go's stack overflow report, exit 2. See runtime/stack.cc.
int64_t mgo_rt_morestack_call(G* g, uint64_t framesize, void (*fn)(void*), void* pack);
// The same check for callers that cannot continue on a new segment (C++ tests): when
// stackguard0 is StackPreempt, yields and returns (the caller re-checks); otherwise
// reports Go's stack overflow and exits 2.
void mgo_rt_morestack(G* g, uint64_t framesize);
// os.Exit: ends the process with `code` at once: no deferred calls run; only the
// runtime exit hooks (fatal.h: buffered os.Stdout) are flushed.
[[noreturn]] void mgo_rt_exit(int code);

// ---- allocation (runtime/malloc.cc): the one entry point; memory is zeroed ----
void* mgo_rt_newobject(G* g, const TypeDesc* type);     // new(T)
void* mgo_rt_mallocgc(G* g, uint64_t size, const TypeDesc* type_or_null);
// make([]T, len, cap); panics "makeslice: len out of range" / "cap out of range"
void mgo_rt_makeslice(G* g, Slice* out, const TypeDesc* elem, int64_t len, int64_t cap);
// append growth: returns a slice with the old contents, len newlen, cap >= newlen (Go's growth rule)
void mgo_rt_growslice(G* g, Slice* out, const TypeDesc* elem, void* oldptr, int64_t oldlen, int64_t oldcap, int64_t newlen);

// ---- strings (runtime/string.cc) ----
String mgo_rt_concatstrings(G* g, const String* parts, int64_t n);
int64_t mgo_rt_cmpstring(const uint8_t* a, int64_t alen, const uint8_t* b, int64_t blen);  // <0, 0, >0
bool mgo_rt_eqstring(const uint8_t* a, int64_t alen, const uint8_t* b, int64_t blen);
String mgo_rt_slicebytetostring(G* g, const uint8_t* p, int64_t n);
void mgo_rt_stringtoslicebyte(G* g, Slice* out, const uint8_t* p, int64_t n);
void mgo_rt_stringtoslicerune(G* g, Slice* out, const uint8_t* p, int64_t n);
String mgo_rt_slicerunetostring(G* g, const int32_t* p, int64_t n);
String mgo_rt_intstring(G* g, int64_t r);  // string(rune); invalid -> "\uFFFD"
// for range over a string: decodes the rune at s[k]; *width gets its byte length (>=1)
int32_t mgo_rt_decoderune(const uint8_t* s, int64_t len, int64_t k, int64_t* width);

// ---- maps (runtime/map.cc); maptype is the map's TypeDesc (key, elem) ----
void* mgo_rt_makemap(G* g, const TypeDesc* maptype, int64_t hint);
void* mgo_rt_mapaccess1(G* g, const TypeDesc* maptype, void* m, const void* key);  // never null: zero value when absent
void* mgo_rt_mapaccess2(G* g, const TypeDesc* maptype, void* m, const void* key, bool* ok);
void* mgo_rt_mapassign(G* g, const TypeDesc* maptype, void* m, const void* key);   // panics on nil map
void mgo_rt_mapdelete(G* g, const TypeDesc* maptype, void* m, const void* key);
int64_t mgo_rt_maplen(void* m);
void mgo_rt_mapiterinit(G* g, const TypeDesc* maptype, void* m, MapIter* it);       // random start, as Go
void mgo_rt_mapiternext(MapIter* it);

// ---- interfaces and types (runtime/iface.cc) ----
// Itab for (interface type, concrete type), built once and cached; null if it does not
// implement. Used for assertions and interface-to-interface conversions.
const Itab* mgo_rt_getitab(const TypeDesc* inter, const TypeDesc* type, bool canfail);
bool mgo_rt_efaceeq(G* g, const TypeDesc* t, void* x, void* y);  // same dynamic type; panics if uncomparable
bool mgo_rt_typeeq(G* g, const TypeDesc* t, const void* x, const void* y);  // == on values of type t
// Failed x.(T): panics with Go's text: "interface conversion: interface {} is string, not int",
// "interface conversion: main.T is not main.I: missing method M", "... interface is nil, not ...".
[[noreturn]] void mgo_rt_panicdottype(G* g, const TypeDesc* have, const TypeDesc* want, const TypeDesc* iface);

// ---- panics and defers (runtime/panic.cc) ----
void mgo_rt_deferframe_push(G* g, DeferFrame* f);
void mgo_rt_defer(G* g, DeferFrame* f, Closure* fn);   // fn: func() value
void mgo_rt_deferreturn(G* g, DeferFrame* f);          // run f's pending defers, pop f
[[noreturn]] void mgo_rt_gopanic(G* g, const TypeDesc* type, void* data);
Eface mgo_rt_gorecover(G* g);
// Go's exact recover rule (recover only in a function called directly by a deferred
// call; runtime/panic.cc "recover's frame rule"), for compiled code:
//   - a transparent wrapper (defer thunk, method-value/func-value/itab wrapper) whose
//     g->panicking is set calls mgo_rt_deferforward(g, its own code, the code it calls);
//   - a function containing recover() calls mgo_rt_deferclaim(g, its own code, its CFA)
//     first in its body, and mgo_rt_gorecover_cfa(g, its CFA) for recover().
// CFA = llvm.addressofreturnaddress + 8 (the stack pointer before the call).
void mgo_rt_deferforward(G* g, const void* self, const void* target);
void mgo_rt_deferclaim(G* g, const void* self, void* cfa);
Eface mgo_rt_gorecover_cfa(G* g, void* cfa);
[[noreturn]] void mgo_rt_panicIndex(G* g, int64_t x, int64_t len);       // index out of range [x] with length len
[[noreturn]] void mgo_rt_panicSlice(G* g, int64_t lo, int64_t hi, int64_t max, int64_t kind);  // slice bounds messages; kind: see panic.cc
[[noreturn]] void mgo_rt_panicdivide(G* g);             // integer divide by zero
[[noreturn]] void mgo_rt_panicnilmap(G* g);             // assignment to entry in nil map
[[noreturn]] void mgo_rt_panicmem(G* g);                // invalid memory address or nil pointer dereference
[[noreturn]] void mgo_rt_panicshift(G* g);              // negative shift amount
[[noreturn]] void mgo_rt_panicunhashable(G* g, const TypeDesc* t);

// ---- builtins print/println (runtime/print.cc): write to stderr as Go's ----
void mgo_rt_printlock(G* g);
void mgo_rt_printunlock(G* g);
void mgo_rt_printbool(G* g, bool v);
void mgo_rt_printint(G* g, int64_t v);
void mgo_rt_printuint(G* g, uint64_t v);
void mgo_rt_printfloat(G* g, double v);           // Go's +1.500000e+000 form
void mgo_rt_printcomplex(G* g, double re, double im);
void mgo_rt_printstring(G* g, const uint8_t* p, int64_t n);
void mgo_rt_printpointer(G* g, const void* p);
void mgo_rt_printeface(G* g, const TypeDesc* t, void* data);  // (0x..,0x..)
void mgo_rt_printslice(G* g, void* p, int64_t len, int64_t cap);
void mgo_rt_printsp(G* g);
void mgo_rt_printnl(G* g);


// ---- goroutines and channels (runtime/proc_goroutine.cc, proc.cc, chan.cc, sema.cc) ----
// The go statement: the compiler packages the callee and its evaluated arguments into a
// func() closure; fn == nil panics with the nil dereference error, as Go.
void mgo_rt_newproc(G* g, Closure* fn);
// A loop back-edge poll (jit/codegen_poll.cc) saw StackPreempt in g->stackguard0:
// restores the real guard and yields (runtime.Gosched); returns when g runs again. Does
// nothing when the guard no longer holds StackPreempt. Independent of the stack-growth
// slow path, so it needs no frame size or trampoline.
void mgo_rt_preemptcheck(G* g);
// make(chan T, size): chantype is the chan's TypeDesc (elem = T). Panics
// "makechan: size out of range" when size < 0 or too large.
void* mgo_rt_makechan(G* g, const TypeDesc* chantype, int64_t size);
// c <- *elem. Blocks; nil c blocks forever; panics "send on closed channel".
void mgo_rt_chansend(G* g, void* c, const void* elem);
// v, ok := <-c into *elem_out (may be null: result discarded). Returns ok (false: the
// channel is closed and empty; *elem_out gets the zero value). nil c blocks forever.
bool mgo_rt_chanrecv(G* g, void* c, void* elem_out_or_null);
// close(c): panics "close of nil channel" / "close of closed channel".
void mgo_rt_closechan(G* g, void* c);
int64_t mgo_rt_chanlen(void* c);   // len(c); 0 for nil
int64_t mgo_rt_chancap(void* c);   // cap(c); 0 for nil
// select { case c <- v: ...; default: ... }: true if the send happened.
bool mgo_rt_selectnbsend(G* g, void* c, const void* elem);
// select { case v, ok := <-c: ...; default: ... }: true if the case was selected;
// *received (may be null) as chanrecv's ok.
bool mgo_rt_selectnbrecv(G* g, void* c, void* elem_out_or_null, bool* received);
// Package runtime's body-less functions (abi.h extern naming):
void mgo_runtime_Gosched(G* g);
[[noreturn]] void mgo_runtime_Goexit(G* g);   // runs the goroutine's deferred calls first
int64_t mgo_runtime_NumGoroutine(G* g);
int64_t mgo_runtime_NumCPU(G* g);
int64_t mgo_runtime_GOMAXPROCS(G* g, int64_t n);  // n > 0: stop the world, resize (proc_stw.cc)
// sync.Mutex, sync.WaitGroup and sync/atomic: declared in runtime/sema.h.

// ---- select (runtime/select.cc) ----
// One case of a select (Go's scase): c is the channel (nil: the case never proceeds);
// elem is, for a send, the value to send, for a receive, where the value goes (may be
// null: discarded).
struct Scase {
  void* c;
  void* elem;
};
// A select with cases: sends in cases[0, nsends), receives in cases[nsends, nsends+nrecvs);
// order: caller scratch of 2*(nsends+nrecvs) uint16 (a frame slot; selects have at most
// 65536 cases). block=false (the select has a default): returns -1 when no case can
// proceed, without parking or allocating. Otherwise returns the chosen case's index and
// sets *recvOK (may be null) to chanrecv's ok for a receive. Polls cases in a uniformly
// random order, as Go; a send case on a closed channel panics "send on closed channel".
// Codegen lowers a select with one case and a default to selectnbsend/selectnbrecv and
// one without default to chansend/chanrecv, as Go's compiler does.
int64_t mgo_rt_selectgo(G* g, Scase* cases, uint16_t* order, int64_t nsends, int64_t nrecvs,
                        bool block, bool* recvOK);
// select {}: blocks forever (wait reason "select (no cases)").
[[noreturn]] void mgo_rt_block(G* g);

}  // extern "C"
