// sysmon.cc — the system monitor, after proc.go's sysmon: a dedicated thread without a P
// that wakes every 20µs..10ms (every N µs with GODEBUG=mgosysmonpreempt=N; up to 60s in
// deep sleep, below) and
//   1. retakes Ps whose M has been in a system call since its previous look (and at
//      least 20µs), handing them to other Ms (handoffp), as proc.go's retake;
//   2. asks a goroutine that has run for 10ms without rescheduling to yield: its
//      stackguard0 becomes StackPreempt, so its next prologue check (or loop back-edge
//      poll) enters mgo_rt_morestack, which yields (preemptone).
// Protocol for "has not changed since last look": per P, sysmon remembers the last
// schedtick/syscalltick it saw and when; the ticks are written by the P's holder with
// relaxed atomic_ref stores and read here relaxed: a stale value only delays or misdirects
// a best-effort action by one tick (DESIGN.md: preemption requests are best effort, and
// are repeated every tick, so none is lost for a goroutine that keeps running).
// Sleep: 20µs while it finds work to do, doubling after 50 idle rounds up to 10ms (Go's
// backoff). Deep sleep (Go's sched.sysmonwait): when every P is idle (npidle ==
// gomaxprocs) and no schedtrace is wanted, nothing can need preempting or retaking, so
// sysmon sleeps on sched.sysmonnote until a P leaves the idle list (pidleget wakes it),
// sysmon_stop, the next timer's deadline or 60s. No wake-up is lost: the decision
// (npidle == gomaxprocs, then sysmonwait = true) and pidleget's check-and-wake are both
// under sched.lock. An idle M sleeps until the next timer and takes a P for it, so
// timers do not need sysmon; the deadline is only a safety net, and so is the check
// each round that starts an M (startm) when a timer is overdue while a P is idle, as
// Go's sysmon does.
//   3. GODEBUG=schedtrace=N prints Go's one-line scheduler summary every N ms on stderr
//      ("SCHED 10ms: gomaxprocs=2 idleprocs=1 threads=3 spinningthreads=0 idlethreads=1
//      runqueue=0 [0 0]"); scheddetail=1 adds Go's counters, then a line per P, per M and
//      per G, as Go's schedtrace(true).
// Lock order: sysmon takes sched.lock inside handoffp/startm, in deepsleep, in
// sysmon_stop and for schedtrace (whose per-G lines take allglock under it, forEachG); it
// reads P/M/G fields without locks (they are never freed while it runs: sched_shutdown
// stops it first; an M whose thread ended is reused, never freed, until then).
#include <pthread.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <vector>

#include <cstdlib>
#include <cstring>

#include "runtime/fatal.h"
#include "runtime/proc.h"
#include "runtime/proc_internal.h"
#include "runtime/runq.h"
#include "runtime/timer.h"

