// proc_internal.h — scheduler internals shared by the files that make up the scheduler
// (proc.cc, proc_start.cc, proc_goroutine.cc, proc_checkdead.cc, proc_stw.cc,
// lockosthread.cc, sysmon.cc); other runtime files use proc.h. Names and contracts are proc.go's. "Lock
// held" means sched.lock (runtime2.h gives the order).
#pragma once
#include <atomic>
#include <cstdint>
#include <vector>

#include "runtime/proc.h"

namespace mgo::rt {

// ---- stop the world and GOMAXPROCS (proc_stw.cc) ----
// A stop-the-world is under way: every M gives up its P (Go's sched.gcwaiting).
extern std::atomic<bool> gcwaiting;
// Ps still to stop (Go's sched.stopwait); under sched.lock. The M that stops the last
// one wakes the stopper on stopnote.
extern int32_t stopwait;
extern Note stopnote;
// allp's capacity; GOMAXPROCS above it is clamped.
constexpr int32_t kMaxGomaxprocs = 256;
// randomOrder (proc.go): strides coprime to gomaxprocs, so a thief visits every P once
// from any start. Rewritten only by procresize (setcoprimes), with the world stopped.
extern std::vector<uint32_t> steal_coprimes;
void setcoprimes(int32_t n);
// Stops every P but the caller's (gp runs on an M holding a P), then changes the number
// of Ps to procs and restarts the world (proc_stw.cc's design comment).
void stopTheWorld(G* gp);
void startTheWorld(G* gp, int32_t procs);

// ---- Ps and Ms (proc.cc) ----
// Puts pp on the idle list / takes one off it (null: none). sched.lock held.
void pidleput(P* pp);
P* pidleget();
// Wires m and pp together / apart (pp's status becomes Running / Idle).
void acquirep(M* m, P* pp);
P* releasep(M* m);
// Creates an M (a thread, or a reused M of an ended one) to run pp; sched.lock not held.
void newm(P* pp, bool spinning);
// Schedules some M to run pp (or any idle P when null); sched.lock not held.
void startm(P* pp, bool spinning);
// Adds a spinning M if there is an idle P and no spinning M (a G became runnable).
void wakep();
// Parks m on the idle list until startm hands it a P (returns with m->p set), or until
// shutdown (m->exiting). until > 0: sleeps no longer than that (proc.cc).
void stopm(M* m, int64_t until = 0);
// Reports a deadlock (and exits) when no M can run and main has not returned.
// sched.lock held; called whenever an M goes idle or away (proc_checkdead.cc).
void checkdead();
// Ms that exist now: created minus exited (Go's mcount). sched.lock held.
int64_t mcount();
// Switches from gp to its M's g0 and runs fn(gp) there; returns when gp runs again, maybe
// on another M (proc.cc).
void mcall(G* gp, void (*fn)(G*));
// Entry of the main goroutine (proc_start.cc: runs init and main, wakes mgo_rt_main).
void mainentry(void* payload);
// Set once the main goroutine starts: newproc calls wakep only after it (proc_start.cc).
extern std::atomic<bool> mainStarted;

// ---- goroutine creation and exit (proc_goroutine.cc) ----
// All Gs ever created by this run (checkdead, tracebacks, leak checks); under allglock.
extern Mutex allglock;
extern std::vector<G*> allgs;
// A Runnable G that will run fn (the main goroutine when ismain: mainentry, own stack).
G* newproc1(P* pp, Closure* fn, bool ismain);
// Ends the running goroutine gp (mcall to goexit0); never returns.
void goexit1(G* gp);
// Calls fn for every G ever created (Go's forEachG), under allglock (after sched.lock).
void forEachG(void (*fn)(G* gp, void* arg), void* arg);

// Ms whose thread ended (mexit), linked by schedlink, reused by newm; under sched.lock.
extern M* freem;

// ---- signals (signal.cc; minit_signals is in fatal.h) ----
// On an M's thread as it ends: disables and unmaps its alternate signal stack.
void unminit_signals();
// Alternate signal stacks mapped now, all threads (tests: none may outlive its thread).
int64_t signal_altstacks();

// ---- LockOSThread (lockosthread.cc) ----
// On m's g0 in schedule: m is locked to m->lockedg, which is not running; gives up m's P
// (handoffp) and sleeps until startlockedm hands it a P with lockedg runnable; returns
// with m->p set and lockedg to be executed (or m->exiting at shutdown).
void stoplockedm(M* m);
// On m's g0 in schedule: gp (runnable, taken from a run queue) is locked to another M:
// gives that M our P and gp, then stops m (stopm) until it gets a P again.
void startlockedm(M* m, G* gp);
// On m's g0 after its locked G ended: the thread exits after this (Go's mexit): the M
// is counted out (nmfreed), its thread detached, and the M goes to freem for newm to
// reuse (it stays on allm: sysmon may still read it); sched_shutdown frees it. The
// caller must not touch m after this returns.
void mexit(M* m);

}  // namespace mgo::rt
