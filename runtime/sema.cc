// sema.cc — see sema.h. sync.Mutex follows sync/mutex.go (normal and starvation mode,
// spinning; its Lock tests before it sets and takes the slow path's common first round in
// a leaf, see mgo_sync_Mutex_lockSlow; a Lock that registered as a waiter waits a moment
// for the semaphore before parking, see semaspin), sync.WaitGroup sync/waitgroup.go, with Go's panic and fatal messages; the
// hooks RWMutex and Cond are written on in stdlib/go/sync.go (semaphores, notify lists,
// sync.fatal, the Cond copy check).
//
// Lock order: semaRoot.lock < sched.lock (goready may take sched.lock via runqput's
// overflow path only after semaRoot.lock is dropped: semrelease readies outside it).
// sched.sudoglock is never taken under semaRoot.lock: semacquire1 and notifyListWait
// acquire their sudog before locking the root, and release it after unlocking.
#include "runtime/sema.h"

#include <ctime>
#include <string_view>

#include "runtime/fatal.h"
#include "runtime/malloc.h"
#include "runtime/panic.h"
#include "runtime/proc.h"
#include "runtime/rt.h"
#include "runtime/runq.h"
#include "runtime/sudog.h"
#include "runtime/timer.h"

namespace mgo::rt {
namespace {

struct SemaRoot {
  Mutex lock;
  Sudog* heads = nullptr;          // one head sudog per waited-on address, linked by next/prev
  std::atomic<uint32_t> nwait{0};  // waiters; read without the lock (sema.h)
};
constexpr int kSemTabSize = 251;
struct alignas(64) PaddedRoot { SemaRoot root; };
PaddedRoot semtable[kSemTabSize];

SemaRoot* semroot(uint32_t* addr) {
  return &semtable[(reinterpret_cast<uintptr_t>(addr) >> 3) % kSemTabSize].root;
}

bool cansemacquire(uint32_t* addr) {
  std::atomic_ref<uint32_t> a(*addr);
  for (;;) {
    uint32_t v = a.load();
    if (v == 0) return false;
    if (a.compare_exchange_weak(v, v - 1)) return true;  // seq_cst: sema.h's nwait argument
  }
}

// root.lock held. Adds s as a waiter on addr (at the front when lifo).
void semqueue(SemaRoot* root, uint32_t* addr, Sudog* s, bool lifo) {
  s->semaaddr = addr;
  s->waitlink = nullptr;
  Sudog* head = root->heads;
  while (head != nullptr && head->semaaddr != addr) head = head->next;
  if (head == nullptr) {
    s->waittail = s;
    s->prev = nullptr;
    s->next = root->heads;
    if (root->heads) root->heads->prev = s;
    root->heads = s;
    return;
  }
  if (!lifo) {
    head->waittail->waitlink = s;
    head->waittail = s;
    return;
  }
  // s becomes the head for addr, in head's place on the list of addresses.
  s->waitlink = head;
  s->waittail = head->waittail;
  head->waittail = nullptr;
  s->prev = head->prev;
  s->next = head->next;
  if (s->prev) s->prev->next = s; else root->heads = s;
  if (s->next) s->next->prev = s;
  head->next = head->prev = nullptr;
}

// root.lock held. Removes and returns the first waiter on addr, or null.
Sudog* semdequeue(SemaRoot* root, uint32_t* addr) {
  Sudog* s = root->heads;
  while (s != nullptr && s->semaaddr != addr) s = s->next;
  if (s == nullptr) return nullptr;
  Sudog* t = s->waitlink;
  if (t != nullptr) {
    t->waittail = s->waittail;
    t->prev = s->prev;
    t->next = s->next;
    if (t->prev) t->prev->next = t; else root->heads = t;
    if (t->next) t->next->prev = t;
  } else {
    if (s->prev) s->prev->next = s->next; else root->heads = s->next;
    if (s->next) s->next->prev = s->prev;
  }
  s->next = s->prev = s->waitlink = s->waittail = nullptr;
  return s;
}


}  // namespace

// semacquire1, semrelease1 and the Mutex slow paths below start on a 64-byte boundary
// (gnu::aligned): a contended Lock runs through them millions of times a second, and
// where unrelated runtime code shifted them, bench mutex at GOMAXPROCS=2 moved by up to
// 30% (docs/PERFORMANCE.md, mutex, sessions 4 and 5).
[[gnu::aligned(64)]] void semacquire1(G* g, uint32_t* addr, bool lifo, const char* reason) {
  if (cansemacquire(addr)) return;
  Sudog* s = acquireSudog();
  SemaRoot* root = semroot(addr);
  s->g = g;
  s->ticket = 0;
  for (;;) {
    root->lock.lock();
    root->nwait.fetch_add(1);  // seq_cst, before the re-check (sema.h)
    if (cansemacquire(addr)) {
      root->nwait.fetch_sub(1);
      root->lock.unlock();
      break;
    }
    semqueue(root, addr, s, lifo);
    goparkunlock(g, &root->lock, reason);
    if (s->ticket != 0 || cansemacquire(addr)) break;
  }
  s->semaaddr = nullptr;
  releaseSudog(s);
}

[[gnu::aligned(64)]] void semrelease1(G* g, uint32_t* addr, bool handoff) {
  SemaRoot* root = semroot(addr);
  std::atomic_ref<uint32_t>(*addr).fetch_add(1);  // seq_cst, before reading nwait (sema.h)
  if (root->nwait.load() == 0) return;
  root->lock.lock();
  if (root->nwait.load() == 0) {
    root->lock.unlock();
    return;
  }
  Sudog* s = semdequeue(root, addr);
  if (s != nullptr) root->nwait.fetch_sub(1);
  root->lock.unlock();
  if (s == nullptr) return;
  if (s->ticket != 0) throw_("corrupted semaphore ticket");
  // The waiter is parked (it queued itself under root.lock and parked before the lock
  // was released), so it reads ticket only after goready.
  if (handoff && cansemacquire(addr)) s->ticket = 1;
  G* gp = s->g;
  bool yield = s->ticket == 1;
  goready(gp);
  if (yield) goyield(g);
}

// ---- notify lists (sync.Cond), Go's notifyList: a ticket per Wait ----
// A waiter takes a ticket (notifyListAdd, lock-free) *before* unlocking the Cond's L and
// then parks with it (notifyListWait); a Signal wakes the oldest unserved ticket, a
// Broadcast every ticket taken so far. A waiter whose ticket was served between the two
// steps does not park. The list (waiters in arrival order, linked by Sudog::next) is
// guarded by the sema root lock of the list's address.

namespace {
// wait - notify tickets are outstanding; both wrap, compared as in Go's less().
bool ticketLess(uint32_t a, uint32_t b) { return static_cast<int32_t>(a - b) < 0; }
}  // namespace

uint32_t notifyListAdd(NotifyList* l) {
  return std::atomic_ref<uint32_t>(l->wait).fetch_add(1);
}

void notifyListWait(G* g, NotifyList* l, uint32_t t) {
  // The sudog first: acquireSudog may take sched.sudoglock, which is never taken under
  // a semaRoot.lock (runtime2.h's lock order; semacquire1 does the same).
  Sudog* s = acquireSudog();
  SemaRoot* root = semroot(&l->wait);
  root->lock.lock();
  if (ticketLess(t, std::atomic_ref<uint32_t>(l->notify).load())) {  // already served
    root->lock.unlock();
    releaseSudog(s);
    return;
  }
  s->g = g;
  s->ticket = t;
  if (l->tail == nullptr) l->head = s; else l->tail->next = s;
  l->tail = s;
  goparkunlock(g, &root->lock, "sync.Cond.Wait");
  s->g = nullptr;
  s->ticket = 0;
  releaseSudog(s);
}

void notifyListNotifyAll(NotifyList* l) {
  std::atomic_ref<uint32_t> notify(l->notify);
  if (std::atomic_ref<uint32_t>(l->wait).load() == notify.load()) return;  // nobody waits
  SemaRoot* root = semroot(&l->wait);
  root->lock.lock();
  Sudog* s = l->head;
  l->head = l->tail = nullptr;
  notify.store(std::atomic_ref<uint32_t>(l->wait).load());
  root->lock.unlock();
  while (s != nullptr) {
    Sudog* next = s->next;  // the woken waiter releases s
    s->next = nullptr;
    goready(s->g);
    s = next;
  }
}

void notifyListNotifyOne(NotifyList* l) {
  std::atomic_ref<uint32_t> notify(l->notify);
  if (std::atomic_ref<uint32_t>(l->wait).load() == notify.load()) return;
  SemaRoot* root = semroot(&l->wait);
  root->lock.lock();
  uint32_t t = notify.load();
  if (t == std::atomic_ref<uint32_t>(l->wait).load()) {
    root->lock.unlock();
    return;
  }
  notify.store(t + 1);
  // Ticket t's waiter may not have queued yet (it took the ticket, then lost the race
  // to the lock): then it finds its ticket served and does not park.
  Sudog* prev = nullptr;
  for (Sudog* s = l->head; s != nullptr; prev = s, s = s->next) {
    if (s->ticket != t) continue;
    Sudog* next = s->next;
    if (prev != nullptr) prev->next = next; else l->head = next;
    if (l->tail == s) l->tail = prev;
    s->next = nullptr;
    root->lock.unlock();
    goready(s->g);
    return;
  }
  root->lock.unlock();
}

}  // namespace mgo::rt

