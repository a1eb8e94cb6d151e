// runtime_sched_test_util.h — the one test-only header the scheduler tests share:
// C++ "goroutine bodies" as func() closures, and a run helper that starts the runtime
// with a GOMAXPROCS value and checks at tear-down that no G, sudog or stack leaked.
#pragma once
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <utility>

#include "runtime/chan.h"
#include "runtime/proc.h"
#include "runtime/rt.h"
#include "runtime/sema.h"
#include "runtime/stack.h"
#include "runtime/sudog.h"

namespace mgo::rt::testing {

// A func() value whose code runs the C++ callable f(g) (abi.h's Closure layout).
template <class F>
struct FnClosure {
  void* fn;  // first word: the code pointer, as compiled closures
  F f;
};
template <class F>
void invoke_closure(G* g, void* ctx) {
  auto* c = static_cast<FnClosure<F>*>(ctx);
  c->f(g);
  delete c;
}
template <class F>
Closure* make_closure(F f) {
  auto* c = new FnClosure<F>{reinterpret_cast<void*>(&invoke_closure<F>), std::move(f)};
  return reinterpret_cast<Closure*>(c);
}
// The go statement.
template <class F>
void go(G* g, F f) {
  mgo_rt_newproc(g, make_closure(std::move(f)));
}

// Go-layout sync values, as the stdlib's Go declarations will lay them out.
struct WaitGroup {
  uint64_t state = 0;
  uint32_t sema = 0;
  void Add(G* g, int64_t d) { mgo_sync_WaitGroup_Add(g, this, d); }
  void Done(G* g) { mgo_sync_WaitGroup_Done(g, this); }
  void Wait(G* g) { mgo_sync_WaitGroup_Wait(g, this); }
};
struct GoMutex {
  int32_t state = 0;
  uint32_t sema = 0;
  void Lock(G* g) { mgo_sync_Mutex_Lock(g, this); }
  void Unlock(G* g) { mgo_sync_Mutex_Unlock(g, this); }
};

inline const TypeDesc* int64_type() {
  static TypeDesc t{};
  t.size = 8;
  t.align = 8;
  t.kind = KindInt64;
  return &t;
}
inline const TypeDesc* chan_int64_type() {
  static TypeDesc t{};
  t.size = 8;
  t.align = 8;
  t.kind = KindChan;
  t.elem = int64_type();
  t.len = 3;
  return &t;
}
inline void* makechan_int(G* g, int64_t size) { return mgo_rt_makechan(g, chan_int64_type(), size); }
inline void send(G* g, void* c, int64_t v) { mgo_rt_chansend(g, c, &v); }
inline int64_t recv(G* g, void* c, bool* ok = nullptr) {
  int64_t v = -1;
  bool r = mgo_rt_chanrecv(g, c, &v);
  if (ok) *ok = r;
  return v;
}

// Runs main_fn as the main goroutine under GOMAXPROCS=procs, then tears the scheduler
// down and asserts that nothing leaked.
// What a compiled function's prologue does (jit/codegen_func.cc): compare sp - frame
// with g->stackguard0 and call morestack below it (this is where preemption lands).
__attribute__((noinline)) inline void prologue_check(G* g) {
  uintptr_t sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  while (sp - 256 < g->stackguard0.load(std::memory_order_relaxed)) mgo_rt_morestack(g, 256);
}

inline void run_main(int procs, void (*main_fn)(G*), int64_t extra_ms = 0) {
  setenv("GOMAXPROCS", std::to_string(procs).c_str(), 1);
  sched_set_return_from_main(true);
  int status = mgo_rt_main([](G*) {}, main_fn, 0, nullptr);
  EXPECT_EQ(status, 0);
  int64_t mcount = sched_mcount();
  EXPECT_GE(mcount, 1);
  // An M can be between dropping its P and parking when another M looks for an idle M,
  // so Go too may start a few more Ms than Ps; a runaway thread count is a bug.
  EXPECT_LE(mcount, 2 * procs + extra_ms) << "Ms far beyond GOMAXPROCS";
  EXPECT_EQ(sched_shutdown(), 0) << "goroutines left that never ended";
  EXPECT_EQ(sudogs_in_use(), 0) << "sudogs acquired and never released";
  EXPECT_EQ(sudogs_allocated(), 0) << "sudog objects not freed at tear-down";
  EXPECT_EQ(stacks_in_use(), 0) << "goroutine stacks not freed at tear-down";
}

}  // namespace mgo::rt::testing
