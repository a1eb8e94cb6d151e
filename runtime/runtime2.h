// runtime2.h — the core runtime structures, as Go's runtime2.go: G (goroutine),
// M (OS thread), P (processor), sudog (a G waiting on something), and the global
// scheduler state `sched`.
//
// Every field says what it is and who may touch it. Owned by the scheduler
// (runtime/proc*.cc, lockosthread.cc); other runtime files read the fields named for
// them, and may add fields to G additively.
//
// Layout facts compiled code depends on: G::stackguard0 is at offset 0 (the function
// prologue loads it). Nothing else in G is read by compiled code.
//
// Glossary (proc.go's): a G runs on an M (a pthread) only while that M holds a P; there
// are GOMAXPROCS Ps. An M without work gives back its P and parks on its note; a G that
// blocks parks itself (gopark) and its M runs another G.
//
// LOCK ORDER (the one place it is written; acquire left to right, never the reverse):
//   hchan.lock (several: by address, select) < semaRoot.lock < sched.lock < allglock
//   stack_lock, sched.sudoglock, sched.gFree.lock are leaves: nothing is taken under them.
//   stack_lock and gFree.lock are taken under no other lock except sched.lock (gfget/gfput
//   take gFree.lock alone); sched.sudoglock also under hchan.lock (chan.cc parkOnQueue,
//   select.cc with every case's channel locked) and sched.lock (procresize flushing a P's
//   sudog cache), never under semaRoot.lock (sema.cc takes its sudog before locking).
//   P::timersLock is a leaf, never held with another lock (timer.cc releases it before a
//   timer's function runs).
// Runtime locks are futex mutexes (lock.h) held only on the M that took them; gopark may
// release one on g0 after the switch (same M).
#pragma once
#include <atomic>
#include <cstdint>
#include <vector>

#include "runtime/abi.h"
#include "runtime/context.h"
#include "runtime/lock.h"
#include "runtime/note.h"

namespace mgo::rt {

struct M;
struct P;
struct Panic;
struct Sudog;
struct Hchan;
struct Timer;
struct StackSeg;  // stack.h

// A stack the goroutine runs on: [lo, hi). Grows down.
struct Stack {
  uintptr_t lo = 0;
  uintptr_t hi = 0;
};

// Goroutine states, as Go's _Gidle.._Gdead. Changed only through casgstatus(), which
// throws on a transition not in proc.cc's table.
//   Idle -> Dead (fresh G) ; Dead -> Runnable (newproc) ; Runnable -> Running (execute)
//   Running -> Runnable (gosched/preempt) ; Running -> Waiting (gopark)
//   Waiting -> Runnable (goready) ; Running -> Dead (goexit) ; Running <-> Syscall
//   Syscall -> Runnable (exitsyscall found no P: the G waits on the global queue)
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
  mgo::rt::Stack stack;           // the stack it runs on; owner (the G or whoever holds it Dead)
  int64_t goid = 0;               // unique id; main is 1. Set by newproc.
  std::atomic<mgo::rt::GStatus> atomicstatus{mgo::rt::GStatus::Idle};  // casgstatus only
  const char* waitreason = "";    // why it is Waiting (Go's waitReason strings); set before park
  mgo::rt::M* m = nullptr;        // the M running it, while Running; set by execute
  DeferFrame* deferframes = nullptr;  // innermost DeferFrame first; the goroutine only
  mgo::rt::Panic* panicking = nullptr;  // innermost active panic; the goroutine only
  mgo::rt::Context context;       // saved stack context when not running (context.h)
  Closure* startfn = nullptr;     // the func() it runs (newproc); null for main
  G* schedlink = nullptr;         // next G on a run queue or free list; that list's owner
  mgo::rt::Sudog* waiting = nullptr;  // sudog this G is parked with (chan ops); the G, under the chan lock
  void* param = nullptr;          // wakeup parameter: the sudog that woke it, set by the waker before goready
  std::atomic<bool> selectDone{false};  // select: a case already won (select.go)
  std::atomic<bool> parkingOnChan{false};  // between gopark and unlock of a chan lock
  bool preempt = false;           // preemption requested (the guard holds StackPreempt)
  bool ismain = false;            // the main goroutine: its exit ends mgo_rt_main
  bool onlist = false;            // on allgs (tests/leak accounting)
  // LockOSThread (lockosthread.cc): the M this G is wired to, or null. Written by the G
  // on that M; read by whichever M takes the G from a run queue (the queue orders it).
  mgo::rt::M* lockedm = nullptr;
};

