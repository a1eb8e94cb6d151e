// proc_checkdead.cc — deadlock detection, after proc.go's checkdead: whenever an M goes
// idle or away (mput, incidlelocked, mexit; sched.lock held), if no M can run Go code
// and main has not returned, every goroutine is blocked for ever: Go's report
// ("fatal error: all goroutines are asleep - deadlock!" and a header per waiting
// goroutine, exit 2), or Go's "no goroutines" error when none is waiting either.
//
// Counts: mcount() = Ms created - Ms whose thread ended (sched.mnext - sched.nmfreed);
// running = mcount - idle Ms (sched.nmidle) - Ms waiting for their locked goroutine
// (sched.nmidlelocked). A pending timer means an M will wake: not a deadlock. A negative
// count, or a runnable G when no M runs, is an impossible state (throw).
// Lock order: called with sched.lock; takes allglock (a leaf) under it.
#include "runtime/fatal.h"
#include "runtime/proc_internal.h"
#include "runtime/rt.h"
#include "runtime/timer.h"

namespace mgo::rt {

int64_t mcount() { return sched.mnext - sched.nmfreed; }

// sched.lock held. Called when an M goes idle.
void checkdead() {
  if (sched.maindone || sched.shutdown.load()) return;
  // A pending timer will wake someone (an idle M sleeps until it): not a deadlock.
  if (timersPending()) return;
  int64_t run = mcount() - sched.nmidle - sched.nmidlelocked;
  if (run > 0) return;
  if (run < 0) throw_("checkdead: inconsistent counts");
  int64_t grunning = 0;
  {
    LockGuard lk(allglock);
    for (G* gp : allgs) {
      switch (gp->atomicstatus.load()) {
        case GStatus::Waiting: grunning++; break;
        case GStatus::Runnable:
        case GStatus::Running:
        case GStatus::Syscall: throw_("checkdead: runnable g");
        default: break;
      }
    }
  }
  if (grunning == 0) fatal("no goroutines (main called runtime.Goexit) - deadlock!");
  {
    ErrWriter w;
    w.str("fatal error: all goroutines are asleep - deadlock!\n");
    LockGuard lk(allglock);
    for (G* gp : allgs) {
      if (gp->atomicstatus.load() != GStatus::Waiting) continue;
      w.str("\ngoroutine ").i64(gp->goid).str(" [").str(gp->waitreason).str("]:\n");
    }
  }
  mgo::rt::exit(2);
}

}  // namespace mgo::rt