using namespace mgo::rt;

namespace {

// panic("literal"): a Go panic whose value is a string, as sync's own panics.
[[noreturn]] void panicstring(G* g, std::string_view msg) {
  auto* s = static_cast<String*>(mallocgc(sizeof(String)));
  auto* p = static_cast<uint8_t*>(mallocgc(msg.size()));
  for (size_t i = 0; i < msg.size(); i++) p[i] = static_cast<uint8_t>(msg[i]);
  s->ptr = p;
  s->len = static_cast<int64_t>(msg.size());
  gopanic(g, Eface{&string_type, s});
}

// ---- sync.Mutex (mutex.go) ----
struct GoMutex {
  int32_t state;
  uint32_t sema;
};
constexpr int32_t mutexLocked = 1;
constexpr int32_t mutexWoken = 2;
constexpr int32_t mutexStarving = 4;
constexpr int mutexWaiterShift = 3;
constexpr int64_t starvationThresholdNs = 1000000;

// Another P is running goroutines (not idle, not spinning for work): a lock holder may be
// running there and release soon.
bool otherPsRunning() {
  return sched.gomaxprocs > 1 && sched.gomaxprocs > sched.npidle.load() + sched.nmspinning.load() + 1;
}

// sync_runtime_canSpin: a few rounds, only with other Ps running and nothing local to run.
bool canspin(int iter) {
  if (iter >= 4 || !otherPsRunning()) return false;
  P* pp = getp();
  return runqempty(pp);
}

// After a Lock registered as a waiter in normal mode, while other Ps run (one of them
// may hold the lock): wait a moment, as canspin's rounds, for the holder's Unlock to
// release the semaphore, before semacquire parks. mgo's own step; Go parks at once. A
// critical section is far shorter than a park and a wake-up, and each of those wake-ups
// puts the woken goroutine in its waker's runnext, where it stops that P's next colliding
// Lock from spinning (so, unlike canspin, this ignores the local run queue): at
// GOMAXPROCS=2 that feedback made bench mutex's padded variant (lock and data in two
// lines) park 1.0-1.5M times in 20M Locks in some machine phases, 1.46 s against go's
// 0.95; waiting here, 0.36 s (mutex.go itself: 0.74 -> 0.44, go 0.71; docs/PERFORMANCE.md,
// mutex, session 5). Go's own path from registering to its semaphore check is slow enough
// that its releases come first (3-10K parks). Never in starvation mode: there the
// semaphore is handed to the queue's head (semrelease1's ticket), and a poller would
// take it first. Stops as soon as the mutex starves.
void semaspin(GoMutex* m) {
  if (!otherPsRunning()) return;
  std::atomic_ref<uint32_t> sema(m->sema);
  std::atomic_ref<int32_t> state(m->state);
  for (int round = 0; round < 4; round++) {
    if (sema.load(std::memory_order_relaxed) != 0 ||
        (state.load(std::memory_order_relaxed) & mutexStarving) != 0)
      return;
    for (int i = 0; i < 30; i++) __builtin_ia32_pause();
  }
}

// mutex.go's lockSlow loop; old: the state as last read (mgo_sync_Mutex_lockSlow).
[[gnu::noinline, gnu::aligned(64)]] void lockSlowLoop(G* g, GoMutex* m, int32_t old) {
  std::atomic_ref<int32_t> state(m->state);
  int64_t waitStartTime = 0;
  bool starving = false;
  bool awoke = false;
  int iter = 0;
  for (;;) {
    // Spin only in normal mode while the lock is held: the owner may release it soon.
    if ((old & (mutexLocked | mutexStarving)) == mutexLocked && canspin(iter)) {
      if (!awoke && (old & mutexWoken) == 0 && (old >> mutexWaiterShift) != 0 &&
          state.compare_exchange_strong(old, old | mutexWoken)) {
        awoke = true;
      }
      for (int i = 0; i < 30; i++) __builtin_ia32_pause();
      iter++;
      old = state.load();
      continue;
    }
    int32_t nw = old;
    if ((old & mutexStarving) == 0) nw |= mutexLocked;  // starving: new arrivals queue
    if ((old & (mutexLocked | mutexStarving)) != 0) nw += 1 << mutexWaiterShift;
    if (starving && (old & mutexLocked) != 0) nw |= mutexStarving;
    if (awoke) {
      if ((nw & mutexWoken) == 0) fatal("sync: inconsistent mutex state", g->goid);
      nw &= ~mutexWoken;
    }
    if (state.compare_exchange_strong(old, nw)) {
      if ((old & (mutexLocked | mutexStarving)) == 0) break;  // locked with CAS
      bool queueLifo = waitStartTime != 0;
      if (waitStartTime == 0) waitStartTime = nanotime();
      if ((old & mutexStarving) == 0) semaspin(m);  // old: the state our CAS replaced
      semacquire1(g, &m->sema, queueLifo, waitreason::Semacquire);
      starving = starving || nanotime() - waitStartTime > starvationThresholdNs;
      old = state.load();
      if ((old & mutexStarving) != 0) {
        // Handed off to us in starvation mode: the state is inconsistent until we fix it.
        if ((old & (mutexLocked | mutexWoken)) != 0 || (old >> mutexWaiterShift) == 0) {
          fatal("sync: inconsistent mutex state", g->goid);
        }
        int32_t delta = mutexLocked - (1 << mutexWaiterShift);
        if (!starving || (old >> mutexWaiterShift) == 1) delta -= mutexStarving;  // leave starvation mode
        state.fetch_add(delta);
        break;
      }
      awoke = true;
      iter = 0;
    } else {
      old = state.load();
    }
  }
}

// ---- sync.WaitGroup (waitgroup.go) ----
struct GoWaitGroup {
  uint64_t state;  // counter << 32 | waiters
  uint32_t sema;
};

}  // namespace

