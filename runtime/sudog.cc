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
}  // namespace

Sudog* acquireSudog() {
  P* pp = getp();
  if (pp->sudogcount == 0) {
    LockGuard lk(sched.sudoglock);
    while (pp->sudogcount < kSudogCacheSize / 2 && sched.sudogcache != nullptr) {
      Sudog* s = sched.sudogcache;
      sched.sudogcache = s->next;
      ncentral--;
      s->next = nullptr;
      pp->sudogcache[pp->sudogcount++] = s;
    }
  }
  Sudog* s;
  if (pp->sudogcount == 0) {
    s = new Sudog();
    allocated.fetch_add(1, std::memory_order_relaxed);
  } else {
    s = pp->sudogcache[--pp->sudogcount];
    pp->sudogcache[pp->sudogcount] = nullptr;
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
  if (pp->sudogcount == kSudogCacheSize) {
    LockGuard lk(sched.sudoglock);
    while (pp->sudogcount > kSudogCacheSize / 2) {
      Sudog* t = pp->sudogcache[--pp->sudogcount];
      pp->sudogcache[pp->sudogcount] = nullptr;
      t->next = sched.sudogcache;
      sched.sudogcache = t;
      ncentral++;
    }
  }
  pp->sudogcache[pp->sudogcount++] = s;
}

// Every allocated sudog is in use, in a P's cache or on the central list. The Ps' cache
// counts are read without their holders' synchronisation: exact only at quiescence
// (tests); Ps beyond gomaxprocs were flushed by procresize.
int64_t sudogs_in_use() {
  LockGuard lk(sched.sudoglock);
  int64_t cached = ncentral;
  if (sched.allp != nullptr) {
    for (int32_t i = 0; i < sched.gomaxprocs; i++) {
      if (P* pp = sched.allp[i]) cached += std::atomic_ref<int>(pp->sudogcount).load(std::memory_order_relaxed);
    }
  }
  return allocated.load() - cached;
}
int64_t sudogs_allocated() { return allocated.load(); }

void sudogcache_flush(P* pp) {
  LockGuard lk(sched.sudoglock);
  while (pp->sudogcount > 0) {
    Sudog* t = pp->sudogcache[--pp->sudogcount];
    pp->sudogcache[pp->sudogcount] = nullptr;
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
