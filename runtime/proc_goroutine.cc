// proc_goroutine.cc — goroutine creation and exit, after proc.go's newproc/newproc1,
// malg, gfput/gfget and goexit0 (names kept). The scheduler loop is proc.cc; shared
// internals are in proc_internal.h.
//
// Life of a G:
//   - newproc (the go statement) takes a Dead G from its P's free list (gfget: refilled
//     in batches from sched.gFree, under gFreeLock) or makes one (malg: a first stack
//     segment; the G goes on allgs, never removed while the scheduler runs), gives it the
//     next goid of its P's batch, a fresh context whose entry is goentry, and queues it
//     Runnable on the creator's P (runnext), then wakep.
//   - goentry calls the closure, then goexit1: mcall to g0, where goexit0 marks it Dead,
//     clears what a reuse must not see, unwires a locked G (its thread ends:
//     lockosthread.cc), puts the G back on its base segment (stackreset) and on the P's
//     free list (gfput: half goes to sched.gFree past kGFreeMax). The main goroutine's
//     1 GB stack is unmapped instead and its G stays Dead on allgs.
//   - runtime.Goexit (goexit) runs the deferred calls first (panic.cc).
// Invariants: a G on a free list is Dead, on its base segment, with no defer frames,
// panics, M or lock; goids are unique (batches of kGoidCacheBatch per P); allgs only
// grows while the scheduler runs (sched_shutdown empties it).
// Lock order: allglock, gFreeLock and stack_lock are leaves (runtime2.h).
#include <vector>

#include "runtime/fatal.h"
#include "runtime/panic.h"
#include "runtime/proc_internal.h"
#include "runtime/rt.h"
#include "runtime/runq.h"
#include "runtime/stack.h"

