// Tests for defer/panic/recover (runtime/panic.cc) through hand-written C++ functions
// that follow the DeferFrame protocol exactly as jit/ emits it (abi.h), and for the
// report of an unrecovered panic, checked in a child process: exit status 2 and the
// exact first lines of stderr, which were recorded from `go build` binaries of the Go
// programs quoted beside each case (Go 1.19).
#include <setjmp.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "runtime/fatal.h"
#include "runtime/malloc.h"
#include "runtime/panic.h"
#include "runtime/rt.h"
#include "runtime/rtstring.h"
#include "runtime/runtime2.h"
#include "tests/unit/runtime_test_child.h"

// Test descriptors use designated initializers; unnamed members are zero on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace mgo::rt;

namespace {

#define STR(s) String{reinterpret_cast<const uint8_t*>(s), sizeof(s) - 1}

const TypeDesc kInt = {.size = 8, .align = 8, .kind = KindInt, .flags = TypeFlagComparable,
                       .reserved = 0, .name = STR("int")};
const TypeDesc kNamedInt = {.size = 8, .align = 8, .kind = KindInt,
                            .flags = TypeFlagComparable | TypeFlagNamed, .reserved = 0,
                            .name = STR("main.I")};
const TypeDesc kNamedString = {.size = 16, .align = 8, .kind = KindString,
                               .flags = TypeFlagComparable | TypeFlagNamed, .reserved = 0,
                               .name = STR("main.S")};
const TypeDesc kFloat = {.size = 8, .align = 8, .kind = KindFloat64,
                         .flags = TypeFlagComparable, .reserved = 0, .name = STR("float64")};
const TypeDesc kStruct = {.size = 8, .align = 8, .kind = KindStruct,
                          .flags = TypeFlagComparable | TypeFlagNamed, .reserved = 0,
                          .name = STR("main.T")};

Eface box_int(int64_t v, const TypeDesc* t = &kInt) {
  auto* p = static_cast<int64_t*>(mallocgc(8));
  *p = v;
  return Eface{t, p};
}
Eface box_str(const char* s, const TypeDesc* t = &string_type) {
  auto* p = static_cast<String*>(mallocgc(sizeof(String)));
  *p = gostring(nullptr, s);
  return Eface{t, p};
}
std::string str(String s) { return std::string(reinterpret_cast<const char*>(s.ptr), s.len); }

struct TestG {
  G g;
  TestG() { g.goid = 1; }
  ~TestG() {
    EXPECT_EQ(g.deferframes, nullptr) << "a DeferFrame was left on the goroutine";
    EXPECT_EQ(g.panicking, nullptr) << "a panic was left on the goroutine";
  }
};

// Runs fn in a child process; returns its exit status (or 128+signal) and stderr.
using Child = ChildResult;
Child run_child(const std::function<void()>& fn) { return run_in_child(fn); }
std::string first_lines(const std::string& s, int n) {
  size_t pos = 0;
  for (int i = 0; i < n; i++) {
    pos = s.find('\n', pos);
    if (pos == std::string::npos) return s;
    pos++;
  }
  return s.substr(0, pos);
}

// ---- "compiled" functions ----

// A func() closure calling a C++ lambda, as a func value's closure object.
struct FnClosure {
  Closure c;
  std::function<void(G*)>* body;
};
void fn_closure_code(G* g, void* ctx) { (*static_cast<FnClosure*>(ctx)->body)(g); }
FnClosure* make_closure(std::function<void(G*)> body) {
  // Heap closures, as the codegen would allocate escaping ones (never freed: no GC).
  auto* c = new FnClosure{{reinterpret_cast<void*>(&fn_closure_code)},
                          new std::function<void(G*)>(std::move(body))};
  return c;
}

// A compiled Go function with defer statements:
//   func withDefers(defers []func(), body func()) (r int) {
//     for _, d := range defers { defer d() }
//     body(); r = 1; return
//   }
// Result slot r is volatile: it is read after _setjmp returns a second time.
int64_t with_defers(G* g, const std::vector<FnClosure*>& defers, const std::function<void(G*)>& body,
                    volatile int64_t* rslot) {
  DeferFrame frame;
  mgo_rt_deferframe_push(g, &frame);
  if (_setjmp(reinterpret_cast<__jmp_buf_tag*>(frame.jb)) != 0) goto recovered;
  for (FnClosure* d : defers) mgo_rt_defer(g, &frame, &d->c);
  body(g);
  *rslot = 1;
recovered:
  mgo_rt_deferreturn(g, &frame);
  return *rslot;
}

TEST(RuntimeCorePanic, DefersRunLifoOnReturn) {
  TestG tg;
  std::vector<int> order;
  std::vector<FnClosure*> ds;
  for (int i = 0; i < 3; i++) ds.push_back(make_closure([&order, i](G*) { order.push_back(i); }));
  volatile int64_t r = 0;
  EXPECT_EQ(with_defers(&tg.g, ds, [](G*) {}, &r), 1);
  EXPECT_EQ(order, (std::vector<int>{2, 1, 0}));
}

TEST(RuntimeCorePanic, RecoverStopsPanicAndFunctionReturnsResultSlots) {
  TestG tg;
  Eface got{};
  std::vector<std::string> log;
  // func f() (r int) { defer func(){ got = recover(); r = 42 }(); defer log("second"); panic("boom") }
  volatile int64_t r = 0;
  auto* rec = make_closure([&](G* g) {
    got = mgo_rt_gorecover(g);
    r = 42;
  });
  auto* second = make_closure([&](G*) { log.push_back("second runs first"); });
  int64_t res = with_defers(&tg.g, {rec, second}, [](G* g) {
    Eface e = box_str("boom");
    mgo_rt_gopanic(g, e.type, e.data);
  }, &r);
  EXPECT_EQ(res, 42);
  ASSERT_EQ(got.type, &string_type);
  EXPECT_EQ(str(*static_cast<String*>(got.data)), "boom");
  EXPECT_EQ(log, (std::vector<std::string>{"second runs first"}));
}

TEST(RuntimeCorePanic, PanicUnwindsThroughInnerFramesToTheRecoveringOne) {
  TestG tg;
  std::vector<std::string> log;
  volatile int64_t outer_r = 0, inner_r = 0;
  auto* outer_rec = make_closure([&](G* g) {
    Eface e = mgo_rt_gorecover(g);
    log.push_back(e.type ? "outer recovered " + std::to_string(*static_cast<int64_t*>(e.data))
                         : "outer nil");
  });
  auto* inner_defer = make_closure([&](G* g) { log.push_back("inner defer"); });
  int64_t res = with_defers(&tg.g, {outer_rec}, [&](G* g) {
    // outer's body calls inner, which defers and panics; inner never returns.
    with_defers(g, {inner_defer}, [](G* g) {
      Eface e = box_int(7);
      mgo_rt_gopanic(g, e.type, e.data);
    }, &inner_r);
    log.push_back("not reached");
  }, &outer_r);
  EXPECT_EQ(res, 0);  // outer's r was never set: the zero result
  EXPECT_EQ(log, (std::vector<std::string>{"inner defer", "outer recovered 7"}));
}

TEST(RuntimeCorePanic, RecoverOutsidePanicReturnsNil) {
  TestG tg;
  Eface e = mgo_rt_gorecover(&tg.g);
  EXPECT_EQ(e.type, nullptr);
  bool called = false;
  auto* d = make_closure([&](G* g) {
    called = true;
    EXPECT_EQ(mgo_rt_gorecover(g).type, nullptr);  // deferred, but no panic
  });
  volatile int64_t r = 0;
  with_defers(&tg.g, {d}, [](G*) {}, &r);
  EXPECT_TRUE(called);
}

TEST(RuntimeCorePanic, SecondRecoverReturnsNilAndPanicNilRecovers) {
  TestG tg;
  Eface first{}, second{};
  bool after = false;
  volatile int64_t r = 0;
  // defer func(){ first = recover(); second = recover() }(); panic(nil)
  auto* d = make_closure([&](G* g) {
    first = mgo_rt_gorecover(g);
    second = mgo_rt_gorecover(g);
    after = true;
  });
  with_defers(&tg.g, {d}, [](G* g) { mgo_rt_gopanic(g, nullptr, nullptr); }, &r);
  EXPECT_TRUE(after);
  EXPECT_EQ(first.type, nullptr);  // Go 1.19: recover() of panic(nil) is nil ...
  EXPECT_EQ(second.type, nullptr);
  EXPECT_EQ(r, 0);                 // ... but the panic is stopped all the same
}

TEST(RuntimeCorePanic, PanicInDeferredCallReplacesTheFirst) {
  TestG tg;
  Eface got{};
  volatile int64_t r = 0;
  // defer func(){ got = recover() }(); defer func(){ panic(2) }(); panic(1)
  auto* rec = make_closure([&](G* g) { got = mgo_rt_gorecover(g); });
  auto* repanic = make_closure([](G* g) {
    Eface e = box_int(2);
    mgo_rt_gopanic(g, e.type, e.data);
  });
  with_defers(&tg.g, {rec, repanic}, [](G* g) {
    Eface e = box_int(1);
    mgo_rt_gopanic(g, e.type, e.data);
  }, &r);
  ASSERT_EQ(got.type, &kInt);
  EXPECT_EQ(*static_cast<int64_t*>(got.data), 2);
}

TEST(RuntimeCorePanic, RecoveryInsideADeferredCallResumesThePanic) {
  // A deferred call of panic 1 runs a function that panics 2 and recovers it itself;
  // panic 1 then continues to the outer frame, which recovers 1.
  TestG tg;
  std::vector<std::string> log;
  volatile int64_t r = 0, r2 = 0;
  auto* outer_rec = make_closure([&](G* g) {
    Eface e = mgo_rt_gorecover(g);
    log.push_back("outer got " + std::to_string(*static_cast<int64_t*>(e.data)));
  });
  auto* inner_rec = make_closure([&](G* g) {
    Eface e = mgo_rt_gorecover(g);
    log.push_back("inner got " + std::to_string(*static_cast<int64_t*>(e.data)));
  });
  auto* d = make_closure([&](G* g) {
    with_defers(g, {inner_rec}, [](G* g) {
      Eface e = box_int(2);
      mgo_rt_gopanic(g, e.type, e.data);
    }, &r2);
    log.push_back("deferred call continues");
  });
  with_defers(&tg.g, {outer_rec, d}, [](G* g) {
    Eface e = box_int(1);
    mgo_rt_gopanic(g, e.type, e.data);
  }, &r);
  EXPECT_EQ(log, (std::vector<std::string>{"inner got 2", "deferred call continues", "outer got 1"}));
}

TEST(RuntimeCorePanic, RuntimeErrorValuesSatisfyErrorAndRuntimeError) {
  TestG tg;
  Eface got{};
  volatile int64_t r = 0;
  auto* rec = make_closure([&](G* g) { got = mgo_rt_gorecover(g); });
  with_defers(&tg.g, {rec}, [](G* g) { mgo_rt_panicIndex(g, 5, 3); }, &r);
  ASSERT_NE(got.type, nullptr);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(got.type->name.ptr), got.type->name.len),
            "runtime.boundsError");
  const Itab* err = mgo_rt_getitab(&error_type, got.type, true);
  ASSERT_NE(err, nullptr);
  String msg = reinterpret_cast<String (*)(G*, void*)>(err->fun[0])(&tg.g, got.data);
  EXPECT_EQ(str(msg), "runtime error: index out of range [5] with length 3");
  EXPECT_NE(mgo_rt_getitab(&runtime_Error_type, got.type, true), nullptr);
}

