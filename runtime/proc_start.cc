// proc_start.cc — the scheduler's start-up and tear-down: mgo_rt_main (rt.h's entry of
// a program), schedinit (GOMAXPROCS Ps, after proc.go's schedinit), the main goroutine's
// entry, and sched_shutdown (tests: the scheduler torn down so the next run starts
// clean). The scheduler loop is proc.cc; shared internals are in proc_internal.h.
//
// Start: mgo_rt_main's thread is not an M. It makes GOMAXPROCS Ps (P 0 running, the rest
// idle), the main goroutine (G 1, on its own 1e9-byte stack) on P 0, starts M 1 for it
// and sysmon, then sleeps on main_note until mainentry has run init and main. Go runs
// main on the initial thread; waiting instead lets mgo_rt_main return the status
// wherever main finished. Unless a test asked for the status back, it then exits the
// process (exit hooks first), as Go's main does, while other goroutines may still run.
// Tear-down (sched_shutdown): sysmon stops first (it reads Ms and Gs), then every M is
// woken to leave its loop and joined (the detached threads of ended Ms are not), and,
// when no goroutine is left un-Dead, every G, stack, P and cache is freed.
// Invariant: one scheduler at a time (schedinit throws on a second one, or on state a
// previous run left). Lock order: sched.lock, then allglock (runtime2.h).
#include <sched.h>

#include <cstdlib>
#include <vector>

#include "runtime/fatal.h"
#include "runtime/proc_internal.h"
#include "runtime/rt.h"
#include "runtime/runq.h"
#include "runtime/stack.h"
#include "runtime/sudog.h"