namespace mgo::rt {

using ::G;

// Go's runq size: each P has a lock-free ring of this many Gs (runq.cc).
constexpr uint32_t kRunqSize = 256;
// Free sudogs a P keeps before moving half to the central cache (Go: 128).
constexpr int kSudogCacheSize = 128;
// Free Gs a P keeps before moving a batch to the global free list (Go: 64).
constexpr int kGFreeMax = 64;
// Goroutine ids are handed to Ps in batches of this many (Go's _GoidCacheBatch).
constexpr int64_t kGoidCacheBatch = 16;
// Stack segment size classes a P caches (stackcache.cc; Go's _NumStackOrders).
constexpr int kStackCacheClasses = 4;

// A G waiting on something (a channel, a semaphore), as Go's sudog. One G may hold
// several (select). Allocated from per-P caches (sudog.cc); every field is protected
// by the lock of the object it waits on (hchan.lock, semaRoot.lock).
struct Sudog {
  G* g = nullptr;
  Sudog* next = nullptr;          // waitq links (channel sendq/recvq, sema address list)
  Sudog* prev = nullptr;
  void* elem = nullptr;           // data element; may point into a parked G's stack
  uint32_t ticket = 0;            // sema: handoff ticket (Mutex starvation mode)
  bool isSelect = false;          // part of a select: g->selectDone arbitrates wakeups
  bool success = false;           // chan: woken by a value (true) or by close (false)
  Sudog* waitlink = nullptr;      // g->waiting list (select), sema: waiters at one address
  Sudog* waittail = nullptr;      // sema: tail of the waitlink list (on the list head only)
  Hchan* c = nullptr;             // channel it waits on
  void* semaaddr = nullptr;       // sema: the address waited on
};

// A processor: what an M needs to run Go code. Fields are touched by the M holding
// the P, except the runq ring (runqhead/runqtail/runq/runnext), which thieves read and
// CAS (runq.cc explains the protocol).
// Idle: on sched.pidle (or being handed over); Running: held by an M running Go code;
// Syscall: its M is in a blocking call (entersyscall) and sysmon may retake it.
// Gcstop: stopped by a stop-the-world (Go's _Pgcstop), until startTheWorld.
// Dead: beyond GOMAXPROCS after procresize shrank it (kept, never freed, for reuse).
// The values are Go's, as GODEBUG=scheddetail=1 prints them.
enum class PStatus : uint32_t { Idle = 0, Running = 1, Syscall = 2, Gcstop = 3, Dead = 4 };
struct P {
  int32_t id = 0;
  std::atomic<PStatus> status{PStatus::Idle};  // written under sched.lock or by the holder; thieves read it as a hint
  P* link = nullptr;              // sched.pidle list; under sched.lock
  uint32_t schedtick = 0;         // incremented on every execute(); holder writes (atomic_ref), sysmon reads
  uint32_t syscalltick = 0;       // incremented on every entersyscall; same access as schedtick
  M* m = nullptr;                 // the M holding it; null when idle or in a syscall. Written
                                  // with atomic_ref stores: sysmon reads it (preemptone)
  // Lock-free run queue (runq.cc). head: consumers CAS; tail: only the holder stores.
  std::atomic<uint32_t> runqhead{0};
  std::atomic<uint32_t> runqtail{0};
  std::atomic<G*> runq[kRunqSize] = {};
  std::atomic<G*> runnext{nullptr}; // G to run next (readied by the running G); holder and thieves CAS
  // Goroutine ids: [goidcache, goidcacheend) are this P's to hand out; holder only.
  int64_t goidcache = 0;
  int64_t goidcacheend = 0;
  // Free Gs (dead, with their stacks); holder only.
  G* gFree = nullptr;
  int32_t gFreeCount = 0;
  // Free sudogs; holder only.
  Sudog* sudogcache[kSudogCacheSize] = {};
  int sudogcount = 0;
  // Free stack segments of the smallest size classes (stackcache.cc, Go's
  // mcache.stackcache); holder only; flushed to the global pool when the P is destroyed.
  struct StackCacheList {
    StackSeg* list = nullptr;
    int32_t count = 0;
  } stackcache[kStackCacheClasses];
  // Timers (timer.cc): a 4-ary min-heap by when, under timersLock; any M may run the
  // due timers of any P. timer0When: the earliest when, 0 when empty; stored under
  // timersLock, read without it as a hint (seq_cst: timer.cc's idle-M argument).
  Mutex timersLock;
  std::vector<Timer*> timers;
  std::atomic<int64_t> timer0When{0};
};

// An OS thread. g0 runs on the thread's own stack; the scheduler loop runs there.
struct M {
  G g0;                           // the thread's system stack as a G (context, goid 0)
  G* curg = nullptr;              // the user G running on this M, or null on g0; this M writes
                                  // (atomic_ref stores), sysmon reads (preemptone)
  P* p = nullptr;                 // the P it holds, or null; this M (acquirep/releasep)
  P* nextp = nullptr;             // P to acquire when woken; set by the waker under sched.lock
  P* oldp = nullptr;              // the P it left in entersyscall, to retake on exit; this M
  int64_t id = 0;
  bool spinning = false;          // looking for work with a P (counted in sched.nmspinning); this M
  Note park;                      // stopm sleeps here; startm wakes it
  M* schedlink = nullptr;         // sched.midle list; under sched.lock
  M* alllink = nullptr;           // sched.allm list; under sched.lock
  // What to do on g0 after the current G switched away (mcall); this M only.
  void (*mcallfn)(G*) = nullptr;
  bool (*waitunlockf)(G*, void*) = nullptr;  // gopark's unlock function
  void* waitlock = nullptr;       // its argument
  G* runnext_g0 = nullptr;        // run at once: park_m aborted, or exitsyscall0 got a P
  bool runnext_g0_inherit = false;  // runnext_g0 keeps the time slice (park_m aborted), as Go
  bool exiting = false;           // shutdown: leave the scheduler loop
  uint64_t fastrand = 0;          // per-M random state (steal order); this M
  void* thread = nullptr;         // pthread_t, for join at shutdown
  // LockOSThread (lockosthread.cc): the G wired to this M (it runs no other), and the
  // nesting count of LockOSThread calls (Go's lockedExt). Written by lockedg on this M.
  G* lockedg = nullptr;
  uint32_t lockedExt = 0;
  // stoplockedm's wake-up token: a waker (startlockedm, sched_shutdown) claims it with
  // exchange(true) before notewakeup(&park), so the sleep gets one wake-up only; the M
  // resets it after waking. seq_cst (Dekker with sched.shutdown, lockosthread.cc).
  std::atomic<bool> lockedwake{false};
  bool exitThread = false;        // its locked G ended: the thread exits (mexit); this M
  bool detached = false;          // mexit detached the thread: no join; under sched.lock
};

// Global scheduler state, as Go's schedt. Fields under `lock` unless marked atomic.
struct GQueue {                   // intrusive G list linked by schedlink
  G* head = nullptr;
  G* tail = nullptr;
};
struct SchedT {
  Mutex lock;
  std::atomic<int64_t> goidgen{0};  // last goid handed out in batches
  M* midle = nullptr;             // idle Ms waiting for work
  int32_t nmidle = 0;             // number of idle Ms
  int32_t nmidlelocked = 0;       // Ms locked to a G, waiting for it (stoplockedm)
  int64_t nmfreed = 0;            // Ms whose thread exited (mexit); mcount = mnext - nmfreed
  int64_t mnext = 0;              // Ms created so far (ids)
  M* allm = nullptr;
  P* pidle = nullptr;             // idle Ps
  std::atomic<int32_t> npidle{0};
  std::atomic<int32_t> nmspinning{0};
  GQueue runq;                    // global run queue
  std::atomic<int32_t> runqsize{0};  // written under lock; read racily as a hint
  // sysmon deep-sleeps on sysmonnote while every P is idle (sysmon.cc); whoever takes a P
  // off the idle list (pidleget), or stops sysmon, clears sysmonwait and wakes it. Under lock.
  bool sysmonwait = false;
  Note sysmonnote;
  // Dead Gs with stacks (Go's gFree.stack); own leaf lock.
  Mutex gFreeLock;
  G* gFree = nullptr;
  int32_t ngfree = 0;
  // Central sudog cache; own leaf lock.
  Mutex sudoglock;
  Sudog* sudogcache = nullptr;
  // Written only by procresize, with the world stopped; read without a lock everywhere
  // (sysmon, spinning Ms): a reader sees the old or the new value, and Ps are never freed.
  std::atomic<int32_t> gomaxprocs{0};
  P** allp = nullptr;             // the gomaxprocs Ps; fixed after start-up
  std::atomic<bool> shutdown{false};  // tests: Ms leave their loops (sched_shutdown)
  bool maindone = false;          // the main goroutine returned: no more checkdead
  std::atomic<int64_t> ngoroutines{0};  // Gs not Dead (runtime.NumGoroutine)
};
extern SchedT sched;

// The current M of this thread (null on threads the runtime did not start).
M* getm();
// The goroutine running on this thread, for runtime C++ code: m->curg, or &m->g0 when
// on the system stack; null off runtime threads. Compiled code gets g as an argument.
G* getg();

}  // namespace mgo::rt