// ---- Go's "recover only directly in the deferred function" rule (panic.cc, recover's
// frame rule) as compiled code drives it: the defer thunk is a transparent wrapper that
// forwards the announced code to its callee (mgo_rt_deferforward); a function calling
// recover claims the panic with its frame's address first (mgo_rt_deferclaim), then
// recovers with that address (mgo_rt_gorecover_cfa).
extern "C" void direct_target(G* g);
extern "C" void indirect_wrapper(G* g);

int direct_recovers = 0, spurious_recovers = 0;

#define FRAME_ID() __builtin_frame_address(0)
// func mustNotRecover() { if recover() != nil { spurious++ } }
extern "C" __attribute__((noinline, optimize("no-omit-frame-pointer"))) void must_not_recover(G* g) {
  mgo_rt_deferclaim(g, reinterpret_cast<const void*>(&must_not_recover), FRAME_ID());
  if (mgo_rt_gorecover_cfa(g, FRAME_ID()).type != nullptr) spurious_recovers++;
}
// func directTarget() { mustNotRecover(); if recover() != nil { direct++ } }
extern "C" __attribute__((noinline, optimize("no-omit-frame-pointer"))) void direct_target(G* g) {
  mgo_rt_deferclaim(g, reinterpret_cast<const void*>(&direct_target), FRAME_ID());
  must_not_recover(g);
  if (mgo_rt_gorecover_cfa(g, FRAME_ID()).type != nullptr) direct_recovers++;
}
// func indirectWrapper() { directTarget() }  — deferred, but directTarget is a sub-call
extern "C" __attribute__((noinline)) void indirect_wrapper(G* g) {
  direct_target(g);
  asm volatile("" ::: "memory");  // not a tail call
}
// The defer thunks of `defer directTarget()` and `defer indirectWrapper()`.
extern "C" __attribute__((noinline)) void thunk_direct(G* g, void*) {
  mgo_rt_deferforward(g, reinterpret_cast<const void*>(&thunk_direct),
                      reinterpret_cast<const void*>(&direct_target));
  direct_target(g);
  asm volatile("" ::: "memory");
}
extern "C" __attribute__((noinline)) void thunk_indirect(G* g, void*) {
  mgo_rt_deferforward(g, reinterpret_cast<const void*>(&thunk_indirect),
                      reinterpret_cast<const void*>(&indirect_wrapper));
  indirect_wrapper(g);
  asm volatile("" ::: "memory");
}

