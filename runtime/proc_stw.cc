// proc_stw.cc — stopping the world and changing GOMAXPROCS, after proc.go's
// stopTheWorldWithSema, procresize and startTheWorldWithSema (names kept). The rest of
// the scheduler is proc.cc; shared internals are in proc_internal.h.
//
// 1. stopTheWorld(gp), on the goroutine gp whose M holds a P: sets gcwaiting and
//    stopwait = gomaxprocs, asks every running G to yield (preemptall), stops its own P,
//    the Ps in Syscall (CAS Syscall -> Gcstop: their Ms find no P on exitsyscall) and
//    the idle ones; then sleeps on stopnote, repeating preemptall every 100 us, until the
//    Ms holding the others have stopped them: each M checks gcwaiting in schedule and
//    findrunnable (gcstopm: P -> Gcstop, stopwait--, stopm), handoffp stops a retaken P.
// 2. With every P stopped only this M runs Go code; others may be in syscalls (no P),
//    asleep, or sysmon (which reads P fields only and skips Gcstop).
// 3. startTheWorld(gp, procs): procresize, then gcwaiting = false, an M for every P with
//    work, wakep. Used by runtime.GOMAXPROCS; a collector stops the world the same way.
// A G that never reaches a poll (a host call that does not return) stops the world
// forever, as in Go; blocking calls must be bracketed by entersyscall/exitsyscall.
//
// State: gcwaiting (seq_cst; read without a lock by every M in schedule/findrunnable and
// by handoffp), stopwait (under sched.lock: Ps still to stop), stopnote (the stopper
// sleeps on it), worldbusy (one stop-the-world at a time, Go's worldsema). allp has room
// for kMaxGomaxprocs Ps: Ps beyond gomaxprocs are Dead, never freed while the scheduler
// runs (sysmon and thieves may hold stale pointers), and reused when it grows again.
// Invariant: between stopTheWorld and startTheWorld every P is Gcstop and only the
// caller's M runs Go code.
// Lock order: sched.lock; P::timersLock is never taken with it (destroyp_unlocked runs
// before procresize takes sched.lock); stack_lock and gFreeLock are leaves.
#include <vector>

#include "runtime/fatal.h"
#include "runtime/proc_internal.h"
#include "runtime/rt.h"
#include "runtime/runq.h"
#include "runtime/stack.h"
#include "runtime/sudog.h"
#include "runtime/timer.h"

