// runtime2.h — the core runtime structures, as Go's runtime2.go: G (goroutine),
// M (OS thread), P (processor), and the global scheduler state `sched`.
//
// Every field says what it is and who may touch it. Owned by the scheduler
// (runtime/proc.cc); other runtime files read the fields named for them.
//
// Layout facts compiled code depends on: G::stackguard0 is at offset 0 (the function
// prologue loads it). Nothing else in G is read by compiled code.
#pragma once
#include <atomic>
#include <cstdint>

#include "runtime/abi.h"
#include "runtime/context.h"

namespace mgo::rt {

struct M;
struct P;
struct Panic;

// A stack the goroutine runs on: [lo, hi). Grows down.
struct Stack {
  uintptr_t lo = 0;
  uintptr_t hi = 0;
};

// Goroutine states, as Go's _Gidle.._Gdead. Changed only through casgstatus().
enum class GStatus : uint32_t {
  Idle = 0, Runnable = 1, Running = 2, Syscall = 3, Waiting = 4, Dead = 6,
};

}  // namespace mgo::rt

// G is forward-declared at global scope by abi.h (extern "C" struct G), so it is
// defined at global scope too; mgo::rt::G names the same type.
struct G {
  // Offset 0: compiled prologues compare sp-framesize with this. Written by the owning
  // M when the stack changes, and by sysmon (StackPreempt) to request preemption.
  std::atomic<uintptr_t> stackguard0{0};
  mgo::rt::Stack stack;           // current stack segment; owner M only
  int64_t goid = 0;               // unique id; main is 1
  std::atomic<mgo::rt::GStatus> atomicstatus{mgo::rt::GStatus::Idle};
  const char* waitreason = "";    // why it is Waiting (Go's waitReason strings)
  mgo::rt::M* m = nullptr;        // the M running it, while Running
  DeferFrame* deferframes = nullptr;  // innermost DeferFrame first; the goroutine only
  mgo::rt::Panic* panicking = nullptr;  // innermost active panic; the goroutine only
  mgo::rt::Context context;       // saved stack context when not running (context.h)
  Closure* startfn = nullptr;     // the func() it runs (newproc); null for main
};

namespace mgo::rt {

using ::G;

// An OS thread. g0 runs on the thread's own stack; the scheduler runs there.
struct M {
  G g0;                           // the thread's system stack as a G (context, goid 0)
  G* curg = nullptr;              // the user G running on this M, or null on g0
  int64_t id = 0;
};

// The current M of this thread (null on threads the runtime did not start).
M* getm();
// The goroutine running on this thread, for runtime C++ code: m->curg, or &m->g0 when
// on the system stack; null off runtime threads. Compiled code gets g as an argument.
G* getg();

}  // namespace mgo::rt