TEST(RuntimeCorePanic, RecoverWorksOnlyDirectlyInTheDeferredFunction) {
  TestG tg;
  direct_recovers = spurious_recovers = 0;
  Closure direct{reinterpret_cast<void*>(&thunk_direct)};
  FnClosure fc{direct, nullptr};
  volatile int64_t r = 0;
  with_defers(&tg.g, {&fc}, [](G* g) {
    Eface e = box_int(1);
    mgo_rt_gopanic(g, e.type, e.data);
  }, &r);
  EXPECT_EQ(direct_recovers, 1);
  EXPECT_EQ(spurious_recovers, 0);

  // defer indirectWrapper(): nobody may recover directly; an outer deferred call does.
  direct_recovers = spurious_recovers = 0;
  Closure indirect{reinterpret_cast<void*>(&thunk_indirect)};
  FnClosure ic{indirect, nullptr};
  Eface outer{};
  auto* outer_rec = make_closure([&](G* g) { outer = mgo_rt_gorecover(g); });
  volatile int64_t r1 = 0, r2 = 0;
  with_defers(&tg.g, {outer_rec}, [&](G* g) {
    with_defers(g, {&ic}, [](G* g) {
      Eface e = box_int(2);
      mgo_rt_gopanic(g, e.type, e.data);
    }, &r2);
  }, &r1);
  EXPECT_EQ(direct_recovers, 0);
  EXPECT_EQ(spurious_recovers, 0);
  ASSERT_NE(outer.type, nullptr);
  EXPECT_EQ(*static_cast<int64_t*>(outer.data), 2);

  // A thunk run by a normal return (deferreturn) records nothing: recover gives nil.
  direct_recovers = spurious_recovers = 0;
  with_defers(&tg.g, {&fc}, [](G*) {}, &r);
  EXPECT_EQ(direct_recovers, 0);
}

