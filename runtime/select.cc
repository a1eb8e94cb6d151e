// select.cc — the select statement, after Go's select.go (selectgo, sellock, selunlock,
// selparkcommit, block). Channels, sudogs and the hand-off to a parked partner are
// chan.cc's (send/recv) and sudog.cc's (WaitQ).
//
// selectgo(cases, order, nsends, nrecvs, block):
//   1. Poll order: a uniformly random permutation of the cases with a non-nil channel
//      (an inside-out Fisher-Yates shuffle drawing from the M's fastrand), so among
//      several ready cases each is chosen with equal probability, and a program cannot
//      rely on (or be starved by) a fixed order. Nil-channel cases are left out: they
//      never proceed.
//   2. Lock order: the same cases sorted by channel address; sellock takes each distinct
//      channel's lock once in that order (so two selects on the same channels cannot
//      deadlock against each other or against a plain channel operation, which holds a
//      single lock), selunlock releases them in reverse.
//   3. Pass 1, all locks held: the first case in poll order that can proceed now wins
//      (a parked partner, buffer room or data, a closed channel). A non-blocking select
//      (block=false) that finds none unlocks and returns -1: it neither parks nor
//      allocates (the orders live in caller memory).
//   4. Pass 2: one sudog per case (isSelect), enqueued on every channel in lock order and
//      chained on gp->waiting in the same order; gopark(selparkcommit) releases the locks
//      on g0 once gp is Waiting, so no waker can see the sudogs of a G still running.
//   5. A waker dequeues one of the sudogs: WaitQ::dequeue lets it through only if it wins
//      the CAS on gp->selectDone (false -> true); wakers of the other channels then skip
//      (and drop) this G's sudogs. The winner completes the operation (chan.cc send/recv,
//      or closechan with success=false) and puts the sudog in gp->param.
//   6. Pass 3, gp again with all locks held: selectDone is reset; the sudog equal to
//      gp->param is the chosen case; every other sudog is removed from its queue (a no-op
//      for one a losing waker already dropped); all are released. A send case woken by
//      close panics "send on closed channel" after the locks are released.
//
// Invariants: a select G's sudogs are on channel queues only while it is Waiting in
// pass 2 (pass 3 removes them under all locks before anyone can see selectDone=false
// again); gp->waiting lists them in lock order, which selparkcommit relies on.
// Lock order: the channel locks, by address (runtime2.h), then whatever goready takes.
// Rejected: polling every case with non-blocking operations in a loop (the first
// lowering): it burns a CPU while blocked, cannot be seen by deadlock detection, and
// picks by source order.
#include "runtime/select.h"

#include <algorithm>
#include <cstring>

#include "runtime/chan.h"
#include "runtime/fatal.h"
#include "runtime/panic.h"
#include "runtime/proc.h"
#include "runtime/sudog.h"

