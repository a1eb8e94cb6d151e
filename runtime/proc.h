// proc.h — the scheduler's interface to the rest of the runtime (runtime/proc*.cc, lockosthread.cc).
//
// Blocking protocol (as Go's HACKING.md): a G blocks by gopark, which switches to its
// M's g0 and runs unlockf there; whoever makes it runnable calls goready. Runtime code
// calling these runs on the G's stack with its M holding a P.
#pragma once
#include <cstdint>

#include "runtime/runtime2.h"

namespace mgo::rt {

// Go's waitReason strings (traceback.go), as printed in "goroutine 1 [chan receive]:".
namespace waitreason {
inline constexpr const char* ChanReceive = "chan receive";
inline constexpr const char* ChanReceiveNilChan = "chan receive (nil chan)";
inline constexpr const char* ChanSend = "chan send";
inline constexpr const char* ChanSendNilChan = "chan send (nil chan)";
inline constexpr const char* Select = "select";
inline constexpr const char* SelectNoCases = "select (no cases)";
inline constexpr const char* Semacquire = "semacquire";
inline constexpr const char* SyncMutexLock = "sync.Mutex.Lock";  // Go 1.19 prints "semacquire"
inline constexpr const char* Sleep = "sleep";
}  // namespace waitreason

// Changes gp's status from `from` to `to`; throws on a transition not allowed (runtime2.h
// lists them) or when gp is not in `from`.
void casgstatus(G* gp, GStatus from, GStatus to);

// Parks the running goroutine gp (state Waiting, reason shown by tracebacks). On g0,
// unlockf(gp, lock) runs after the switch; if it returns false gp resumes at once.
// Returns when some goready(gp) made it runnable and it was scheduled again.
void gopark(G* gp, bool (*unlockf)(G*, void*), void* lock, const char* reason);
// gopark whose unlockf releases the runtime Mutex `lock`.
void goparkunlock(G* gp, Mutex* lock, const char* reason);
// Makes the parked gp runnable: into the current P's runnext, then wakep.
void goready(G* gp);
// runtime.Gosched: puts gp on the global run queue and runs something else.
void gosched(G* gp);
// Like gosched, but onto the tail of gp's own P's local run queue (Go's goyield).
void goyield(G* gp);
// runtime.Goexit: runs gp's pending deferred calls, then ends it.
[[noreturn]] void goexit(G* gp);
// The go statement: a new goroutine running fn (a func() closure).
void newproc(G* callergp, Closure* fn);

// timer.cc: a timer due at `when` entered a heap; wakes an idle P if no idle M will
// wake by then (proc.cc).
void timerAdded(int64_t when);

// A blocking system call (read, sleep in the kernel, lazy JIT compilation) from gp:
//   entersyscall(gp); ...the call...; exitsyscall(gp);
// The M keeps its P, marked Syscall; if the call lasts longer than a sysmon tick (20µs
// to 10ms) sysmon retakes the P and hands it to another M, so other goroutines run.
// exitsyscall takes the old P back if it can, else any idle P, else parks gp as
// runnable and its M. Nothing between the two may touch P-local state, allocate, or
// rely on thread-locals (errno) surviving exitsyscall: gp may resume on another M.
// On a thread the runtime did not start (getm() null: unit tests calling stdlib
// functions directly) both are no-ops.
void entersyscall(G* gp);
void exitsyscall(G* gp);

// ---- for sysmon.cc ----
// Hands pp to some M (work pending) or to the idle list; sched.lock not held.
void handoffp(P* pp);
// Requests preemption of the G running on pp (StackPreempt in its guard); best effort.
bool preemptone(P* pp);
// The sysmon thread (sysmon.cc): started by mgo_rt_main, stopped by sched_shutdown.
void sysmon_start();
void sysmon_stop();

// Random number for the running M (steal order, select order); cheap, not crypto.
uint32_t fastrand();

// The P of the running M (runtime code on a G's stack, or g0 with a P).
P* getp();

// ---- for tests only (tests/unit/runtime_sched_*): ----
// After mgo_rt_main returned and every goroutine ended: stops and joins every M, frees
// the Ps and the free G and sudog lists. Returns the number of Gs that were not Dead
// (leaked) — 0 in a correct test. Afterwards mgo_rt_main may run again.
int64_t sched_shutdown();
// By default mgo_rt_main ends the process when main returns (rt.h); tests that run the
// scheduler several times in one process ask it to return the status instead.
void sched_set_return_from_main(bool on);
// Ms created by the last mgo_rt_main (tests check GOMAXPROCS is honoured).
int64_t sched_mcount();
// How many times sysmon has deep-slept (every P idle) since the process started.
int64_t sysmon_deep_sleeps();

}  // namespace mgo::rt

// Package runtime's LockOSThread/UnlockOSThread (runtime/lockosthread.cc; abi.h naming).
extern "C" void mgo_runtime_LockOSThread(G* g);
extern "C" void mgo_runtime_UnlockOSThread(G* g);