TEST(RuntimeCorePanic, CatchPanicForCppCallersOfGoCode) {
  TestG tg;
  Eface got{};
  // A String method that panics, called from C++ (fmt's catchPanic case).
  bool panicked = catch_panic(&tg.g, [](G* g, void*) { mgo_rt_panicIndex(g, 9, 2); }, nullptr, &got);
  EXPECT_TRUE(panicked);
  ASSERT_EQ(got.type, &boundsError_type);
  int calls = 0;
  EXPECT_FALSE(catch_panic(&tg.g, [](G*, void* a) { ++*static_cast<int*>(a); }, &calls, &got));
  EXPECT_EQ(calls, 1);
  EXPECT_TRUE(catch_panic(&tg.g, [](G* g, void*) { mgo_rt_gopanic(g, nullptr, nullptr); }, nullptr, &got));
  EXPECT_EQ(got.type, nullptr);  // panic(nil) is caught too

  // Inside a deferred call of an outer panic, a catch_panic that completes normally
  // must not swallow the outer panic: the outer recover still sees it.
  Eface outer{};
  volatile int64_t r = 0;
  auto* outer_rec = make_closure([&](G* g) { outer = mgo_rt_gorecover(g); });
  auto* printer = make_closure([&](G* g) {
    EXPECT_FALSE(catch_panic(g, [](G*, void*) {}, nullptr, nullptr));
  });
  with_defers(&tg.g, {outer_rec, printer}, [](G* g) {
    Eface e = box_int(3);
    mgo_rt_gopanic(g, e.type, e.data);
  }, &r);
  ASSERT_NE(outer.type, nullptr);
  EXPECT_EQ(*static_cast<int64_t*>(outer.data), 3);
}

