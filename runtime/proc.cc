// proc.cc — the G/M/P scheduler, after Go's proc.go (names kept so the two can be read
// side by side).
//
// Shape:
//   - mgo_rt_main's calling thread is not an M (proc_start.cc): it starts M 1 with the
//     main goroutine and sleeps until main returns.
//   - Every M is a pthread whose own stack is g0. Its loop (schedule) finds a G
//     (findrunnable), switches to it (execute), and when the G switches back (mcall:
//     park, yield, exit) runs the requested function on g0 and loops. Go's park_m
//     etc. call schedule() tail-recursively; a loop does the same without the recursion.
//   - Idle Ms sleep on m->park (a futex note) in stopm; startm hands them a P.
//
// Spinning Ms (proc.go's "Worker thread parking/unparking" essay, same protocol):
// an M looking for work with a P is "spinning" (sched.nmspinning). Whoever readies a G
// calls wakep(), which starts a spinning M only if there is an idle P and no spinning M.
// A spinning M that finds nothing first drops its spinning count, then re-checks every
// runq before parking. The two sides are a Dekker pattern:
//     submitter: runqput (store tail)  ; fence ; load npidle / nmspinning
//     spinner:   nmspinning-- (RMW)    ;        load every P's runq tail
// so at least one of them sees the other: no G is left runnable with all Ms parked.
//
// Fairness: every 61st schedule() takes one G from the global queue first; runnext
// (the G just readied by the running G, e.g. a channel partner) inherits the time slice
// (execute's inheritTime), so sysmon's 10ms rule preempts a runnext chain as one slice.
//
// Also part of the scheduler: start-up and tear-down (proc_start.cc), goroutine creation
// and exit (proc_goroutine.cc), deadlock detection (proc_checkdead.cc), stop-the-world
// and GOMAXPROCS (proc_stw.cc), LockOSThread (lockosthread.cc); their shared internals
// are in proc_internal.h.
//
// Lock order: runtime2.h. The sched.lock is never held across a context switch.
#include "runtime/proc.h"
#include "runtime/proc_internal.h"

#include <pthread.h>
#include <sched.h>
#include <unistd.h>

#include <cstdlib>

#include "runtime/fatal.h"
#include "runtime/rt.h"
#include "runtime/runq.h"
#include "runtime/stack.h"
#include "runtime/timer.h"