namespace mgo::rt {
namespace {

constexpr int64_t kForcePreemptNS = 10 * 1000 * 1000;  // Go's forcePreemptNS
constexpr int64_t kSyscallRetakeNS = 20 * 1000;        // Go retakes after one 20µs tick

std::atomic<bool> sysmon_stopping{false};
std::atomic<int64_t> deep_sleeps{0};  // tests (sysmon_deep_sleeps)
constexpr int64_t kDeepSleepMaxNS = 60LL * 1000 * 1000 * 1000;
pthread_t sysmon_thread;
bool sysmon_running = false;  // sysmon_start/stop run on the mgo_rt_main thread only

struct PerP {
  uint32_t schedtick = 0;
  int64_t schedwhen = 0;
  uint32_t syscalltick = 0;
  int64_t syscallwhen = 0;
};

// GODEBUG=mgosysmonpreempt=N (microseconds, a test knob): sysmon wakes every N µs and
// asks every running goroutine to yield each time, a preemption storm for stress tests
// (tests/unit/runtime_sched_storm_test.cc). 0: off, Go's 10ms rule.
int64_t storm_us = 0;

// Returns how many Ps it retook or preempted (0: an idle round).
int retake(std::vector<PerP>& pd, int64_t now) {
  int n = 0;
  // runtime.GOMAXPROCS may change it (procresize): Ps are never freed, so a stale count
  // only looks at a Dead P (skipped) or misses a new one for a tick.
  int32_t procs = sched.gomaxprocs;
  if (pd.size() < static_cast<size_t>(procs)) pd.resize(procs);
  for (int32_t i = 0; i < procs; i++) {
    P* pp = sched.allp[i];
    PerP& d = pd[i];
    PStatus s = pp->status.load();
    if (s == PStatus::Running) {
      uint32_t t = std::atomic_ref<uint32_t>(pp->schedtick).load(std::memory_order_relaxed);  // partner: execute
      if (storm_us > 0) {
        if (preemptone(pp)) n++;
      } else if (d.schedtick != t) {
        d.schedtick = t;
        d.schedwhen = now;
      } else if (d.schedwhen + kForcePreemptNS <= now) {
        // Go's retake: schedwhen stays, so a slice that goes on (the G ignored the request,
        // or the P went on to a runnext G that inherits the slice) is asked again next tick.
        if (preemptone(pp)) n++;
      }
    } else if (s == PStatus::Syscall) {
      uint32_t t = std::atomic_ref<uint32_t>(pp->syscalltick).load(std::memory_order_relaxed);  // partner: entersyscall
      if (d.syscalltick != t) {
        d.syscalltick = t;
        d.syscallwhen = now;
        continue;
      }
      // Nothing else to run and someone already idle or spinning: leave it (Go's rule),
      // unless the call has lasted 10ms.
      if (runqempty(pp) && sched.nmspinning.load() + sched.npidle.load() > 0 &&
          d.syscallwhen + kForcePreemptNS > now) {
        continue;
      }
      if (d.syscallwhen + kSyscallRetakeNS > now) continue;
      PStatus expect = PStatus::Syscall;
      // seq_cst CAS: races with exitsyscall's CAS Syscall -> Running; one wins.
      if (pp->status.compare_exchange_strong(expect, PStatus::Idle)) {
        n++;
        handoffp(pp);
      }
    }
  }
  return n;
}

// GODEBUG's key=value list: the integer value of key, or 0.
int64_t godebug(const char* key) {
  const char* s = getenv("GODEBUG");
  if (s == nullptr) return 0;
  size_t klen = strlen(key);
  while (*s != 0) {
    if (strncmp(s, key, klen) == 0 && s[klen] == '=') return strtoll(s + klen + 1, nullptr, 10);
    const char* comma = strchr(s, ',');
    if (comma == nullptr) break;
    s = comma + 1;
  }
  return 0;
}

// Go's schedtrace (proc.go), wording and order kept so tools that read it work.
// Like Go's, it reads P, M and G fields that their owners change concurrently, without
// their locks (Go's comment: "we must be careful while reading data from P's, M's and
// G's"): every value is a snapshot that may be stale, never a pointer followed after it
// went away (Ms and Gs are never freed while sysmon runs). Hence no_sanitize("thread")
// on the detail readers: these races are by design, and only the printed numbers depend
// on them. Fields Go prints that mgo has no counterpart for print Go's idle values:
// mallocing=0 throwing=0 preemptoff= locks=0 dying=0 (no GC, no M-level locks).
// blocked=true: the M sleeps on its note (idle, or waiting for its locked G).
__attribute__((no_sanitize("thread"))) void schedtrace_p(ErrWriter& w, int32_t i, P* pp) {
  M* m = std::atomic_ref<M*>(pp->m).load(std::memory_order_acquire);  // partner: setpm
  w.str("  P").i64(i).str(": status=").u64(static_cast<uint32_t>(pp->status.load()))
      .str(" schedtick=").u64(std::atomic_ref<uint32_t>(pp->schedtick).load(std::memory_order_relaxed))
      .str(" syscalltick=").u64(std::atomic_ref<uint32_t>(pp->syscalltick).load(std::memory_order_relaxed))
      .str(" m=").i64(m != nullptr ? m->id : -1).str(" runqsize=").u64(runqlen(pp))
      .str(" gfreecnt=").i64(pp->gFreeCount).str(" timerslen=").u64(pp->timers.size()).ch('\n');
}

__attribute__((no_sanitize("thread"))) void schedtrace_ms(ErrWriter& w) {
  for (M* mp = sched.allm; mp != nullptr; mp = mp->alllink) {  // sched.lock held
    if (mp->detached) continue;  // its thread ended (mexit): Go removes it from allm
    P* pp = mp->p;
    G* gp = std::atomic_ref<G*>(mp->curg).load(std::memory_order_acquire);  // partner: setcurg
    G* lg = mp->lockedg;
    bool blocked = false;
    for (M* i = sched.midle; i != nullptr; i = i->schedlink) blocked |= i == mp;
    blocked |= lg != nullptr && gp == nullptr && pp == nullptr;
    w.str("  M").i64(mp->id).str(": p=").i64(pp != nullptr ? pp->id : -1)
        .str(" curg=").i64(gp != nullptr ? gp->goid : -1)
        .str(" mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=")
        .str(mp->spinning ? "true" : "false").str(" blocked=").str(blocked ? "true" : "false")
        .str(" lockedg=").i64(lg != nullptr ? lg->goid : -1).ch('\n');
  }
}

__attribute__((no_sanitize("thread"))) void schedtrace_g(G* gp, void* arg) {
  auto& w = *static_cast<ErrWriter*>(arg);
  M* m = gp->m;
  M* lm = gp->lockedm;
  GStatus st = gp->atomicstatus.load();
  w.str("  G").i64(gp->goid).str(": status=").u64(static_cast<uint32_t>(st)).ch('(')
      .str(gp->waitreason).str(") m=").i64(m != nullptr ? m->id : -1)
      .str(" lockedm=").i64(lm != nullptr ? lm->id : -1).ch('\n');
}

void schedtrace(int64_t now, int64_t starttime, bool detailed) {
  ErrWriter w;
  LockGuard lk(sched.lock);
  w.str("SCHED ").i64((now - starttime) / 1000000).str("ms: gomaxprocs=").i64(sched.gomaxprocs)
      .str(" idleprocs=").i64(sched.npidle.load()).str(" threads=").i64(mcount() + 1)
      .str(" spinningthreads=").i64(sched.nmspinning.load()).str(" idlethreads=")
      .i64(sched.nmidle).str(" runqueue=").i64(sched.runqsize.load());
  if (detailed) {  // sysmonwait: 0 here, as in Go: sysmon does not deep-sleep while tracing
    w.str(" gcwaiting=").i64(gcwaiting.load() ? 1 : 0).str(" nmidlelocked=").i64(sched.nmidlelocked)
        .str(" stopwait=").i64(stopwait).str(" sysmonwait=").i64(sched.sysmonwait ? 1 : 0).ch('\n');
  }
  int32_t procs = sched.gomaxprocs;
  for (int32_t i = 0; i < procs; i++) {
    P* pp = sched.allp[i];
    if (detailed) {
      schedtrace_p(w, i, pp);
    } else {
      w.str(i == 0 ? " [" : " ").u64(runqlen(pp));
      if (i == procs - 1) w.str("]\n");
    }
  }
  if (!detailed) return;
  schedtrace_ms(w);
  forEachG(schedtrace_g, &w);
}

// Sleeps while every P is idle (see the top); returns true if woken because a P left the
// idle list or sysmon is stopping, false if it did not sleep or the deadline passed.
bool deepsleep() {
  int64_t ns = kDeepSleepMaxNS;
  int64_t next = nextTimerWhen();
  if (next != 0) {
    ns = std::min(ns, next - nanotime());
    if (ns <= 0) return false;  // a timer is due: its M is about to take a P
  }
  sched.lock.lock();
  if (sysmon_stopping.load() || sched.npidle.load() != sched.gomaxprocs.load()) {
    sched.lock.unlock();
    return false;
  }
  sched.sysmonwait = true;
  deep_sleeps.fetch_add(1, std::memory_order_relaxed);
  sched.lock.unlock();
  bool woken = notetsleep(&sched.sysmonnote, ns);
  sched.lock.lock();
  sched.sysmonwait = false;  // already false if woken
  noteclear(&sched.sysmonnote);  // a waker's notewakeup happened under the lock, before this
  sched.lock.unlock();
  return woken;
}

void* sysmon(void*) {
  std::vector<PerP> pd(sched.gomaxprocs);
  int64_t tracems = godebug("schedtrace");
  bool detailed = godebug("scheddetail") > 0;
  storm_us = godebug("mgosysmonpreempt");
  int64_t starttime = 0;  // Go's: the time of the first trace, which says "SCHED 0ms"
  int64_t lasttrace = 0;
  int64_t delay = 0;  // microseconds
  int idle = 0;
  while (!sysmon_stopping.load()) {
    if (idle == 0) {
      delay = 20;
    } else if (idle > 50) {
      delay *= 2;
    }
    if (delay > 10 * 1000) delay = 10 * 1000;
    if (storm_us > 0) delay = storm_us;
    usleep(static_cast<useconds_t>(delay));
    if (tracems <= 0 && sched.npidle.load() == sched.gomaxprocs.load() && deepsleep()) {
      idle = 0;  // Ps just became busy: watch them closely again (Go's syscallWake)
    }
    int64_t now = nanotime();
    if (tracems > 0 && lasttrace + tracems * 1000000 <= now) {
      lasttrace = now;
      if (starttime == 0) starttime = now;
      schedtrace(now, starttime, detailed);
    }
    // Go's sysmon: timers that should already have run while a P sits idle mean no M is
    // on its way to them (e.g. the M that timerAdded's wakep counted on went to a locked
    // goroutine in startlockedm and stopped without a deadline): start one (startm takes
    // an idle P; it does nothing when none is idle). Without this, a program whose only
    // runnable work is a due timer could sleep for ever.
    if (sched.npidle.load() > 0) {
      if (int64_t next = nextTimerWhen(); next != 0 && next < now) startm(nullptr, false);
    }
    if (retake(pd, now) != 0) {
      idle = 0;
    } else {
      idle++;
    }
  }
  return nullptr;
}

}  // namespace

int64_t sysmon_deep_sleeps() { return deep_sleeps.load(std::memory_order_relaxed); }

void sysmon_start() {
  if (sysmon_running) throw_("sysmon_start: already running");
  sysmon_stopping.store(false);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 256 << 10);
  if (pthread_create(&sysmon_thread, &attr, sysmon, nullptr) != 0) throw_("sysmon: pthread_create failed");
  pthread_attr_destroy(&attr);
  sysmon_running = true;
}

void sysmon_stop() {
  if (!sysmon_running) return;
  sysmon_stopping.store(true);
  {
    LockGuard lk(sched.lock);  // deepsleep reads sysmon_stopping under it: no lost wake-up
    if (sched.sysmonwait) {
      sched.sysmonwait = false;
      notewakeup(&sched.sysmonnote);
    }
  }
  pthread_join(sysmon_thread, nullptr);
  sysmon_running = false;
}

}  // namespace mgo::rt