TEST(RuntimeCorePanic, GoexitFromADeferredCallDuringAPanicRunsTheRestAndEndsThePanic) {
  // func main() { defer a(); defer func() { runtime.Goexit() }(); panic(1) }: Goexit runs
  // a() (where recover() is nil) and the panic is gone. The scheduler's goexit never
  // returns; here the "goroutine" ends by longjmp out of the deferred call.
  TestG tg;
  static jmp_buf exited;
  Eface in_a{};
  bool a_ran = false;
  volatile int64_t r = 0;
  auto* a = make_closure([&](G* g) {
    a_ran = true;
    in_a = mgo_rt_gorecover(g);
  });
  auto* goexit = make_closure([](G* g) {
    goexit_rundefers(g);
    EXPECT_TRUE(panic_state_clean(g));
    longjmp(exited, 1);
  });
  if (setjmp(exited) == 0) {
    with_defers(&tg.g, {a, goexit}, [](G* g) {
      Eface e = box_int(1);
      mgo_rt_gopanic(g, e.type, e.data);
    }, &r);
    ADD_FAILURE() << "Goexit returned";
  }
  EXPECT_TRUE(a_ran);
  EXPECT_EQ(in_a.type, nullptr);
}

// Each case: what the child does, and the first lines of stderr Go 1.19 prints.
struct ReportCase {
  const char* name;
  std::function<void(G*)> body;
  const char* want;
};