namespace mgo::rt {

SchedT sched;

namespace {

thread_local M* tls_m = nullptr;


}  // namespace

// ---- current M/G ----

// noinline: a goroutine may resume on another thread after any switch; a fresh call
// re-reads the thread-local instead of a TLS address cached across the switch.
__attribute__((noinline)) M* getm() {
  M* m = tls_m;
  __asm__ volatile("" ::: "memory");
  return m;
}

G* getg() {
  M* m = getm();
  if (m == nullptr) return nullptr;
  return m->curg != nullptr ? m->curg : &m->g0;
}

P* getp() { return getm()->p; }

uint32_t fastrand() {
  M* m = getm();
  uint64_t* s = m ? &m->fastrand : nullptr;
  static std::atomic<uint64_t> shared{0x9e3779b97f4a7c15ULL};
  if (s == nullptr) return static_cast<uint32_t>(shared.fetch_add(0x9e3779b97f4a7c15ULL) >> 32);
  // wyrand, as Go's fastrand on 64-bit.
  *s += 0xa0761d6478bd642fULL;
  __uint128_t r = static_cast<__uint128_t>(*s) * (*s ^ 0xe7037ed1a0b428dbULL);
  return static_cast<uint32_t>((r >> 64) ^ r);
}

// ---- status ----

void casgstatus(G* gp, GStatus from, GStatus to) {
  bool ok = false;
  switch (from) {
    case GStatus::Idle: ok = to == GStatus::Dead; break;
    case GStatus::Dead: ok = to == GStatus::Runnable; break;
    case GStatus::Runnable: ok = to == GStatus::Running; break;
    case GStatus::Running:
      ok = to == GStatus::Runnable || to == GStatus::Waiting || to == GStatus::Dead ||
           to == GStatus::Syscall;
      break;
    case GStatus::Waiting: ok = to == GStatus::Runnable; break;
    case GStatus::Syscall: ok = to == GStatus::Running || to == GStatus::Runnable; break;
  }
  if (!ok) throw_("casgstatus: bad incoming values");
  GStatus expect = from;
  // seq_cst: status is read by checkdead and tracebacks on other Ms.
  if (!gp->atomicstatus.compare_exchange_strong(expect, to)) {
    ErrWriter().str("runtime: casgstatus: oldval=").u64(static_cast<uint64_t>(expect))
        .str(" from=").u64(static_cast<uint64_t>(from)).str(" to=").u64(static_cast<uint64_t>(to))
        .str(" goid=").i64(gp->goid).ch('\n');
    throw_("casgstatus: bad incoming values");
  }
}

// ---- Ps and Ms (sched.lock held) ----

void pidleput(P* pp) {
  if (!runqempty(pp)) throw_("pidleput: P has non-empty run queue");
  pp->status.store(PStatus::Idle, std::memory_order_relaxed);  // hint for thieves; lock orders it
  pp->link = sched.pidle;
  sched.pidle = pp;
  sched.npidle.fetch_add(1);  // seq_cst: the spinner's side of the Dekker pattern (top)
}

P* pidleget() {
  P* pp = sched.pidle;
  if (pp != nullptr) {
    sched.pidle = pp->link;
    sched.npidle.fetch_sub(1);  // seq_cst: read by wakep without the lock
    // A P leaves the idle list: some M is about to run Gs, which sysmon must watch
    // (preemption, syscalls). sysmon decided to deep-sleep under this lock, after seeing
    // npidle == gomaxprocs, so this decrement and its sysmonwait cannot both be missed.
    if (sched.sysmonwait) {
      sched.sysmonwait = false;
      notewakeup(&sched.sysmonnote);
    }
  }
  return pp;
}

// pp->m and m->curg are written through atomic_ref: sysmon reads them without locks
// (preemptone). release: pairs with preemptone's acquire loads, so the M or G sysmon
// finds is fully constructed; a stale answer only misdirects a best-effort preemption.
static void setpm(P* pp, M* m) { std::atomic_ref<M*>(pp->m).store(m, std::memory_order_release); }
static void setcurg(M* m, G* gp) { std::atomic_ref<G*>(m->curg).store(gp, std::memory_order_release); }

void acquirep(M* m, P* pp) {
  if (m->p != nullptr || pp->m != nullptr) throw_("acquirep: invalid p state");
  m->p = pp;
  setpm(pp, m);
  pp->status.store(PStatus::Running, std::memory_order_relaxed);  // hint for thieves
}

P* releasep(M* m) {
  P* pp = m->p;
  if (pp == nullptr || pp->m != m) throw_("releasep: invalid p state");
  m->p = nullptr;
  setpm(pp, nullptr);
  pp->status.store(PStatus::Idle, std::memory_order_relaxed);  // hint for thieves
  return pp;
}

static void mput(M* m) {
  m->schedlink = sched.midle;
  sched.midle = m;
  sched.nmidle++;
  checkdead();
}

static M* mget() {
  M* m = sched.midle;
  if (m != nullptr) {
    sched.midle = m->schedlink;
    sched.nmidle--;
  }
  return m;
}

static void schedule(M* m);

// A thread's first malloc makes glibc set up its tcache and attach an arena
// (tcache_init -> arena_get2); once more than 8 arenas exist, that path also counts the
// CPUs (__get_nprocs -> read_sysfs_file, a 1 KiB buffer on the stack and several
// frames): far more than a goroutine segment's 768-byte red zone. Without this, a new
// M's first malloc came from a goroutine on its small segment (chan.cc's acquireSudog:
// new Sudog) and overran it into the segment below, whose top holds a parked or fresh
// goroutine's saved context (the LockOSThread crash: ldmxcsr of a garbage MXCSR in
// jump_fcontext, or a jump to a garbage pc). So every M does its first malloc here, on
// g0's 8 MiB stack. The pointer must escape (the asm): a plain free(malloc(1)) is a
// pair the compiler may delete, and did.
static void mwarmup() {
  void* p = malloc(1);
  __asm__ volatile("" : : "r"(p) : "memory");
  free(p);
}

static void* mstart(void* arg) {
  M* m = static_cast<M*>(arg);
  tls_m = m;
  minit_signals();  // signal.cc: this thread's alternate signal stack
  mwarmup();
  // The thread publishes its own handle: its creator's pthread_create may return after
  // this thread has ended and its M was reused (sched_shutdown waits for it to appear).
  auto* self = new pthread_t(pthread_self());
  std::atomic_ref<void*>(m->thread).store(self, std::memory_order_release);
  context_init_current(&m->g0.context);
  m->fastrand = reinterpret_cast<uintptr_t>(m) * 0x9e3779b97f4a7c15ULL + m->id;
  P* pp = m->nextp;
  m->nextp = nullptr;
  acquirep(m, pp);
  schedule(m);
  unminit_signals();  // signal.cc: unmaps this thread's alternate signal stack
  if (m->exitThread) mexit(m);  // its locked goroutine ended (lockosthread.cc); m may be reused
  tls_m = nullptr;
  return nullptr;
}

// Ms whose thread ended (mexit, lockosthread.cc), linked by schedlink, for newm1 to
// reuse; under sched.lock. They stay on allm: sysmon may still hold a pointer to one
// (preemptone), which must stay an M (a stale one only misdirects a preemption).
M* freem = nullptr;

// Readies a reused M (from freem) for a new thread: every field its last thread may have
// left set. sched.lock held; its old thread no longer touches it (mexit pushed it under
// this lock, as its last access). Returns the old thread's handle storage.
static pthread_t* mreinit(M* m) {
  if (m->p != nullptr || m->curg != nullptr || m->lockedg != nullptr || !m->detached) {
    throw_("newm: reused M still in use");
  }
  // Written by the old thread before its mexit (this lock orders it); sched_shutdown may
  // be waiting for the new one (acquire loads): an atomic store.
  auto* old = static_cast<pthread_t*>(m->thread);
  std::atomic_ref<void*>(m->thread).store(nullptr, std::memory_order_relaxed);
  m->oldp = nullptr;
  m->schedlink = nullptr;
  m->mcallfn = nullptr;
  m->waitunlockf = nullptr;
  m->waitlock = nullptr;
  m->runnext_g0 = nullptr;
  m->runnext_g0_inherit = false;
  m->exiting = false;
  m->lockedExt = 0;
  m->lockedwake.store(false);
  m->exitThread = false;
  m->detached = false;
  noteclear(&m->park);
  return old;
}

// Creates an M (a pthread) that will run with pp, reusing an M whose thread ended if
// there is one. sched.lock not held.
// Callers may run on a goroutine's small stack segment (wakep from goready or newproc):
// pthread_create and malloc are deep C++, so on a user G the work moves to a segment with
// kHeavyCallFrame of room first (stack.h), as Go runs newm on the system stack. Without
// this, glibc's frames overran the red zone into a neighbouring goroutine's segment.
// m->thread is published by the new thread itself (mstart): sched_shutdown waits for it.
static void newm1(void* arg) {
  auto* a = static_cast<std::pair<P*, bool>*>(arg);
  M* m = nullptr;
  pthread_t* old = nullptr;
  {
    LockGuard lk(sched.lock);
    if (freem != nullptr) {
      m = freem;
      freem = m->schedlink;
      old = mreinit(m);
      m->id = ++sched.mnext;
      m->nextp = a->first;
      m->spinning = a->second;
    }
  }
  delete old;  // the ended thread's handle (detached: never used again)
  if (m == nullptr) {
    m = new M();
    m->nextp = a->first;
    m->spinning = a->second;
    LockGuard lk(sched.lock);
    m->id = ++sched.mnext;
    m->alllink = sched.allm;
    sched.allm = m;
  }
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  // g0 stacks run the scheduler and deep runtime work (formatting, host calls).
  pthread_attr_setstacksize(&attr, 8 << 20);
  pthread_t t;
  if (pthread_create(&t, &attr, mstart, m) != 0) throw_("newm: pthread_create failed");
  pthread_attr_destroy(&attr);
}

void newm(P* pp, bool spinning) {
  std::pair<P*, bool> a{pp, spinning};
  M* m = getm();
  if (m != nullptr && m->curg != nullptr) {  // on the running goroutine's stack
    stack_call_with_room(m->curg, kHeavyCallFrame, newm1, &a);
  } else {  // g0 (the thread's own 8 MiB stack) or the mgo_rt_main thread
    newm1(&a);
  }
}

// Schedules some M to run pp (or any idle P if pp is null). spinning: the caller
// incremented nmspinning for the M it starts.
void startm(P* pp, bool spinning) {
  sched.lock.lock();
  if (pp == nullptr) {
    pp = pidleget();
    if (pp == nullptr) {
      sched.lock.unlock();
      if (spinning && sched.nmspinning.fetch_sub(1) <= 0) {
        throw_("startm: negative nmspinning");
      }
      return;
    }
  }
  M* nmp = mget();
  sched.lock.unlock();
  if (nmp == nullptr) {
    newm(pp, spinning);
    return;
  }
  if (nmp->spinning) throw_("startm: m is spinning");
  if (nmp->nextp != nullptr) throw_("startm: m has p");
  nmp->spinning = spinning;
  nmp->nextp = pp;
  notewakeup(&nmp->park);
}

// Tries to add one more P to execute Gs (a G became runnable).
void wakep() {
  // seq_cst fence: the submitter's side of the Dekker pattern (top): our runq store
  // must be visible before we read npidle/nmspinning.
  std::atomic_thread_fence(std::memory_order_seq_cst);
  if (sched.npidle.load() == 0) return;
  int32_t zero = 0;
  if (sched.nmspinning.load() != 0 || !sched.nmspinning.compare_exchange_strong(zero, 1)) return;
  startm(nullptr, true);
}

// The earliest deadline an idle M sleeps to (stopm with timers pending); INT64_MAX when
// none is known. An over-estimate only costs timerAdded an extra wakep.
static std::atomic<int64_t> timerSleepUntil{INT64_MAX};

// Stops the M until new work is available; returns with m->p set, or with m->exiting.
// until > 0 (timer.cc: the next timer's when): sleeps no longer than that and may then
// return without a P, so that the caller takes an idle P and runs the due timers.
void stopm(M* m, int64_t until) {
  if (m->p != nullptr) throw_("stopm holding p");
  if (m->spinning) throw_("stopm spinning");
  sched.lock.lock();
  if (sched.shutdown.load()) {
    m->exiting = true;
    sched.lock.unlock();
    return;
  }
  mput(m);
  sched.lock.unlock();
  if (until <= 0) {
    notesleep(&m->park);
  } else {
    int64_t cur = timerSleepUntil.load();
    while (until < cur && !timerSleepUntil.compare_exchange_weak(cur, until)) {
    }
    int64_t ns = until - nanotime();
    bool woken = notetsleep(&m->park, ns > 0 ? ns : 0);  // (ns < 0 would mean "forever")
    cur = until;
    timerSleepUntil.compare_exchange_strong(cur, INT64_MAX);  // ours: forget it
    if (!woken) {
      // Timed out: leave sched.midle, unless a startm already took us (its wakeup,
      // with nextp, is on its way).
      sched.lock.lock();
      M** pm = &sched.midle;
      while (*pm != nullptr && *pm != m) pm = &(*pm)->schedlink;
      if (*pm == m) {
        *pm = m->schedlink;
        m->schedlink = nullptr;
        sched.nmidle--;
        sched.lock.unlock();
        return;  // no P: findrunnable takes an idle one for the timers
      }
      sched.lock.unlock();
      notesleep(&m->park);
    }
  }
  noteclear(&m->park);
  if (m->exiting) return;
  P* pp = m->nextp;
  m->nextp = nullptr;
  acquirep(m, pp);
}

// timer.cc: a timer due at `when` entered a heap. If no idle M is sure to wake by then,
// start one (it finds no work, and sleeps until the earliest timer instead): the
// goroutine that added the timer may keep its P busy (Go's wakeNetPoller).
void timerAdded(int64_t when) {
  // seq_cst fence: the timer0When store is visible before we read the sleepers' state;
  // an M going idle reads timer0When after publishing itself (nmidle, timerSleepUntil).
  std::atomic_thread_fence(std::memory_order_seq_cst);
  if (when < timerSleepUntil.load()) wakep();
}

static void resetspinning(M* m) {
  if (!m->spinning) throw_("resetspinning: not a spinning m");
  m->spinning = false;
  if (sched.nmspinning.fetch_sub(1) <= 0) throw_("findrunnable: negative nmspinning");
  // The M leaving spinning state was the one that would have found more work; hand
  // the job on, so a burst of readied Gs spreads over idle Ps.
  wakep();
}

// Stops m's P for a stop-the-world (Go's gcstopm), then the M until startTheWorld hands
// it a P again. sched.lock not held.
static void gcstopm(M* m) {
  if (!gcwaiting.load()) throw_("gcstopm: not waiting for gc");
  if (m->spinning) {
    m->spinning = false;
    if (sched.nmspinning.fetch_sub(1) <= 0) throw_("gcstopm: negative nmspinning");
  }
  P* pp = releasep(m);
  sched.lock.lock();
  pp->status.store(PStatus::Gcstop);
  if (--stopwait == 0) notewakeup(&stopnote);
  sched.lock.unlock();
  stopm(m);
}

// ---- finding work ----

static G* stealwork(M* m, P* pp) {
  const int stealTries = 4;
  uint32_t count = static_cast<uint32_t>(sched.gomaxprocs);
  for (int i = 0; i < stealTries; i++) {
    bool stealRunNextG = i == stealTries - 1;
    uint32_t r = fastrand();
    uint32_t pos = r % count;
    uint32_t inc = steal_coprimes[r % steal_coprimes.size()];
    for (uint32_t n = 0; n < count; n++, pos = (pos + inc) % count) {
      P* p2 = sched.allp[pos];
      if (p2 == pp) continue;
      if (p2->status.load(std::memory_order_relaxed) == PStatus::Idle) continue;  // hint only
      if (G* gp = runqsteal(pp, p2, stealRunNextG)) return gp;
    }
  }
  return nullptr;
}

// Finds a runnable G for m, blocking (stopm) until one exists. Null: shut down.
// *inheritTime: whether it came from pp's runnext (see execute).
static G* findrunnable(M* m, bool* inheritTime) {
  *inheritTime = false;
top:
  if (m->exiting) return nullptr;
  if (gcwaiting.load()) {
    gcstopm(m);
    goto top;
  }
  P* pp = m->p;
  checkTimersAll();  // due timers of every P, idle ones included (timer.cc)
  if (G* gp = runqget(pp, inheritTime)) return gp;
  if (sched.runqsize.load(std::memory_order_relaxed) != 0) {  // hint; rechecked under the lock
    LockGuard lk(sched.lock);
    if (G* gp = globrunqget(pp, 0)) return gp;
  }
  int32_t procs = sched.gomaxprocs;
  // Limit spinning Ms to half the busy Ps: stealing burns CPU on 2-core machines.
  if (m->spinning || 2 * sched.nmspinning.load() < procs - sched.npidle.load()) {
    if (!m->spinning) {
      m->spinning = true;
      sched.nmspinning.fetch_add(1);
    }
    if (G* gp = stealwork(m, pp)) return gp;
  }
  // Nothing found: give up the P.
  sched.lock.lock();
  if (sched.runqsize.load(std::memory_order_relaxed) != 0) {
    G* gp = globrunqget(pp, 0);
    sched.lock.unlock();
    return gp;
  }
  if (sched.shutdown.load()) {
    sched.lock.unlock();
    if (m->spinning) {
      m->spinning = false;
      sched.nmspinning.fetch_sub(1);
    }
    m->exiting = true;
    return nullptr;
  }
  if (gcwaiting.load()) {  // our P is counted in stopwait: stop it (top), never idle it
    sched.lock.unlock();
    goto top;
  }
  if (releasep(m) != pp) throw_("findrunnable: wrong p");
  pidleput(pp);
  sched.lock.unlock();
  bool wasSpinning = m->spinning;
  if (m->spinning) {
    m->spinning = false;
    // seq_cst RMW: the spinner's side of the Dekker pattern (top).
    if (sched.nmspinning.fetch_sub(1) <= 0) throw_("findrunnable: negative nmspinning");
  }
  // Re-check every P's runq after dropping spinning: a submitter that saw us spinning
  // did not wake anyone.
  for (int32_t i = 0; i < sched.gomaxprocs; i++) {
    P* p2 = sched.allp[i];
    if (!runqempty(p2)) {
      sched.lock.lock();
      P* np = pidleget();
      sched.lock.unlock();
      if (np != nullptr) {
        acquirep(m, np);
        if (wasSpinning) {
          m->spinning = true;
          sched.nmspinning.fetch_add(1);
        }
        goto top;
      }
      break;
    }
  }
  // Sleep, but no longer than the earliest timer (then run it with an idle P).
  if (int64_t until = nextTimerWhen(); until != 0) {
    if (until <= nanotime() || (stopm(m, until), m->p == nullptr && !m->exiting)) {
      sched.lock.lock();
      P* np = pidleget();
      sched.lock.unlock();
      if (np != nullptr) {
        acquirep(m, np);
        goto top;
      }
      // Every P is running: each runs its own timers in schedule().
    } else {
      goto top;
    }
  }
  stopm(m);
  goto top;
}

// Runs gp on m: returns when gp switches back to g0 (mcall), with m->mcallfn set.
// inheritTime: gp runs in the current time slice (it came from runnext, or its park was
// aborted), so schedtick stays and sysmon's 10ms rule counts the whole chain, as Go's
// execute: goroutines handing the P to each other through runnext are preempted together.
static void execute(M* m, G* gp, bool inheritTime) {
  if (gp->lockedm != nullptr && gp->lockedm != m) throw_("execute: goroutine locked to another M");
  casgstatus(gp, GStatus::Runnable, GStatus::Running);
  setcurg(m, gp);
  gp->m = m;
  // relaxed: sysmon only compares it with its last sample (retake's "running too long").
  if (!inheritTime) {
    std::atomic_ref<uint32_t>(m->p->schedtick).store(m->p->schedtick + 1, std::memory_order_relaxed);
  }
  context_switch(&m->g0.context, &gp->context, gp);
  setcurg(m, nullptr);
}

// The scheduler loop of one M, on g0 (Go's schedule, with park_m & co. returning here).
static void schedule(M* m) {
  for (;;) {
    if (m->exiting) break;  // shut down while stopped in exitsyscall0
    G* gp = m->runnext_g0;
    bool inheritTime = m->runnext_g0_inherit;
    m->runnext_g0 = nullptr;
    m->runnext_g0_inherit = false;
    if (gp == nullptr && m->lockedg != nullptr) {
      // Wired to a goroutine (LockOSThread) that stopped running: run nothing else, wait
      // until some M hands us a P with it runnable (lockosthread.cc).
      stoplockedm(m);
      if (m->exiting) break;
      gp = m->lockedg;
    }
    if (gp == nullptr && gcwaiting.load()) {
      gcstopm(m);  // the world is stopping: give up the P until startTheWorld
      continue;
    }
    if (gp == nullptr) {
      P* pp = m->p;
      // Fairness: check the global queue now and then, so Gs that keep the local ring
      // busy cannot starve it. (Two Gs handing the P to each other through runnext do not
      // advance schedtick (execute's inheritTime): sysmon's 10ms preemption breaks them up.)
      if (pp->schedtick % 61 == 0 && sched.runqsize.load(std::memory_order_relaxed) > 0) {
        LockGuard lk(sched.lock);
        gp = globrunqget(pp, 1);
      }
      if (pp->timer0When.load(std::memory_order_relaxed) != 0) checkTimers(pp, nanotime());  // hint; timer.cc
      if (gp == nullptr) gp = runqget(pp, &inheritTime);
      if (gp == nullptr) gp = findrunnable(m, &inheritTime);
      if (gp == nullptr) break;  // shut down
      if (m->spinning) resetspinning(m);
      if (gp->lockedm != nullptr) {  // wired to another M: run it there
        startlockedm(m, gp);
        continue;
      }
    }
    execute(m, gp, inheritTime);
    void (*fn)(G*) = m->mcallfn;
    m->mcallfn = nullptr;
    if (fn == nullptr) throw_("schedule: goroutine switched to g0 without mcall");
    fn(gp);
    if (m->exitThread) {  // goexit0 of a locked G: this thread ends (mstart: mexit)
      handoffp(releasep(m));
      return;
    }
  }
  if (m->p != nullptr) {
    LockGuard lk(sched.lock);
    pidleput(releasep(m));
  }
}

// Switches from gp to its M's g0 and runs fn(gp) there; returns when gp runs again
// (maybe on another M: re-read getm() after this, never a cached M).
void mcall(G* gp, void (*fn)(G*)) {
  M* m = gp->m;
  m->mcallfn = fn;
  context_switch(&gp->context, &m->g0.context, nullptr);
}

// ---- parking ----

static void park_m(G* gp) {
  M* m = getm();
  casgstatus(gp, GStatus::Running, GStatus::Waiting);
  bool (*fn)(G*, void*) = m->waitunlockf;
  void* lock = m->waitlock;
  m->waitunlockf = nullptr;
  m->waitlock = nullptr;
  if (fn != nullptr && !fn(gp, lock)) {
    casgstatus(gp, GStatus::Waiting, GStatus::Runnable);
    m->runnext_g0 = gp;  // resume it at once, in its time slice
    m->runnext_g0_inherit = true;
  }
}

void gopark(G* gp, bool (*unlockf)(G*, void*), void* lock, const char* reason) {
  M* m = gp->m;
  m->waitunlockf = unlockf;
  m->waitlock = lock;
  gp->waitreason = reason;
  mcall(gp, park_m);
}

static bool parkunlock_c(G*, void* lock) {
  static_cast<Mutex*>(lock)->unlock();
  return true;
}

void goparkunlock(G* gp, Mutex* lock, const char* reason) {
  gopark(gp, parkunlock_c, lock, reason);
}

void goready(G* gp) {
  casgstatus(gp, GStatus::Waiting, GStatus::Runnable);
  P* pp = getp();
  if (pp == nullptr) throw_("goready: no p");
  runqput(pp, gp, true);
  wakep();
}

static void gosched_m(G* gp) {
  casgstatus(gp, GStatus::Running, GStatus::Runnable);
  LockGuard lk(sched.lock);
  globrunqput(gp);
}

void gosched(G* gp) { mcall(gp, gosched_m); }

// Go's goyield (used after a starving Mutex hand-off, sema.cc): like gosched, but gp goes
// to the tail of its own P's local run queue, not the global one, so the waiter just
// readied into runnext runs next and gp soon after it, on the same P.
static void goyield_m(G* gp) {
  casgstatus(gp, GStatus::Running, GStatus::Runnable);
  runqput(getp(), gp, false);  // on g0 of the M holding the P: the runq's holder
}

void goyield(G* gp) { mcall(gp, goyield_m); }

// ---- system calls: the P stays with a blocked M only briefly ----

// Hands off pp from an M that cannot run it (in a syscall, retaken by sysmon): starts
// an M for it if it has work, else makes it idle. sched.lock not held.
void handoffp(P* pp) {
  if (!runqempty(pp) || sched.runqsize.load() != 0) {
    startm(pp, false);
    return;
  }
  // No local work: if nobody is spinning or idle, start a spinning M for pp (someone must
  // look for the work that may appear elsewhere).
  int32_t zero = 0;
  if (sched.nmspinning.load() + sched.npidle.load() == 0 &&
      sched.nmspinning.compare_exchange_strong(zero, 1)) {
    startm(pp, true);
    return;
  }
  sched.lock.lock();
  if (gcwaiting.load()) {  // a stop-the-world counts this P: stop it here
    pp->status.store(PStatus::Gcstop);
    if (--stopwait == 0) notewakeup(&stopnote);
    sched.lock.unlock();
    return;
  }
  if (sched.runqsize.load(std::memory_order_relaxed) != 0) {
    sched.lock.unlock();
    startm(pp, false);
    return;
  }
  pidleput(pp);
  sched.lock.unlock();
  // Its timers still have to fire: make sure some idle M sleeps no longer than the first
  // (Go's handoffp: wakeNetPoller(nobarrierWakeTime(pp))).
  if (int64_t when = pp->timer0When.load(); when != 0) timerAdded(when);
}

void entersyscall(G* gp) {
  if (getm() == nullptr) return;  // not a runtime thread (proc.h): nothing to hand off
  M* m = gp->m;
  if (m != getm() || m->p == nullptr) throw_("entersyscall: not a running goroutine with a P");
  P* pp = m->p;
  casgstatus(gp, GStatus::Running, GStatus::Syscall);
  // relaxed: sysmon compares it with its last sample only.
  std::atomic_ref<uint32_t>(pp->syscalltick).store(pp->syscalltick + 1, std::memory_order_relaxed);
  m->oldp = pp;
  m->p = nullptr;
  setpm(pp, nullptr);
  // seq_cst: sysmon CASes Syscall -> Idle to retake; exitsyscall CASes it back to Running.
  pp->status.store(PStatus::Syscall);
}

static void exitsyscall0(G* gp) {
  M* m = getm();
  casgstatus(gp, GStatus::Syscall, GStatus::Runnable);
  sched.lock.lock();
  P* pp = pidleget();
  if (pp == nullptr) globrunqput(gp);
  sched.lock.unlock();
  if (pp != nullptr) {
    acquirep(m, pp);
    m->runnext_g0 = gp;  // run it at once on the P we found
    return;
  }
  // Locked to gp: schedule's loop waits in stoplockedm until some M hands gp back.
  if (m->lockedg != nullptr) return;
  stopm(m);  // with a P again, or exiting; the scheduler loop goes on
}

void exitsyscall(G* gp) {
  M* m = getm();
  if (m == nullptr) return;  // entersyscall was a no-op too
  P* oldp = m->oldp;
  m->oldp = nullptr;
  PStatus s = PStatus::Syscall;
  // Fast path: sysmon has not retaken our P.
  if (oldp != nullptr && oldp->status.compare_exchange_strong(s, PStatus::Running)) {
    m->p = oldp;
    setpm(oldp, m);
    casgstatus(gp, GStatus::Syscall, GStatus::Running);
    return;
  }
  // Retaken: any idle P will do; else queue ourselves and let this M sleep.
  sched.lock.lock();
  P* pp = pidleget();
  sched.lock.unlock();
  if (pp != nullptr) {
    acquirep(m, pp);
    casgstatus(gp, GStatus::Syscall, GStatus::Running);
    return;
  }
  mcall(gp, exitsyscall0);
}

// sysmon.cc: asks the G running on pp to yield at its next prologue check (best effort,
// proc.go's preemptone: the G may have moved on; then some other G yields once).
bool preemptone(P* pp) {
  M* m = std::atomic_ref<M*>(pp->m).load(std::memory_order_acquire);  // partner: setpm's release
  if (m == nullptr) return false;
  G* gp = std::atomic_ref<G*>(m->curg).load(std::memory_order_acquire);  // partner: setcurg's release
  if (gp == nullptr) return false;
  // relaxed: the prologue's monotonic load (jit/codegen_func.cc) is the partner; Ms and
  // Gs are never freed while sysmon runs, so a stale gp is still a G.
  gp->stackguard0.store(StackPreempt, std::memory_order_relaxed);
  return true;
}

// A loop back-edge poll (jit/codegen_poll.cc) found StackPreempt in the guard. As the
// prologue's slow path (stack.cc mgo_rt_morestack_call): restore the real guard, then
// yield to the global queue (Go's gopreempt_m). relaxed: the partner is preemptone's
// relaxed store; a request landing between our load and store is dropped, which is
// allowed (best effort: sysmon repeats it while the G keeps running).
extern "C" void mgo_rt_preemptcheck(G* g) {
  if (g->stackguard0.load(std::memory_order_relaxed) != StackPreempt) return;
  g->stackguard0.store(g->stack.lo + kStackRedZone, std::memory_order_relaxed);
  gosched(g);
}

}  // namespace mgo::rt

using namespace mgo::rt;

// ---- package runtime's externs (abi.h naming: mgo_runtime_<Name>) ----

extern "C" void mgo_runtime_Gosched(G* g) { gosched(g); }