namespace mgo::rt {

namespace {

Hchan* chanof(const Scase& k) { return static_cast<Hchan*>(k.c); }

uint8_t* chanbuf(Hchan* c, uint64_t i) { return c->buf + i * c->elemsize; }

// Locks every distinct channel of lockorder[0, n), in order.
void sellock(Scase* cases, const uint16_t* lockorder, int n) {
  Hchan* last = nullptr;
  for (int i = 0; i < n; i++) {
    Hchan* c = chanof(cases[lockorder[i]]);
    if (c != last) {
      last = c;
      c->lock.lock();
    }
  }
}

// Unlocks them in reverse order (cases is the running select's own frame).
void selunlock(Scase* cases, const uint16_t* lockorder, int n) {
  for (int i = n - 1; i >= 0; i--) {
    Hchan* c = chanof(cases[lockorder[i]]);
    if (i > 0 && c == chanof(cases[lockorder[i - 1]])) continue;  // unlock once, at the first
    c->lock.unlock();
  }
}

struct UnlockArgs {
  Scase* cases;
  const uint16_t* lockorder;
  int n;
};
void selunlock_cb(void* a) {
  auto* u = static_cast<UnlockArgs*>(a);
  selunlock(u->cases, u->lockorder, u->n);
}

// gopark's unlockf, on g0 after gp is Waiting: releases the channel locks through
// gp->waiting (in lock order), not through the select's frame: once a lock is dropped a
// waker may ready gp, but gp's sellock must then wait for the locks still held here.
bool selparkcommit(G* gp, void*) {
  gp->parkingOnChan.store(false);
  Hchan* lastc = nullptr;
  for (Sudog* sg = gp->waiting; sg != nullptr; sg = sg->waitlink) {
    if (sg->c != lastc && lastc != nullptr) lastc->lock.unlock();
    lastc = sg->c;
  }
  if (lastc != nullptr) lastc->lock.unlock();
  return true;
}

// A uniform random integer in [0, n) from the M's generator (Lemire's multiply-shift).
uint32_t cheaprandn(uint32_t n) {
  return static_cast<uint32_t>((static_cast<uint64_t>(fastrand()) * n) >> 32);
}

}  // namespace

[[noreturn]] void block(G* gp) {
  gopark(gp, nullptr, nullptr, waitreason::SelectNoCases);
  throw_("block: goroutine resumed");
}

int64_t selectgo(G* gp, Scase* cases, uint16_t* order, int64_t nsends, int64_t nrecvs,
                 bool block, bool* recvOK) {
  const int64_t ncases = nsends + nrecvs;
  if (ncases < 0 || ncases > 65536) throw_("selectgo: bad number of cases");
  if (recvOK != nullptr) *recvOK = false;
  uint16_t* pollorder = order;
  uint16_t* lockorder = order + ncases;

  // 1. Poll order: inside-out shuffle of the non-nil cases.
  int norder = 0;
  for (int64_t i = 0; i < ncases; i++) {
    if (cases[i].c == nullptr) {
      cases[i].elem = nullptr;  // the case never proceeds; drop the pointer
      continue;
    }
    uint32_t j = cheaprandn(static_cast<uint32_t>(norder + 1));
    pollorder[norder] = pollorder[j];
    pollorder[j] = static_cast<uint16_t>(i);
    norder++;
  }

  // 2. Lock order: by channel address (ties: the same channel, locked once).
  std::copy(pollorder, pollorder + norder, lockorder);
  std::sort(lockorder, lockorder + norder, [cases](uint16_t a, uint16_t b) {
    return reinterpret_cast<uintptr_t>(cases[a].c) < reinterpret_cast<uintptr_t>(cases[b].c);
  });
  sellock(cases, lockorder, norder);
  UnlockArgs unlockall{cases, lockorder, norder};

  // 3. Pass 1: the first case in poll order that can proceed.
  int64_t casi = -1;
  for (int i = 0; i < norder; i++) {
    casi = pollorder[i];
    Scase* k = &cases[casi];
    Hchan* c = chanof(*k);
    if (casi >= nsends) {
      if (Sudog* sg = c->sendq.dequeue()) {
        // A parked sender (the buffer, if any, is full): take from it.
        recv(c, sg, k->elem, selunlock_cb, &unlockall);
        if (recvOK != nullptr) *recvOK = true;
        return casi;
      }
      uint64_t q = c->qcount.load(std::memory_order_relaxed);  // under lock
      if (q > 0) {
        uint8_t* qp = chanbuf(c, c->recvx);
        if (c->elemsize != 0) {
          if (k->elem != nullptr) memmove(k->elem, qp, c->elemsize);
          memset(qp, 0, c->elemsize);  // drop the reference for a collector
        }
        if (++c->recvx == c->dataqsiz) c->recvx = 0;
        c->qcount.store(q - 1, std::memory_order_relaxed);  // under lock; fast paths only hint
        selunlock(cases, lockorder, norder);
        if (recvOK != nullptr) *recvOK = true;
        return casi;
      }
      if (c->closed.load(std::memory_order_relaxed) != 0) {  // under lock
        void* elem = k->elem;
        uint64_t size = c->elemsize;
        selunlock(cases, lockorder, norder);
        if (elem != nullptr && size != 0) memset(elem, 0, size);
        return casi;  // *recvOK stays false
      }
    } else {
      if (c->closed.load(std::memory_order_relaxed) != 0) {  // under lock
        selunlock(cases, lockorder, norder);
        panic_plain(gp, "send on closed channel");
      }
      if (Sudog* sg = c->recvq.dequeue()) {
        send(c, sg, k->elem, selunlock_cb, &unlockall);
        return casi;
      }
      uint64_t q = c->qcount.load(std::memory_order_relaxed);  // under lock
      if (q < c->dataqsiz) {
        if (c->elemsize != 0) memmove(chanbuf(c, c->sendx), k->elem, c->elemsize);
        if (++c->sendx == c->dataqsiz) c->sendx = 0;
        c->qcount.store(q + 1, std::memory_order_relaxed);  // under lock; fast paths only hint
        selunlock(cases, lockorder, norder);
        return casi;
      }
    }
  }

  if (!block) {
    selunlock(cases, lockorder, norder);
    return -1;
  }

  // 4. Pass 2: a sudog on every channel, chained on gp->waiting in lock order.
  if (gp->waiting != nullptr) throw_("gp.waiting != nil");
  Sudog** nextp = &gp->waiting;
  for (int i = 0; i < norder; i++) {
    int64_t ci = lockorder[i];
    Scase* k = &cases[ci];
    Hchan* c = chanof(*k);
    Sudog* sg = acquireSudog();
    sg->g = gp;
    sg->isSelect = true;
    sg->elem = k->elem;
    sg->c = c;
    *nextp = sg;
    nextp = &sg->waitlink;
    if (ci < nsends) c->sendq.enqueue(sg); else c->recvq.enqueue(sg);
  }
  gp->param = nullptr;
  gp->parkingOnChan.store(true);
  // With no channel at all (every case nil) nothing will ever wake gp: deadlock
  // detection reports it, wait reason "select" as Go's.
  gopark(gp, selparkcommit, nullptr, waitreason::Select);

  // 6. Pass 3: find the winner, dequeue the rest.
  sellock(cases, lockorder, norder);
  gp->selectDone.store(false);  // under every lock: no waker can look at our sudogs now
  Sudog* winner = static_cast<Sudog*>(gp->param);
  gp->param = nullptr;
  Sudog* sglist = gp->waiting;
  for (Sudog* s = sglist; s != nullptr; s = s->waitlink) {
    s->isSelect = false;
    s->elem = nullptr;
    s->c = nullptr;
  }
  gp->waiting = nullptr;
  casi = -1;
  bool success = false;
  for (int i = 0; i < norder; i++) {
    int64_t ci = lockorder[i];
    if (sglist == nullptr) throw_("selectgo: sudog list shorter than the lock order");
    if (sglist == winner) {
      casi = ci;
      success = sglist->success;
    } else {
      Hchan* c = chanof(cases[ci]);
      if (ci < nsends) c->sendq.remove(sglist); else c->recvq.remove(sglist);
    }
    Sudog* next = sglist->waitlink;
    sglist->waitlink = nullptr;
    releaseSudog(sglist);
    sglist = next;
  }
  if (casi < 0) throw_("selectgo: bad wakeup");
  selunlock(cases, lockorder, norder);
  if (casi < nsends) {
    if (!success) panic_plain(gp, "send on closed channel");  // woken by close
  } else if (recvOK != nullptr) {
    *recvOK = success;
  }
  return casi;
}

}  // namespace mgo::rt

using namespace mgo::rt;

extern "C" {

int64_t mgo_rt_selectgo(G* g, Scase* cases, uint16_t* order, int64_t nsends, int64_t nrecvs,
                        bool block, bool* recvOK) {
  return selectgo(g, cases, order, nsends, nrecvs, block, recvOK);
}

[[noreturn]] void mgo_rt_block(G* g) { mgo::rt::block(g); }

}  // extern "C"