TEST(RuntimeCorePanic, UnrecoveredPanicReportsMatchGo) {
  std::vector<ReportCase> cases = {
      // func main() { panic(nil) }
      {"nil", [](G* g) { mgo_rt_gopanic(g, nullptr, nullptr); }, "panic: nil\n\ngoroutine 1 [running]:\n"},
      // s := []int{1,2,3}; _ = s[i] (i == 5)
      {"index", [](G* g) { mgo_rt_panicIndex(g, 5, 3); },
       "panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\n"},
      {"index neg", [](G* g) { mgo_rt_panicIndex(g, -1, 3); },
       "panic: runtime error: index out of range [-1]\n"},
      {"slice", [](G* g) { mgo_rt_panicSlice(g, 7, 4, 0, kBoundsSliceAcap); },
       "panic: runtime error: slice bounds out of range [:7] with capacity 4\n"},
      {"slice b", [](G* g) { mgo_rt_panicSlice(g, 3, 2, 0, kBoundsSliceB); },
       "panic: runtime error: slice bounds out of range [3:2]\n"},
      // type T int; panic(T(7)) / type S string; panic(S("hi"))
      {"named int", [](G* g) { Eface e = box_int(7, &kNamedInt); mgo_rt_gopanic(g, e.type, e.data); },
       "panic: main.I(7)\n"},
      {"named string", [](G* g) { Eface e = box_str("hi", &kNamedString); mgo_rt_gopanic(g, e.type, e.data); },
       "panic: main.S(\"hi\")\n"},
      {"string", [](G* g) { Eface e = box_str("boom"); mgo_rt_gopanic(g, e.type, e.data); },
       "panic: boom\n"},
      {"float", [](G* g) {
         auto* p = static_cast<double*>(mallocgc(8));
         *p = 1.5;
         mgo_rt_gopanic(g, &kFloat, p);
       }, "panic: +1.500000e+000\n"},
      {"nested", [](G* g) {
         // defer func() { panic(2) }(); panic(1)
         volatile int64_t r = 0;
         auto* d = make_closure([](G* g) { Eface e = box_int(2); mgo_rt_gopanic(g, e.type, e.data); });
         with_defers(g, {d}, [](G* g) { Eface e = box_int(1); mgo_rt_gopanic(g, e.type, e.data); }, &r);
       }, "panic: 1\n\tpanic: 2\n\ngoroutine 1 [running]:\n"},
      {"repanic", [](G* g) {
         // defer func() { r := recover(); panic(r.(int)+1) }(); panic(1)
         volatile int64_t r = 0;
         auto* d = make_closure([](G* g) {
           Eface rv = mgo_rt_gorecover(g);
           Eface e = box_int(*static_cast<int64_t*>(rv.data) + 1);
           mgo_rt_gopanic(g, e.type, e.data);
         });
         with_defers(g, {d}, [](G* g) { Eface e = box_int(1); mgo_rt_gopanic(g, e.type, e.data); }, &r);
       }, "panic: 1 [recovered]\n\tpanic: 2\n"},
      {"divide", [](G* g) { mgo_rt_panicdivide(g); }, "panic: runtime error: integer divide by zero\n"},
      {"nilmap", [](G* g) { mgo_rt_panicnilmap(g); }, "panic: assignment to entry in nil map\n"},
      {"nil deref", [](G* g) { mgo_rt_panicmem(g); },
       "panic: runtime error: invalid memory address or nil pointer dereference\n"},
      {"shift", [](G* g) { mgo_rt_panicshift(g); }, "panic: runtime error: negative shift amount\n"},
      {"dottype", [](G* g) {
         // var e interface{} = "x"; _ = e.(int)
         static const TypeDesc any = {.size = 16, .align = 8, .kind = KindInterface,
                                      .flags = TypeFlagComparable, .reserved = 0,
                                      .name = STR("interface {}")};
         mgo_rt_panicdottype(g, &string_type, &kInt, &any);
       }, "panic: interface conversion: interface {} is string, not int\n"},
      {"struct", [](G* g) { mgo_rt_gopanic(g, &kStruct, mallocgc(8)); }, "panic: (main.T) 0x"},
  };
  for (const ReportCase& c : cases) {
    Child ch = run_child([&] {
      G g;
      g.goid = 1;
      c.body(&g);
    });
    EXPECT_EQ(ch.status, 2) << c.name;
    EXPECT_EQ(ch.err.substr(0, std::strlen(c.want)), c.want) << c.name << ": stderr was\n" << ch.err;
  }
}

