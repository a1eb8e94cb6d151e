// timer.cc — per-P timer heaps, after Go 1.14's time.go (addtimer, deltimer, modtimer,
// runtimer, checkTimers) without the netpoller.
//
// Design:
//   1. Each P has a 4-ary min-heap of timers ordered by `when` (P::timers), under
//      P::timersLock, and publishes its earliest `when` in P::timer0When (0: empty) so
//      that schedulers can skip a P without taking its lock.
//   2. A timer is added to the heap of the P of the goroutine that starts it; it stays
//      there until it fires or is stopped, unless procresize retires that P (moveTimers).
//      t->pp names the heap; deltimer locks that P and re-checks t->pp, so Stop and
//      Reset work from any goroutine on any P.
//   3. Running: the scheduler calls checkTimers for its own P on every schedule() and, in
//      findrunnable, checkTimersAll for every P (an idle P's timers fire through whichever
//      M looks for work). A due one-shot timer leaves the heap (t->pp = null) before its
//      function runs, a periodic one is moved to its next period first; the function runs
//      with the lock released, on g0 of an M holding a P: goready, newproc, or a
//      non-blocking channel send (a full channel drops the tick, as Go's sendTime).
//   4. Idle: an M without work sleeps on its note no longer than nextTimerWhen() (proc.cc
//      stopm); adding a timer that is earlier than every such deadline wakes an idle P
//      (timerAdded), so a timer added by a goroutine that then keeps running still fires.
//      checkdead treats pending timers as "not a deadlock".
//   5. Sleep: the goroutine's Timer lives in its own frame (stacks never move); it is
//      added by gopark's unlockf, on g0 after the goroutine is Waiting, so the wake-up
//      cannot come before the park.
// Rejected: Go's lazy deletion with a status word per timer (timerDeleted, timerModifying,
// ...): it exists to keep Stop/Reset lock-free and to let timers move between Ps in
// procresize; with a per-P lock and fixed Ps, removing a timer at its heap index under the
// lock is simpler and O(log n) too. A goroutine per timer sleeping on a thread (the first
// time.go) holds threads and cannot scale to many timers.
// Lock order: P::timersLock is a leaf; no other lock is held with it, and it is released
// before a timer's function runs (which may take channel and scheduler locks). Only
// moveTimers (procresize) holds two, taken by address.
#include "runtime/timer.h"

#include <ctime>
#include <vector>

#include "runtime/chan.h"
#include "runtime/fatal.h"
#include "runtime/proc.h"

