// timer.h — per-P timer heaps (Go 1.14's design, runtime/timer.cc): time.Sleep, the
// timers behind time.Timer/Ticker/After/AfterFunc, and the scheduler's hooks.
#pragma once
#include <atomic>
#include <cstdint>

#include "runtime/abi.h"
#include "runtime/runtime2.h"

namespace mgo::rt {

// One timer. Its memory belongs to whoever started it (a time.Timer or time.Ticker in
// the Go heap, or a sleeping goroutine's frame); while it is in a heap the runtime keeps
// a pointer to it (a future collector must treat P::timers as roots).
// LAYOUT SHARED with stdlib/go/time.go's runtimeTimer (field for field, 8 bytes each):
//   pp uintptr; when, period int64; c chan Time; f func(); gp uintptr; index int
// What it does when it fires: gp != null: goready(gp) (Sleep); else f != null: go f()
// (AfterFunc); else a non-blocking send of time.Now() on c (Timer.C, Ticker.C).
struct Timer {
  std::atomic<P*> pp{nullptr};    // P whose heap holds it, null when not in a heap; written under pp->timersLock
  int64_t when = 0;               // nanotime() at which it fires; under pp->timersLock while in a heap
  int64_t period = 0;             // > 0: fires again every period (tickers)
  void* c = nullptr;              // chan Time (Hchan*) to send the time on
  Closure* f = nullptr;           // func() to start as a goroutine
  G* gp = nullptr;                // goroutine to ready
  int64_t index = 0;              // position in pp->timers; under pp->timersLock
};
static_assert(sizeof(Timer) == 56, "Timer layout is shared with time.go's runtimeTimer");

// CLOCK_MONOTONIC in nanoseconds.
int64_t nanotime();
// now + d, saturating at the largest int64 (Go's time.when).
int64_t whenafter(int64_t d);

// Adds t (not in any heap) to the current P's heap with its when/period.
void addtimer(Timer* t);
// Removes t from its heap. True if it was pending (it will not fire); false if it had
// already fired (or was never started).
bool deltimer(Timer* t);
// Stops t and restarts it to fire at when; returns whether it was pending.
bool modtimer(Timer* t, int64_t when);

// Sleeps gp for ns nanoseconds, parked: the goroutine holds no thread.
void timeSleep(G* gp, int64_t ns);

// ---- the scheduler's side (runtime/proc.cc), M holding a P, on g0: ----
// Runs every due timer of pp; returns how many ran.
int checkTimers(P* pp, int64_t now);
// Runs the due timers of every P (an idle P's timers fire through the others).
int checkTimersAll();
// Earliest when over every P's heap; 0 when there is no timer anywhere.
int64_t nextTimerWhen();
// Timers in any heap (checkdead: pending timers are not a deadlock).
bool timersPending();
// procresize, before `from` leaves the first gomaxprocs Ps (only those are searched):
// moves every timer of `from` to the heap of `to`, deadlines unchanged. Needs no other
// timer lock held; safe with the world running too.
void moveTimers(P* to, P* from);

// Tests: timers in heaps across all Ps.
int64_t timers_in_heaps();

}  // namespace mgo::rt