TEST(RuntimeCorePanic, ReportsUseTheGoroutineId) {
  Child ch = run_child([] {
    G g;
    g.goid = 17;
    mgo_rt_panicdivide(&g);
  });
  EXPECT_EQ(ch.status, 2);
  EXPECT_NE(ch.err.find("\ngoroutine 17 [running]:\n"), std::string::npos) << ch.err;
}

TEST(RuntimeCorePanic, ErrorAndStringerValuesPrintTheirMethods) {
  // type E struct{}; func (*E) Error() string { return "custom failure" }; panic(&E{})
  static auto err_fn = +[](G* g, void* recv) -> String { return gostring_static("custom failure"); };
  static const Method methods[1] = {{STR("Error"), &func_string_type, reinterpret_cast<void*>(err_fn)}};
  static const TypeDesc ptrE = {.size = 8, .align = 8, .kind = KindPointer,
                                .flags = TypeFlagComparable | TypeFlagDirectIface, .reserved = 0,
                                .name = STR("*main.E"), .methods = methods, .nmethods = 1};
  Child ch = run_child([] {
    G g;
    g.goid = 1;
    mgo_rt_gopanic(&g, &ptrE, mallocgc(8));
  });
  EXPECT_EQ(ch.status, 2);
  EXPECT_EQ(first_lines(ch.err, 1), "panic: custom failure\n");
  static auto str_fn = +[](G* g, void* recv) -> String { return gostring_static("i am T"); };
  static const Method smethods[1] = {{STR("String"), &func_string_type, reinterpret_cast<void*>(str_fn)}};
  static const TypeDesc T = {.size = 8, .align = 8, .kind = KindStruct,
                             .flags = TypeFlagComparable | TypeFlagNamed, .reserved = 0,
                             .name = STR("main.T"), .methods = smethods, .nmethods = 1};
  ch = run_child([] {
    G g;
    g.goid = 1;
    mgo_rt_gopanic(&g, &T, mallocgc(8));
  });
  EXPECT_EQ(first_lines(ch.err, 1), "panic: i am T\n");
}

TEST(RuntimeCorePanic, PanicInsideErrorMethodWhilePrintingIsFatal) {
  // type E struct{}; func (E) Error() string { panic("oops") }; panic(E{})
  // Go 1.19: "fatal error: panic while printing panic value: oops", exit 2.
  static auto err_fn = +[](G* g, void* recv) -> String {
    Eface e = box_str("oops");
    mgo_rt_gopanic(g, e.type, e.data);
  };
  static const Method methods[1] = {{STR("Error"), &func_string_type, reinterpret_cast<void*>(err_fn)}};
  static const TypeDesc E = {.size = 8, .align = 8, .kind = KindStruct,
                             .flags = TypeFlagComparable | TypeFlagNamed, .reserved = 0,
                             .name = STR("main.E"), .methods = methods, .nmethods = 1};
  Child ch = run_child([] {
    G g;
    g.goid = 1;
    mgo_rt_gopanic(&g, &E, mallocgc(8));
  });
  EXPECT_EQ(ch.status, 2);
  EXPECT_EQ(first_lines(ch.err, 1), "fatal error: panic while printing panic value: oops\n");
}

TEST(RuntimeCorePanic, FatalAndThrowExitTwo) {
  Child ch = run_child([] { fatal("all goroutines are asleep - deadlock!"); });
  EXPECT_EQ(ch.status, 2);
  EXPECT_EQ(first_lines(ch.err, 1), "fatal error: all goroutines are asleep - deadlock!\n");
  ch = run_child([] { throw_("runqsteal: runq overflow"); });
  EXPECT_EQ(ch.status, 2);
  EXPECT_EQ(first_lines(ch.err, 1), "fatal error: runqsteal: runq overflow\n");
}

}  // namespace
