// lockosthread.cc — runtime.LockOSThread / UnlockOSThread, after proc.go: a goroutine
// wired to its M (OS thread) runs only there, and that M runs no other goroutine.
//
// State: gp->lockedm and m->lockedg point at each other while the G is locked;
// m->lockedExt counts nested LockOSThread calls (Go's lockedExt; mgo has no internal
// locks, so no lockedInt): UnlockOSThread undoes one, and the wiring goes at zero.
// UnlockOSThread without a lock does nothing, as Go's.
//
// Scheduling (proc.go's protocol, same names):
//   - When the locked G stops running (parks, yields, is preempted), its M's schedule()
//     sees m->lockedg and calls stoplockedm: the M hands its P on (handoffp) and sleeps
//     on m->park, counted in sched.nmidlelocked (idle for checkdead).
//   - Whichever M later takes the G from a run queue sees gp->lockedm != itself and
//     calls startlockedm: it gives its P to the locked M (m->nextp, notewakeup) and stops
//     itself (stopm). The locked M wakes with the P and runs the G.
//   - exitsyscall without a P: the G goes to the global queue and the locked M waits in
//     stoplockedm (not stopm: a locked M is never on sched.midle).
//   So the locked G always resumes on its M; each block costs two thread hand-offs.
//
// A goroutine that ends while locked: Go terminates the thread (it may be in a state
// the program changed, e.g. a namespace) instead of reusing it. mgo does the same:
// goexit0 sets m->exitThread, the schedule loop hands the P on (handoffp) and returns,
// and mstart unmaps the thread's alternate signal stack (unminit_signals) and calls
// mexit, which counts the M out (sched.nmfreed, checkdead), detaches the pthread, which
// then ends, and puts the M on freem: the next newm reuses it for a new thread (Go frees
// it once the thread is gone, m.freeWait; here no memory of the M is the thread's own,
// so the last access under sched.lock is enough). The M is never deleted before
// sched_shutdown: it stays on allm because sysmon may hold a stale pointer to it
// (preemptone), which then misdirects one preemption at most. The main goroutine ending
// while locked ends the program anyway.
//
// Ms start while goroutines run (each goroutine that ends locked takes a thread), so a
// new thread's one-time set-up must not land on a goroutine's small segment: mstart
// makes the thread's first malloc on g0 (proc.cc mwarmup; glibc's arena set-up there
// needs over 1 KiB of stack, and once overran a segment into the saved context of the
// goroutine below: the crash fixed in commit d34824e), and newm runs pthread_create on
// a segment with room.
//
// Invariants: gp->lockedm == m iff m->lockedg == gp, and then m->lockedExt > 0; a locked
// M runs no G but its lockedg, and is never on sched.midle (it waits in stoplockedm,
// counted in nmidlelocked); at most one wake-up per stoplockedm sleep (m->lockedwake).
//
// Lock order: sched.lock only (incidlelocked, mexit); m->park is a note.
#include <pthread.h>

#include "runtime/fatal.h"
#include "runtime/proc_internal.h"
#include "runtime/rt.h"

namespace mgo::rt {

namespace {

// Go's incidlelocked: a locked M starts (+1) or stops (-1) waiting for its G.
void incidlelocked(int32_t v) {
  LockGuard lk(sched.lock);
  sched.nmidlelocked += v;
  if (v > 0) checkdead();
}

}  // namespace

void stoplockedm(M* m) {
  G* gp = m->lockedg;
  if (gp == nullptr || gp->lockedm != m) throw_("stoplockedm: inconsistent locking");
  if (m->p != nullptr) handoffp(releasep(m));
  incidlelocked(1);
  // Shutdown (tests) after our last wake-up reset: claim our own wake-up and leave. Else
  // sched_shutdown (shutdown store, then exchange) sees our false token and wakes us.
  if (sched.shutdown.load() && !m->lockedwake.exchange(true)) {
    m->exiting = true;
    return;
  }
  notesleep(&m->park);
  noteclear(&m->park);
  m->lockedwake.store(false);  // after noteclear: the next sleep may be woken again
  if (m->exiting) return;
  if (gp->atomicstatus.load() != GStatus::Runnable) throw_("stoplockedm: not runnable");
  P* pp = m->nextp;
  m->nextp = nullptr;
  acquirep(m, pp);
}

void startlockedm(M* m, G* gp) {
  M* mp = gp->lockedm;
  if (mp == m) throw_("startlockedm: locked to me");
  if (mp->nextp != nullptr) throw_("startlockedm: m has p");
  // Our P goes straight to the locked M: the G was taken from our queues, so it is ours
  // to run, on that M.
  incidlelocked(-1);
  mp->nextp = releasep(m);
  // Lost only to sched_shutdown, which woke mp to exit (our P stays in nextp: freed there).
  if (!mp->lockedwake.exchange(true)) notewakeup(&mp->park);
  stopm(m);
}

void mexit(M* m) {
  if (m->p != nullptr || m->lockedg != nullptr) throw_("mexit: M still holds a P or a G");
  LockGuard lk(sched.lock);
  if (!sched.shutdown.load()) {  // else sched_shutdown joins it (tests)
    pthread_detach(pthread_self());
    m->detached = true;
    // Our last access to m: newm1 may reuse it as soon as we unlock.
    m->schedlink = freem;
    freem = m;
  }
  sched.nmfreed++;
  checkdead();
}

}  // namespace mgo::rt

using namespace mgo::rt;

// ---- package runtime's externs (abi.h naming) ----

extern "C" void mgo_runtime_LockOSThread(G* g) {
  M* m = g->m;
  if (m == nullptr || m != getm()) throw_("LockOSThread: not on the goroutine's M");
  if (m->lockedExt + 1 == 0) throw_("LockOSThread nesting overflow");
  m->lockedExt++;
  m->lockedg = g;
  g->lockedm = m;
}

extern "C" void mgo_runtime_UnlockOSThread(G* g) {
  M* m = g->m;
  if (m == nullptr || m != getm()) throw_("UnlockOSThread: not on the goroutine's M");
  if (m->lockedExt == 0) return;
  if (--m->lockedExt != 0) return;
  m->lockedg = nullptr;
  g->lockedm = nullptr;
}