namespace mgo::rt {

std::atomic<bool> gcwaiting{false};
int32_t stopwait = 0;
Note stopnote;
std::vector<uint32_t> steal_coprimes;

namespace {
std::atomic<bool> worldbusy{false};  // one stop-the-world at a time (Go's worldsema)
}  // namespace

void setcoprimes(int32_t n) {
  steal_coprimes.clear();
  for (uint32_t i = 1; i <= static_cast<uint32_t>(n); i++) {
    uint32_t a = i, b = static_cast<uint32_t>(n);
    while (b != 0) { uint32_t t = a % b; a = b; b = t; }
    if (a == 1) steal_coprimes.push_back(i);
  }
}

// Asks the G running on every P but the caller's to yield (best effort: repeated).
static void preemptall(P* self) {
  for (int32_t i = 0; i < sched.gomaxprocs; i++) {
    P* pp = sched.allp[i];
    if (pp != self && pp->status.load() == PStatus::Running) preemptone(pp);
  }
}

void stopTheWorld(G* gp) {
  // One at a time; a second caller yields its P meanwhile so the first can stop it.
  while (worldbusy.exchange(true)) gosched(gp);
  M* m = gp->m;
  P* self = m->p;
  sched.lock.lock();
  stopwait = sched.gomaxprocs;
  gcwaiting.store(true);  // seq_cst: before the status reads below (vs. gcstopm's)
  preemptall(self);
  self->status.store(PStatus::Gcstop);
  stopwait--;
  for (int32_t i = 0; i < sched.gomaxprocs; i++) {
    P* pp = sched.allp[i];
    PStatus s = PStatus::Syscall;
    // seq_cst CAS: races with exitsyscall's and sysmon's CAS from Syscall; one wins.
    if (pp->status.compare_exchange_strong(s, PStatus::Gcstop)) {
      std::atomic_ref<uint32_t>(pp->syscalltick).store(pp->syscalltick + 1, std::memory_order_relaxed);
      stopwait--;
    }
  }
  while (P* pp = pidleget()) {
    pp->status.store(PStatus::Gcstop);
    stopwait--;
  }
  bool wait = stopwait > 0;
  sched.lock.unlock();
  if (wait) {
    for (;;) {
      if (notetsleep(&stopnote, 100 * 1000)) {
        noteclear(&stopnote);
        break;
      }
      preemptall(self);  // a request may have hit the wrong G
    }
  }
  LockGuard lk(sched.lock);
  if (stopwait != 0) throw_("stopTheWorld: not stopped (stopwait != 0)");
  for (int32_t i = 0; i < sched.gomaxprocs; i++) {
    if (sched.allp[i]->status.load() != PStatus::Gcstop) throw_("stopTheWorld: not stopped (status != _Pgcstop)");
  }
}

// Moves everything a P owns but a dead P must not keep: timers (to the caller's P),
// free Gs and sudogs (to the global caches). World stopped; no lock held (timer locks
// are leaves).
static void destroyp_unlocked(P* pp) {
  std::vector<Timer*> ts;
  {
    LockGuard lk(pp->timersLock);
    ts = pp->timers;
  }
  for (Timer* t : ts) {
    int64_t when = t->when;
    if (deltimer(t)) {  // still pending: re-add it to the running P's heap
      t->when = when;
      addtimer(t);
    }
  }
  {
    LockGuard lk(sched.gFreeLock);
    while (G* g = pp->gFree) {
      pp->gFree = g->schedlink;
      pp->gFreeCount--;
      g->schedlink = sched.gFree;
      sched.gFree = g;
      sched.ngfree++;
    }
  }
  sudogcache_flush(pp);
  stackcache_flush(pp);  // stacks engineer: the P's cached stack segments (stackcache.cc)
}

// Changes the number of Ps to nprocs (Go's procresize). World stopped, sched.lock held.
// Removed Ps give their runnable Gs to the global queue (runnext first, order kept) and
// become Dead; the caller keeps its P if it survives, else takes allp[0]. Returns the
// Ps that have local work (the caller starts Ms for them); the other Ps go idle.
static std::vector<P*> procresize(M* m, int32_t nprocs) {
  int32_t old = sched.gomaxprocs;
  for (int32_t i = old; i < nprocs; i++) {
    if (sched.allp[i] == nullptr) {
      sched.allp[i] = new P();
      sched.allp[i]->id = i;
    }
    sched.allp[i]->status.store(PStatus::Gcstop);
  }
  for (int32_t i = nprocs; i < old; i++) {
    P* pp = sched.allp[i];
    std::vector<G*> gs;
    while (G* gp = runqget(pp)) gs.push_back(gp);  // runnext first, then the ring in order
    for (auto it = gs.rbegin(); it != gs.rend(); ++it) globrunqputhead(*it);
    pp->goidcache = pp->goidcacheend = 0;
    pp->status.store(PStatus::Dead);
  }
  P* self = m->p;
  if (self->id >= nprocs) {
    releasep(m);
    acquirep(m, sched.allp[0]);
  } else {
    self->status.store(PStatus::Running);
  }
  sched.gomaxprocs = nprocs;  // atomic: sysmon and spinning Ms read it without the lock
  setcoprimes(nprocs);
  std::vector<P*> runnable;
  for (int32_t i = nprocs - 1; i >= 0; i--) {
    P* pp = sched.allp[i];
    if (pp == m->p) continue;
    if (runqempty(pp)) {
      pidleput(pp);
    } else {
      pp->status.store(PStatus::Idle);
      runnable.push_back(pp);
    }
  }
  return runnable;
}

void startTheWorld(G* gp, int32_t procs) {
  M* m = gp->m;
  int32_t old = sched.gomaxprocs;
  P* self = m->p;
  // Timers and caches of Ps about to be removed go to surviving ones first: timer locks
  // are never held with sched.lock. (self: moved in procresize, so its timers go to
  // allp[0] by being re-added after it.)
  for (int32_t i = procs; i < old; i++) {
    if (sched.allp[i] != self) destroyp_unlocked(sched.allp[i]);
  }
  std::vector<P*> runnable;
  std::vector<int64_t> timerwhens;
  {
    LockGuard lk(sched.lock);
    runnable = procresize(m, procs);
    gcwaiting.store(false);
  }
  if (self->id >= procs) destroyp_unlocked(self);  // now holding allp[0]: timers land there
  for (P* pp : runnable) startm(pp, false);
  // Idle Ps may hold timers that must still fire (as handoffp).
  for (int32_t i = 0; i < procs; i++) {
    if (int64_t when = sched.allp[i]->timer0When.load(); when != 0) timerAdded(when);
  }
  wakep();
  worldbusy.store(false);
}

}  // namespace mgo::rt

using namespace mgo::rt;

extern "C" int64_t mgo_runtime_GOMAXPROCS(G* g, int64_t n) {
  int32_t old = sched.gomaxprocs;
  if (n <= 0 || n == old) return old;  // as Go: 0 (or less) only reads
  if (n > kMaxGomaxprocs) n = kMaxGomaxprocs;
  struct Args { G* g; int32_t n; } a{g, static_cast<int32_t>(n)};
  // Deep C++ (maybe pthread_create): not on a small segment's red zone (stack.h).
  stack_call_with_room(g, kHeavyCallFrame, [](void* p) {
    auto* a = static_cast<Args*>(p);
    stopTheWorld(a->g);
    startTheWorld(a->g, a->n);
  }, &a);
  return old;
}