extern "C" {

// The slow paths of Lock and Unlock. The JIT inlines the fast paths (Lock's load and CAS
// from 0, Unlock's atomic add) at direct call sites and calls these
// (jit/codegen_intrinsics.cc), as gc inlines mutex.go's Lock and Unlock into callers.
//
// Under contention nearly every Lock comes here, and most find the lock free with only
// waiter/woken bits set: the loop's first round is then one CAS to old|mutexLocked (not
// locked, not starving, not awoke: no waiter count, no flag to clear). That round runs
// first, in a leaf with no frame to set up, so the CAS follows the load at once; the loop
// is called otherwise (measured in docs/PERFORMANCE.md, mutex).
[[gnu::noinline, gnu::aligned(64)]] void mgo_sync_Mutex_lockSlow(G* g, void* mp) {
  auto* m = static_cast<GoMutex*>(mp);
  std::atomic_ref<int32_t> state(m->state);
  int32_t old = state.load();
  if ((old & (mutexLocked | mutexStarving)) == 0 && state.compare_exchange_strong(old, old | mutexLocked)) return;
  lockSlowLoop(g, m, old);
}

[[gnu::noinline, gnu::aligned(64)]] void mgo_sync_Mutex_unlockSlow(G* g, void* mp, int32_t nw) {
  auto* m = static_cast<GoMutex*>(mp);
  std::atomic_ref<int32_t> state(m->state);
  if (((nw + mutexLocked) & mutexLocked) == 0) fatal("sync: unlock of unlocked mutex", g->goid);
  if ((nw & mutexStarving) == 0) {
    int32_t old = nw;
    for (;;) {
      // No waiters, or someone already woken or holding it: nothing to do.
      if ((old >> mutexWaiterShift) == 0 || (old & (mutexLocked | mutexWoken | mutexStarving)) != 0) {
        return;
      }
      nw = (old - (1 << mutexWaiterShift)) | mutexWoken;
      if (state.compare_exchange_strong(old, nw)) {
        semrelease1(g, &m->sema, false);
        return;
      }
      old = state.load();
    }
  }
  // Starving: hand ownership straight to the next waiter and yield to it.
  semrelease1(g, &m->sema, true);
}

void mgo_sync_Mutex_Lock(G* g, void* mp) {
  auto* m = static_cast<GoMutex*>(mp);
  if (m == nullptr) mgo_rt_panicmem(g);
  std::atomic_ref<int32_t> state(m->state);
  int32_t zero = 0;  // the JIT's inline fast path: test, then set (see above)
  if (state.load() == 0 && state.compare_exchange_strong(zero, mutexLocked)) return;
  mgo_sync_Mutex_lockSlow(g, m);
}

void mgo_sync_Mutex_Unlock(G* g, void* mp) {
  auto* m = static_cast<GoMutex*>(mp);
  if (m == nullptr) mgo_rt_panicmem(g);
  int32_t nw = std::atomic_ref<int32_t>(m->state).fetch_sub(mutexLocked) - mutexLocked;
  if (nw != 0) mgo_sync_Mutex_unlockSlow(g, m, nw);
}

bool mgo_sync_Mutex_TryLock(G* g, void* mp) {
  auto* m = static_cast<GoMutex*>(mp);
  if (m == nullptr) mgo_rt_panicmem(g);
  std::atomic_ref<int32_t> state(m->state);
  int32_t old = state.load();
  if ((old & (mutexLocked | mutexStarving)) != 0) return false;
  return state.compare_exchange_strong(old, old | mutexLocked);
}

void mgo_sync_WaitGroup_Add(G* g, void* wgp, int64_t delta) {
  auto* wg = static_cast<GoWaitGroup*>(wgp);
  if (wg == nullptr) mgo_rt_panicmem(g);
  std::atomic_ref<uint64_t> statep(wg->state);
  uint64_t state = statep.fetch_add(static_cast<uint64_t>(delta) << 32) + (static_cast<uint64_t>(delta) << 32);
  int32_t v = static_cast<int32_t>(state >> 32);
  uint32_t w = static_cast<uint32_t>(state);
  if (v < 0) panicstring(g, "sync: negative WaitGroup counter");
  if (w != 0 && delta > 0 && v == static_cast<int32_t>(delta)) {
    panicstring(g, "sync: WaitGroup misuse: Add called concurrently with Wait");
  }
  if (v > 0 || w == 0) return;
  // Counter is 0 with waiters: nobody may change the state now but us.
  if (statep.load() != state) panicstring(g, "sync: WaitGroup misuse: Add called concurrently with Wait");
  statep.store(0);
  for (; w != 0; w--) semrelease1(g, &wg->sema, false);
}

void mgo_sync_WaitGroup_Done(G* g, void* wg) { mgo_sync_WaitGroup_Add(g, wg, -1); }

void mgo_sync_WaitGroup_Wait(G* g, void* wgp) {
  auto* wg = static_cast<GoWaitGroup*>(wgp);
  if (wg == nullptr) mgo_rt_panicmem(g);
  std::atomic_ref<uint64_t> statep(wg->state);
  for (;;) {
    uint64_t state = statep.load();
    if ((state >> 32) == 0) return;
    if (statep.compare_exchange_strong(state, state + 1)) {
      semacquire1(g, &wg->sema, false, waitreason::Semacquire);
      if (statep.load() != 0) panicstring(g, "sync: WaitGroup is reused before previous Wait has returned");
      return;
    }
  }
}

void mgo_sync_runtime_Semacquire(G* g, uint32_t* s) {
  semacquire1(g, s, false, waitreason::Semacquire);
}

void mgo_sync_runtime_SemacquireMutex(G* g, uint32_t* s, bool lifo) {
  semacquire1(g, s, lifo, waitreason::Semacquire);
}

void mgo_sync_runtime_Semrelease(G* g, uint32_t* s, bool handoff) { semrelease1(g, s, handoff); }

uint32_t mgo_sync_runtime_notifyListAdd(G* g, NotifyList* l) { return notifyListAdd(l); }
void mgo_sync_runtime_notifyListWait(G* g, NotifyList* l, uint32_t t) { notifyListWait(g, l, t); }
void mgo_sync_runtime_notifyListNotifyAll(G* g, NotifyList* l) { notifyListNotifyAll(l); }
void mgo_sync_runtime_notifyListNotifyOne(G* g, NotifyList* l) { notifyListNotifyOne(l); }

void mgo_sync_fatal(G* g, const uint8_t* p, int64_t n) {
  fatal(std::string_view(reinterpret_cast<const char*>(p), static_cast<size_t>(n)), g->goid);
}

// The first use records the checker's own address; a copy (another address holding a
// non-zero value) panics. Go's copyChecker.check.
void mgo_sync_copyChecker_check(G* g, uintptr_t* c) {
  std::atomic_ref<uintptr_t> a(*c);
  uintptr_t self = reinterpret_cast<uintptr_t>(c);
  if (a.load() == self) return;
  uintptr_t zero = 0;
  if (a.compare_exchange_strong(zero, self)) return;
  if (a.load() != self) panicstring(g, "sync.Cond is copied");
}

#define MGO_ATOMIC_OPS(Name, T)                                                   \
  T mgo_sync_atomic_Add##Name(G* g, T* p, T d) {                                  \
    if (p == nullptr) mgo_rt_panicmem(g);                                         \
    return std::atomic_ref<T>(*p).fetch_add(d) + d;                               \
  }                                                                               \
  T mgo_sync_atomic_Load##Name(G* g, T* p) {                                      \
    if (p == nullptr) mgo_rt_panicmem(g);                                         \
    return std::atomic_ref<T>(*p).load();                                         \
  }                                                                               \
  void mgo_sync_atomic_Store##Name(G* g, T* p, T v) {                             \
    if (p == nullptr) mgo_rt_panicmem(g);                                         \
    std::atomic_ref<T>(*p).store(v);                                              \
  }                                                                               \
  bool mgo_sync_atomic_CompareAndSwap##Name(G* g, T* p, T old, T nw) {            \
    if (p == nullptr) mgo_rt_panicmem(g);                                         \
    return std::atomic_ref<T>(*p).compare_exchange_strong(old, nw);               \
  }                                                                               \
  T mgo_sync_atomic_Swap##Name(G* g, T* p, T v) {                                 \
    if (p == nullptr) mgo_rt_panicmem(g);                                         \
    return std::atomic_ref<T>(*p).exchange(v);                                    \
  }

// All seq_cst, as Go's sync/atomic.
MGO_ATOMIC_OPS(Int32, int32_t)
MGO_ATOMIC_OPS(Int64, int64_t)
MGO_ATOMIC_OPS(Uint32, uint32_t)
MGO_ATOMIC_OPS(Uint64, uint64_t)
#undef MGO_ATOMIC_OPS

}  // extern "C"
