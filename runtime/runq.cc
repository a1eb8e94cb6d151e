// runq.cc — see runq.h for the protocol. Follows proc.go's runqput, runqputslow,
// runqget, runqgrab, runqsteal, globrunqput(batch), globrunqget.
#include "runtime/runq.h"

#include <unistd.h>

#include "runtime/fatal.h"

namespace mgo::rt {

uint32_t runqlen(P* pp) {
  // Both relaxed: a racy size hint only.
  uint32_t h = pp->runqhead.load(std::memory_order_relaxed);
  uint32_t t = pp->runqtail.load(std::memory_order_relaxed);
  return t - h;
}

bool runqempty(P* pp) {
  // As proc.go: read head, tail, runnext, then tail again, so a G moving from runnext
  // to the ring between the reads is not missed. seq_cst loads.
  for (;;) {
    uint32_t head = pp->runqhead.load();
    uint32_t tail = pp->runqtail.load();
    G* runnext = pp->runnext.load();
    if (tail == pp->runqtail.load()) return head == tail && runnext == nullptr;
  }
}

// Moves half of pp's ring plus gp to the global queue. Returns false if a thief moved
// runqhead meanwhile (the caller retries the fast path).
//
// Go copies the half into a stack array before its CAS. Here that array (129 pointers)
// would not fit: runqput runs on the calling goroutine's stack segment (newproc, ready),
// whose red zone is 768 bytes (runtime/stack.h), and a 1 KiB frame wrote into the header
// of the segment below (skynet 1000000 crashed). So the CAS comes first and the slots
// are linked after it: once runqhead has moved past them they are ours, since only the
// owner (this thread) writes slots and thieves read only from the head on.
static bool runqputslow(P* pp, G* gp, uint32_t h, uint32_t t) {
  uint32_t n = (t - h) / 2;
  if (n != kRunqSize / 2) throw_("runqputslow: queue is not full");
  // release: pairs with thieves' acquire loads of runqhead; acquire on failure is not
  // needed (the caller reloads).
  if (!pp->runqhead.compare_exchange_strong(h, h + n, std::memory_order_release,
                                            std::memory_order_relaxed)) {
    return false;
  }
  GQueue q;
  auto append = [&q](G* x) {
    x->schedlink = nullptr;
    if (q.tail) q.tail->schedlink = x; else q.head = x;
    q.tail = x;
  };
  // relaxed: this thread wrote these slots itself (runqput's release store of runqtail
  // published them to thieves, not to us).
  for (uint32_t i = 0; i < n; i++) append(pp->runq[(h + i) % kRunqSize].load(std::memory_order_relaxed));
  append(gp);
  LockGuard lk(sched.lock);
  globrunqputbatch(&q, static_cast<int32_t>(n + 1));
  return true;
}

void runqput(P* pp, G* gp, bool next) {
  if (next) {
    G* old = pp->runnext.load(std::memory_order_relaxed);
    // seq_cst CAS: consumers CAS runnext out concurrently.
    while (!pp->runnext.compare_exchange_weak(old, gp)) {
    }
    if (old == nullptr) return;
    gp = old;  // kick the old runnext out to the regular ring
  }
  for (;;) {
    // acquire: pairs with consumers' CAS (release) of runqhead: the slots below head are
    // free once we see the new head.
    uint32_t h = pp->runqhead.load(std::memory_order_acquire);
    uint32_t t = pp->runqtail.load(std::memory_order_relaxed);  // we are the only writer
    if (t - h < kRunqSize) {
      pp->runq[t % kRunqSize].store(gp, std::memory_order_relaxed);  // published by the tail store
      // release: pairs with the acquire load of runqtail in runqgrab / runqget.
      pp->runqtail.store(t + 1, std::memory_order_release);
      return;
    }
    if (runqputslow(pp, gp, h, t)) return;
  }
}

G* runqget(P* pp, bool* inheritTime) {
  G* next = pp->runnext.load();
  // seq_cst CAS: a thief may CAS runnext at the same time.
  bool fromRunnext = next != nullptr && pp->runnext.compare_exchange_strong(next, nullptr);
  if (inheritTime != nullptr) *inheritTime = fromRunnext;
  if (fromRunnext) return next;
  for (;;) {
    uint32_t h = pp->runqhead.load(std::memory_order_acquire);  // partner: CAS release below / in thieves
    uint32_t t = pp->runqtail.load(std::memory_order_relaxed);  // only we write it
    if (t == h) return nullptr;
    G* gp = pp->runq[h % kRunqSize].load(std::memory_order_relaxed);  // validated by the CAS
    // release: pairs with the acquire load of runqhead in runqput (slot reuse).
    if (pp->runqhead.compare_exchange_strong(h, h + 1, std::memory_order_release,
                                             std::memory_order_relaxed)) {
      return gp;
    }
  }
}

// Grabs half of pp's Gs into batch[batchHead ...] (indices modulo kRunqSize).
// Returns how many. Called by a thief holding another P.
static uint32_t runqgrab(P* pp, std::atomic<G*>* batch, uint32_t batchHead, bool stealRunNextG) {
  for (;;) {
    uint32_t h = pp->runqhead.load(std::memory_order_acquire);  // partner: CAS release of other consumers
    uint32_t t = pp->runqtail.load(std::memory_order_acquire);  // partner: release store in runqput
    uint32_t n = t - h;
    n = n - n / 2;
    if (n == 0) {
      if (stealRunNextG) {
        G* next = pp->runnext.load();
        if (next != nullptr) {
          // The victim is running and just readied `next` (a ping-pong partner): give
          // it ~3µs to schedule it itself rather than bounce the G between Ps (proc.go).
          if (pp->status == PStatus::Running) usleep(3);
          if (!pp->runnext.compare_exchange_strong(next, nullptr)) continue;
          batch[batchHead % kRunqSize].store(next, std::memory_order_relaxed);
          return 1;
        }
      }
      return 0;
    }
    if (n > kRunqSize / 2) continue;  // read an inconsistent h and t: retry
    for (uint32_t i = 0; i < n; i++) {
      G* g = pp->runq[(h + i) % kRunqSize].load(std::memory_order_relaxed);  // validated by the CAS
      batch[(batchHead + i) % kRunqSize].store(g, std::memory_order_relaxed);
    }
    // release: pairs with the acquire load of runqhead in the victim's runqput.
    if (pp->runqhead.compare_exchange_strong(h, h + n, std::memory_order_release,
                                             std::memory_order_relaxed)) {
      return n;
    }
  }
}

G* runqsteal(P* pp, P* p2, bool stealRunNextG) {
  uint32_t t = pp->runqtail.load(std::memory_order_relaxed);  // we are pp's only writer
  uint32_t n = runqgrab(p2, pp->runq, t, stealRunNextG);
  if (n == 0) return nullptr;
  n--;
  G* gp = pp->runq[(t + n) % kRunqSize].load(std::memory_order_relaxed);  // we just wrote it
  if (n == 0) return gp;
  uint32_t h = pp->runqhead.load(std::memory_order_acquire);  // partner: consumers' CAS
  if (t - h + n >= kRunqSize) throw_("runqsteal: runq overflow");
  // release: publishes the stolen slots; pairs with acquire loads of runqtail.
  pp->runqtail.store(t + n, std::memory_order_release);
  return gp;
}

void globrunqput(G* gp) {
  gp->schedlink = nullptr;
  if (sched.runq.tail) sched.runq.tail->schedlink = gp; else sched.runq.head = gp;
  sched.runq.tail = gp;
  sched.runqsize.fetch_add(1, std::memory_order_relaxed);  // under sched.lock; readers use it as a hint
}

void globrunqputhead(G* gp) {
  gp->schedlink = sched.runq.head;
  sched.runq.head = gp;
  if (sched.runq.tail == nullptr) sched.runq.tail = gp;
  sched.runqsize.fetch_add(1, std::memory_order_relaxed);  // under sched.lock; hint for readers
}

void globrunqputbatch(GQueue* batch, int32_t n) {
  if (batch->head == nullptr) return;
  if (sched.runq.tail) sched.runq.tail->schedlink = batch->head; else sched.runq.head = batch->head;
  sched.runq.tail = batch->tail;
  sched.runqsize.fetch_add(n, std::memory_order_relaxed);  // under sched.lock; hint for readers
  *batch = GQueue{};
}

static G* globpop() {
  G* gp = sched.runq.head;
  sched.runq.head = gp->schedlink;
  if (sched.runq.head == nullptr) sched.runq.tail = nullptr;
  gp->schedlink = nullptr;
  return gp;
}

G* globrunqget(P* pp, int32_t max) {
  int32_t size = sched.runqsize.load(std::memory_order_relaxed);  // under sched.lock
  if (size == 0) return nullptr;
  int32_t n = size / sched.gomaxprocs + 1;
  if (n > size) n = size;
  if (max > 0 && n > max) n = max;
  if (n > static_cast<int32_t>(kRunqSize / 2)) n = kRunqSize / 2;
  sched.runqsize.fetch_sub(n, std::memory_order_relaxed);  // under sched.lock
  G* gp = globpop();
  for (n--; n > 0; n--) runqput(pp, globpop(), false);
  return gp;
}

}  // namespace mgo::rt