namespace mgo::rt {

Mutex allglock;
std::vector<G*> allgs;

namespace {

void gfput(P* pp, G* gp) {
  gp->schedlink = pp->gFree;
  pp->gFree = gp;
  pp->gFreeCount++;
  if (pp->gFreeCount >= kGFreeMax) {
    LockGuard lk(sched.gFreeLock);
    while (pp->gFreeCount >= kGFreeMax / 2) {
      G* g = pp->gFree;
      pp->gFree = g->schedlink;
      pp->gFreeCount--;
      g->schedlink = sched.gFree;
      sched.gFree = g;
      sched.ngfree++;
    }
  }
}

G* gfget(P* pp) {
  if (pp->gFree == nullptr) {
    LockGuard lk(sched.gFreeLock);
    while (pp->gFreeCount < kGFreeMax / 2 && sched.gFree != nullptr) {
      G* g = sched.gFree;
      sched.gFree = g->schedlink;
      sched.ngfree--;
      g->schedlink = pp->gFree;
      pp->gFree = g;
      pp->gFreeCount++;
    }
  }
  G* gp = pp->gFree;
  if (gp != nullptr) {
    pp->gFree = gp->schedlink;
    pp->gFreeCount--;
    gp->schedlink = nullptr;
  }
  return gp;
}

void goexit0(G* gp) {
  M* m = getm();
  casgstatus(gp, GStatus::Running, GStatus::Dead);
  sched.ngoroutines.fetch_sub(1, std::memory_order_relaxed);  // a counter; no partner
  if (gp->deferframes != nullptr || gp->panicking != nullptr) {
    throw_("goexit0: goroutine exited with defer frames or panics left");
  }
  if (gp->lockedm != nullptr) {  // ended while locked: the thread goes too (lockosthread.cc)
    if (gp->lockedm != m || m->lockedg != gp) throw_("goexit0: inconsistent locking");
    gp->lockedm = nullptr;
    m->lockedg = nullptr;
    m->lockedExt = 0;
    m->exitThread = true;
  }
  gp->m = nullptr;
  gp->startfn = nullptr;
  gp->waitreason = "";
  gp->param = nullptr;
  gp->waiting = nullptr;
  gp->preempt = false;
  gp->selectDone.store(false, std::memory_order_relaxed);  // G is dead: no one else reads it
  stackreset(gp);  // stack.h: only the first segment stays with a free G
  if (gp->ismain) {
    // The main goroutine's huge stack is not reused; its G stays Dead on allgs.
    stackfree_main(gp->stack);
    gp->stack = Stack{};
    context_destroy(&gp->context);
    return;
  }
  gfput(m->p, gp);
}

// Entry of every goroutine (context.h: must not return).
void goentry(void* payload) {
  G* gp = static_cast<G*>(payload);
  Closure* fn = gp->startfn;
  reinterpret_cast<void (*)(G*, void*)>(fn->fn)(gp, fn);
  goexit1(gp);
}

G* malg(bool ismain) {
  G* gp = new G();
  gp->ismain = ismain;
  gp->stack = ismain ? stackalloc_main() : stackalloc();
  gp->stackguard0.store(gp->stack.lo + kStackRedZone, std::memory_order_relaxed);  // not yet shared
  casgstatus(gp, GStatus::Idle, GStatus::Dead);
  LockGuard lk(allglock);
  allgs.push_back(gp);
  gp->onlist = true;
  return gp;
}

int64_t newgoid(P* pp) {
  if (pp->goidcache == pp->goidcacheend) {
    pp->goidcache = sched.goidgen.fetch_add(kGoidCacheBatch, std::memory_order_relaxed) + 1;  // unique ids only
    pp->goidcacheend = pp->goidcache + kGoidCacheBatch;
  }
  return pp->goidcache++;
}

}  // namespace

void goexit1(G* gp) {
  mcall(gp, goexit0);
  throw_("goexit1: dead goroutine resumed");
}

void goexit(G* gp) {
  // Go's Goexit runs every deferred call of the goroutine, innermost frame first; a
  // recover() in them returns nil, also when Goexit is called during a panic (panic.cc).
  goexit_rundefers(gp);
  goexit1(gp);
  __builtin_unreachable();
}

G* newproc1(P* pp, Closure* fn, bool ismain) {
  G* newg = ismain ? nullptr : gfget(pp);
  if (newg == nullptr) newg = malg(ismain);
  newg->startfn = fn;
  newg->goid = newgoid(pp);
  newg->stackguard0.store(newg->stack.lo + kStackRedZone, std::memory_order_relaxed);  // not yet shared
  context_make(&newg->context, newg->stack.lo, newg->stack.hi, ismain ? mainentry : goentry);
  sched.ngoroutines.fetch_add(1, std::memory_order_relaxed);  // a counter; no partner
  casgstatus(newg, GStatus::Dead, GStatus::Runnable);
  return newg;
}

void newproc(G* callergp, Closure* fn) {
  if (fn == nullptr) mgo_rt_panicmem(callergp);  // go of a nil func value
  P* pp = getp();
  G* newg = newproc1(pp, fn, false);
  runqput(pp, newg, true);
  if (mainStarted.load(std::memory_order_relaxed)) wakep();  // set before main's code runs
}

void forEachG(void (*fn)(G* gp, void* arg), void* arg) {
  LockGuard lk(allglock);
  for (G* gp : allgs) fn(gp, arg);
}

}  // namespace mgo::rt

using namespace mgo::rt;

// ---- goroutines (rt.h "goroutines and channels") ----

extern "C" void mgo_rt_newproc(G* g, Closure* fn) { newproc(g, fn); }

// ---- package runtime's externs (abi.h naming: mgo_runtime_<Name>) ----

extern "C" [[noreturn]] void mgo_runtime_Goexit(G* g) { goexit(g); }
extern "C" int64_t mgo_runtime_NumGoroutine(G* g) {
  return sched.ngoroutines.load(std::memory_order_relaxed);  // a snapshot, as Go's
}