namespace mgo::rt {

namespace {

struct MainArgs {
  void (*init_fn)(G*) = nullptr;
  void (*main_fn)(G*) = nullptr;
};
MainArgs main_args;
Note main_note;            // the mgo_rt_main thread sleeps here until main returns
int main_status = 0;
bool return_from_main = false;  // tests: mgo_rt_main returns instead of exiting

}  // namespace

std::atomic<bool> mainStarted{false};

// Entry of the main goroutine (newproc1 with ismain; context.h: must not return).
void mainentry(void* payload) {
  G* gp = static_cast<G*>(payload);
  mainStarted.store(true);
  main_args.init_fn(gp);
  main_args.main_fn(gp);
  {
    LockGuard lk(sched.lock);
    sched.maindone = true;
    main_status = 0;
  }
  notewakeup(&main_note);
  goexit1(gp);
}

static int32_t getgomaxprocs() {
  int32_t n = 0;
  if (const char* s = getenv("GOMAXPROCS"); s != nullptr && *s != 0) {
    char* end = nullptr;
    long v = strtol(s, &end, 10);
    if (*end == 0 && v > 0) n = static_cast<int32_t>(v > kMaxGomaxprocs ? kMaxGomaxprocs : v);
  }
  if (n == 0) {
    cpu_set_t set;
    n = sched_getaffinity(0, sizeof set, &set) == 0 ? CPU_COUNT(&set) : 1;
    if (n < 1) n = 1;
  }
  return n;
}

static void schedinit() {
  if (sched.allp != nullptr) throw_("mgo_rt_main: the scheduler is already running");
  sched.shutdown.store(false);
  sched.maindone = false;
  sched.mnext = 0;
  sched.nmfreed = 0;
  // An M that saw shutdown while spinning left without dropping its count (findrunnable).
  sched.nmspinning.store(0);
  // A previous run (tests) must leave nothing behind that would skew wakep/checkdead.
  if (sched.nmspinning.load() != 0 || sched.npidle.load() != 0 || sched.nmidle != 0 ||
      sched.nmidlelocked != 0 || sched.runqsize.load() != 0) {
    throw_("schedinit: scheduler state left over from a previous run");
  }
  sched.gomaxprocs = getgomaxprocs();
  sched.allp = new P*[kMaxGomaxprocs]();  // room for procresize to grow
  for (int32_t i = 0; i < sched.gomaxprocs; i++) {
    sched.allp[i] = new P();
    sched.allp[i]->id = i;
  }
  setcoprimes(sched.gomaxprocs);
  LockGuard lk(sched.lock);
  for (int32_t i = sched.gomaxprocs - 1; i >= 1; i--) pidleput(sched.allp[i]);
}

void sched_set_return_from_main(bool on) { return_from_main = on; }

int64_t sched_mcount() {
  LockGuard lk(sched.lock);
  return sched.mnext;
}

int64_t sched_shutdown() {
  sysmon_stop();  // before any M or G is freed: sysmon reads them
  {
    LockGuard lk(sched.lock);
    sched.shutdown.store(true);
    // Ms of ended threads stay on allm (deleted by the join loop below); no newm1 may
    // reuse one from now on (mexit pushes none after shutdown: same lock).
    freem = nullptr;
    for (M* m = sched.midle; m != nullptr; m = m->schedlink) {
      m->exiting = true;
      notewakeup(&m->park);
    }
    sched.midle = nullptr;
    sched.nmidle = 0;
    // Ms asleep in stoplockedm (a locked G left parked) are on no list: wake them too,
    // or the join below hangs. The token keeps startlockedm from waking them twice.
    for (M* m = sched.allm; m != nullptr; m = m->alllink) {
      if (m->lockedg == nullptr || m->exiting || m->detached) continue;
      if (!m->lockedwake.exchange(true)) {
        m->exiting = true;
        notewakeup(&m->park);
      }
    }
  }
  // Ms that were running leave their loop at the next findrunnable.
  for (;;) {
    M* all;
    {
      LockGuard lk(sched.lock);
      all = sched.allm;
      sched.allm = nullptr;
    }
    if (all == nullptr) break;
    for (M* m = all; m != nullptr;) {
      M* next = m->alllink;
      // Published by the M's thread as it starts (mstart), which may not have run yet.
      void* tv;
      while ((tv = std::atomic_ref<void*>(m->thread).load(std::memory_order_acquire)) == nullptr) {
        sched_yield();
      }
      auto* t = static_cast<pthread_t*>(tv);
      // mexit detached the threads of Ms whose locked G ended before shutdown began
      // (both under sched.lock: after it, mexit leaves the thread to this join).
      if (!m->detached) pthread_join(*t, nullptr);
      delete t;
      context_destroy(&m->g0.context);
      delete m;
      m = next;
    }
  }
  int64_t leaked = 0;
  std::vector<G*> dead;
  {
    LockGuard lk(allglock);
    for (G* gp : allgs) {
      if (gp->atomicstatus.load() != GStatus::Dead) leaked++;
    }
    dead.swap(allgs);
  }
  if (leaked == 0) {
    for (G* gp : dead) {
      if (!gp->ismain) stackfree(gp->stack);
      context_destroy(&gp->context);
      delete gp;
    }
    for (int32_t i = 0; i < kMaxGomaxprocs && sched.allp[i] != nullptr; i++) {
      P* pp = sched.allp[i];  // Dead Ps beyond gomaxprocs too (procresize)
      sudogcache_flush(pp);
      stackcache_flush(pp);  // stacks engineer: cached stack segments back to the pool
      delete pp;
    }
    delete[] sched.allp;
    sched.allp = nullptr;
    sched.gFree = nullptr;
    sched.ngfree = 0;
    sched.pidle = nullptr;
    sched.npidle.store(0);
    sched.runq = GQueue{};
    sched.runqsize.store(0);
    sched.goidgen.store(0);
    sched.ngoroutines.store(0);
    sudog_freeall();
  }
  mainStarted.store(false);
  return leaked;
}

}  // namespace mgo::rt

using namespace mgo::rt;

extern "C" int mgo_rt_main(void (*init_fn)(G*), void (*main_fn)(G*), int argc,
                           const char* const* argv) {
  main_args = MainArgs{init_fn, main_fn};
  schedinit();
  noteclear(&main_note);
  P* p0 = sched.allp[0];
  G* gp = newproc1(p0, nullptr, true);
  if (gp->goid != 1) throw_("mgo_rt_main: main goroutine is not goroutine 1");
  runqput(p0, gp, false);
  newm(p0, false);
  sysmon_start();
  notesleep(&main_note);
  int status;
  {
    LockGuard lk(sched.lock);
    status = main_status;
  }
  // Other goroutines may still be running (JIT) code that our caller would tear down
  // on return (LLVM's engine, static destructors): end the process here, as Go's main
  // does, after the exit hooks (buffered os.Stdout). Tests ask to get the status back.
  if (!return_from_main) mgo::rt::exit(status);
  return status;
}

extern "C" [[noreturn]] void mgo_rt_exit(int code) { mgo::rt::exit(code); }

// ---- package runtime's externs (abi.h naming: mgo_runtime_<Name>) ----

extern "C" int64_t mgo_runtime_NumCPU(G* g) {
  cpu_set_t set;
  return sched_getaffinity(0, sizeof set, &set) == 0 ? CPU_COUNT(&set) : 1;
}