namespace mgo::rt {

int64_t nanotime() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

int64_t whenafter(int64_t d) {
  int64_t now = nanotime();
  if (d <= 0) return now;
  int64_t t = now + d;
  if (t < now) t = INT64_MAX;  // overflow: never, in practice
  return t;
}

namespace {

// ---- the 4-ary heap (pp->timersLock held) ----

void setAt(std::vector<Timer*>& h, size_t i, Timer* t) {
  h[i] = t;
  t->index = static_cast<int64_t>(i);
}

void siftup(std::vector<Timer*>& h, size_t i) {
  Timer* t = h[i];
  while (i > 0) {
    size_t p = (i - 1) / 4;
    if (t->when >= h[p]->when) break;
    setAt(h, i, h[p]);
    i = p;
  }
  setAt(h, i, t);
}

void siftdown(std::vector<Timer*>& h, size_t i) {
  size_t n = h.size();
  Timer* t = h[i];
  for (;;) {
    size_t c = 4 * i + 1;
    if (c >= n) break;
    size_t best = c;
    for (size_t k = c + 1; k < c + 4 && k < n; k++) {
      if (h[k]->when < h[best]->when) best = k;
    }
    if (h[best]->when >= t->when) break;
    setAt(h, i, h[best]);
    i = best;
  }
  setAt(h, i, t);
}

void updateTimer0When(P* pp) {
  // seq_cst: the adder's side of the Dekker pattern with an M going idle (proc.cc reads
  // timer0When after dropping its P; timerAdded reads the idle state after this store).
  pp->timer0When.store(pp->timers.empty() ? 0 : pp->timers[0]->when);
}

void doaddtimer(P* pp, Timer* t) {
  if (t->pp.load(std::memory_order_relaxed) != nullptr) throw_("addtimer: timer already in a heap");
  t->pp.store(pp, std::memory_order_relaxed);  // under pp->timersLock; readers re-check under it
  pp->timers.push_back(t);
  siftup(pp->timers, pp->timers.size() - 1);
  updateTimer0When(pp);
}

void dodeltimer(P* pp, Timer* t) {
  std::vector<Timer*>& h = pp->timers;
  size_t i = static_cast<size_t>(t->index);
  if (i >= h.size() || h[i] != t) throw_("deltimer: timer not at its heap index");
  Timer* last = h.back();
  h.pop_back();
  if (last != t) {
    setAt(h, i, last);
    siftdown(h, i);
    siftup(h, static_cast<size_t>(last->index));
  }
  t->pp.store(nullptr, std::memory_order_relaxed);  // under pp->timersLock
  t->index = 0;
  updateTimer0When(pp);
}

// The value a timer sends: time.Time as time.go lays it out {sec, nsec, mono}, with
// mono = monotonic clock + 1 (time.go: 0 means "no reading"), as stdlib's now().
struct TimeValue {
  int64_t sec, nsec, mono;
};

void sendTime(Hchan* c) {
  if (c->elemsize != sizeof(TimeValue)) throw_("sendTime: channel element is not a time.Time");
  timespec wall, mono;
  clock_gettime(CLOCK_REALTIME, &wall);
  clock_gettime(CLOCK_MONOTONIC, &mono);
  TimeValue v{wall.tv_sec, wall.tv_nsec,
              static_cast<int64_t>(mono.tv_sec) * 1000000000 + mono.tv_nsec + 1};
  // Non-blocking: a reader that has not taken the last value misses this one (Go drops
  // ticks the same way). The channel is the timer's own, never closed: g only panics.
  chansend(getg(), c, &v, false);
}

// Runs the top timer of pp, due at or before now (pp->timersLock held; released while
// its function runs, held again on return).
void runtimer(P* pp, int64_t now) {
  Timer* t = pp->timers[0];
  G* gp = t->gp;
  Closure* f = t->f;
  Hchan* c = static_cast<Hchan*>(t->c);
  if (t->period > 0) {
    // Next period strictly after now, skipping the periods missed (Go's rule).
    int64_t delta = now - t->when;
    t->when += t->period * (1 + delta / t->period);
    if (t->when < 0) t->when = INT64_MAX;
    siftdown(pp->timers, 0);
    updateTimer0When(pp);
  } else {
    dodeltimer(pp, t);  // from here the timer may be reused (Reset, or Sleep's frame gone)
  }
  pp->timersLock.unlock();
  if (gp != nullptr) {
    goready(gp);
  } else if (f != nullptr) {
    newproc(getg(), f);
  } else if (c != nullptr) {
    sendTime(c);
  }
  pp->timersLock.lock();
}

bool sleepcommit(G* gp, void* t) {
  addtimer(static_cast<Timer*>(t));
  return true;
}

}  // namespace

void addtimer(Timer* t) {
  P* pp = getp();
  if (pp == nullptr) throw_("addtimer: no p");
  int64_t when;
  {
    LockGuard lk(pp->timersLock);
    when = t->when;  // read under the lock: once it is released the timer may fire, and a
                     // sleeper's Timer (on its stack) may be gone before timerAdded runs
    doaddtimer(pp, t);
  }
  timerAdded(when);
}

bool deltimer(Timer* t) {
  for (;;) {
    P* pp = t->pp.load(std::memory_order_acquire);  // partner: doaddtimer's store under the lock
    if (pp == nullptr) return false;
    LockGuard lk(pp->timersLock);
    if (t->pp.load(std::memory_order_relaxed) != pp) continue;  // fired or moved meanwhile
    dodeltimer(pp, t);
    return true;
  }
}

bool modtimer(Timer* t, int64_t when) {
  bool pending = deltimer(t);
  t->when = when;
  addtimer(t);
  return pending;
}

void timeSleep(G* gp, int64_t ns) {
  if (ns <= 0) return;
  Timer t;
  t.gp = gp;
  t.when = whenafter(ns);
  gopark(gp, sleepcommit, &t, waitreason::Sleep);
  if (t.pp.load() != nullptr) throw_("timeSleep: woken with its timer pending");
}

int checkTimers(P* pp, int64_t now) {
  int64_t next = pp->timer0When.load(std::memory_order_relaxed);  // hint; rechecked under the lock
  if (next == 0 || next > now) return 0;
  int ran = 0;
  LockGuard lk(pp->timersLock);
  while (!pp->timers.empty() && pp->timers[0]->when <= now) {
    runtimer(pp, now);
    ran++;
  }
  return ran;
}

int checkTimersAll() {
  int ran = 0;
  int64_t now = 0;
  for (int32_t i = 0; i < sched.gomaxprocs; i++) {
    P* pp = sched.allp[i];
    int64_t next = pp->timer0When.load(std::memory_order_relaxed);  // hint
    if (next == 0) continue;
    if (now == 0) now = nanotime();
    ran += checkTimers(pp, now);
  }
  return ran;
}

int64_t nextTimerWhen() {
  int64_t next = 0;
  for (int32_t i = 0; i < sched.gomaxprocs; i++) {
    int64_t w = sched.allp[i]->timer0When.load();  // seq_cst: see updateTimer0When
    if (w != 0 && (next == 0 || w < next)) next = w;
  }
  return next;
}

bool timersPending() { return nextTimerWhen() != 0; }

void moveTimers(P* to, P* from) {
  if (to == from) return;
  // Two timers locks at once, only here: by address, so two movers cannot deadlock.
  Mutex& first = reinterpret_cast<uintptr_t>(to) < reinterpret_cast<uintptr_t>(from) ? to->timersLock : from->timersLock;
  Mutex& second = &first == &to->timersLock ? from->timersLock : to->timersLock;
  LockGuard l1(first);
  LockGuard l2(second);
  for (Timer* t : from->timers) {
    t->pp.store(nullptr, std::memory_order_relaxed);  // under both locks
    doaddtimer(to, t);
  }
  from->timers.clear();
  updateTimer0When(from);
}

int64_t timers_in_heaps() {
  int64_t n = 0;
  for (int32_t i = 0; i < sched.gomaxprocs; i++) {
    P* pp = sched.allp[i];
    LockGuard lk(pp->timersLock);
    n += static_cast<int64_t>(pp->timers.size());
  }
  return n;
}

}  // namespace mgo::rt
