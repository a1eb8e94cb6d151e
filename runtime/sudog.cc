// sudog.cc — see sudog.h.
#include "runtime/sudog.h"

#include "runtime/fatal.h"
#include "runtime/proc.h"

namespace mgo::rt {
namespace {
// Sudogs in use are counted on demand (sudogs_in_use) rather than with a shared atomic
// on every acquire and release: two locked read-modify-writes per sudog were ~15% of a
// 5-way select's time (bench/selectfan), and a cache line bouncing between Ps.
std::atomic<int64_t> allocated{0};  // counter only: no partner
int64_t ncentral = 0;               // sudogs on sched.sudogcache; under sched.sudoglock

// P::sudogcount is written only by the P's holder (or its owner at tear-down), but
// sudogs_in_use reads every P's count from another thread: the holder stores it as a
// relaxed atomic, and every access goes through atomic_ref (a plain mov on x86, no
// locked instruction: only the holder writes).
int count(P* pp) { return std::atomic_ref<int>(pp->sudogcount).load(std::memory_order_relaxed); }
void setcount(P* pp, int n) {
  std::atomic_ref<int>(pp->sudogcount).store(n, std::memory_order_relaxed);
}
// Pops the top of pp's cache (non-empty); pushes s on it (not full).
Sudog* cache_pop(P* pp) {
  int n = count(pp) - 1;
  Sudog* s = pp->sudogcache[n];
  pp->sudogcache[n] = nullptr;
  setcount(pp, n);
  return s;
}
void cache_push(P* pp, Sudog* s) {
  int n = count(pp);
  pp->sudogcache[n] = s;
  setcount(pp, n + 1);
}
}  // namespace

Sudog* acquireSudog() {
  P* pp = getp();
  if (count(pp) == 0) {
    LockGuard lk(sched.sudoglock);
    while (count(pp) < kSudogCacheSize / 2 && sched.sudogcache != nullptr) {
      Sudog* s = sched.sudogcache;
      sched.sudogcache = s->next;
      ncentral--;
      s->next = nullptr;
      cache_push(pp, s);
    }
  }
  Sudog* s;
  if (count(pp) == 0) {
    s = new Sudog();
    allocated.fetch_add(1, std::memory_order_relaxed);
  } else {
    s = cache_pop(pp);
  }
  return s;
}

void releaseSudog(Sudog* s) {
  if (s->elem != nullptr) throw_("runtime: sudog with non-nil elem");
  if (s->isSelect) throw_("runtime: sudog with non-false isSelect");
  if (s->next != nullptr) throw_("runtime: sudog with non-nil next");
  if (s->prev != nullptr) throw_("runtime: sudog with non-nil prev");
  if (s->waitlink != nullptr) throw_("runtime: sudog with non-nil waitlink");
  if (s->c != nullptr) throw_("runtime: sudog with non-nil c");
  s->g = nullptr;
  s->success = false;
  s->ticket = 0;
  s->waittail = nullptr;
  s->semaaddr = nullptr;
  P* pp = getp();
  if (count(pp) == kSudogCacheSize) {
    LockGuard lk(sched.sudoglock);
    while (count(pp) > kSudogCacheSize / 2) {
      Sudog* t = cache_pop(pp);
      t->next = sched.sudogcache;
      sched.sudogcache = t;
      ncentral++;
    }
  }
  cache_push(pp, s);
}

// Every allocated sudog is in use, in a P's cache or on the central list. The Ps' cache
// counts are relaxed atomic loads (race-free, see setcount) but not a snapshot: exact
// when no other P acquires or releases sudogs meanwhile (tests); Ps beyond gomaxprocs
// were flushed by procresize.
int64_t sudogs_in_use() {
  LockGuard lk(sched.sudoglock);
  int64_t cached = ncentral;
  if (sched.allp != nullptr) {
    for (int32_t i = 0; i < sched.gomaxprocs; i++) {
      if (P* pp = sched.allp[i]) cached += count(pp);
    }
  }
  return allocated.load() - cached;
}
int64_t sudogs_allocated() { return allocated.load(); }

void sudogcache_flush(P* pp) {
  LockGuard lk(sched.sudoglock);
  while (count(pp) > 0) {
    Sudog* t = cache_pop(pp);
    t->next = sched.sudogcache;
    sched.sudogcache = t;
    ncentral++;
  }
}

void sudog_freeall() {
  LockGuard lk(sched.sudoglock);
  while (sched.sudogcache != nullptr) {
    Sudog* s = sched.sudogcache;
    sched.sudogcache = s->next;
    ncentral--;
    delete s;
    allocated.fetch_sub(1, std::memory_order_relaxed);
  }
}

void WaitQ::enqueue(Sudog* s) {
  s->next = nullptr;
  s->prev = last;
  if (last != nullptr) last->next = s; else first = s;
  last = s;
}

Sudog* WaitQ::dequeue() {
  for (;;) {
    Sudog* s = first;
    if (s == nullptr) return nullptr;
    first = s->next;
    if (first == nullptr) last = nullptr; else first->prev = nullptr;
    s->next = nullptr;
    s->prev = nullptr;
    // A select G parked on several channels: only the first case to win selectDone
    // may wake it; the others skip its sudog (select.go cleans them up).
    if (s->isSelect) {
      bool expect = false;
      if (!s->g->selectDone.compare_exchange_strong(expect, true)) continue;
    }
    return s;
  }
}

void WaitQ::remove(Sudog* s) {
  Sudog* x = s->prev;
  Sudog* y = s->next;
  if (x != nullptr) {
    if (y != nullptr) {
      x->next = y;
      y->prev = x;
      s->next = s->prev = nullptr;
      return;
    }
    x->next = nullptr;
    last = x;
    s->prev = nullptr;
    return;
  }
  if (y != nullptr) {
    y->prev = nullptr;
    first = y;
    s->next = nullptr;
    return;
  }
  if (first == s) {
    first = nullptr;
    last = nullptr;
  }
}

}  // namespace mgo::rt
