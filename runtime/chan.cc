// chan.cc — channel operations; see chan.h for the invariants. Follows chan.go's
// makechan, chansend/send, chanrecv/recv, closechan. Select lives in select.cc (not this
// file) and uses the same Hchan, WaitQ and chanparkcommit.
#include "runtime/chan.h"

#include <cstring>
#include <new>

#include "runtime/fatal.h"
#include "runtime/malloc.h"
#include "runtime/panic.h"
#include "runtime/proc.h"
#include "runtime/rt.h"

namespace mgo::rt {

namespace {

uint8_t* chanbuf(Hchan* c, uint64_t i) { return c->buf + i * c->elemsize; }

void copyelem(Hchan* c, void* dst, const void* src) {
  if (c->elemsize != 0) memmove(dst, src, c->elemsize);
}

void unlockchan(void* c) { static_cast<Hchan*>(c)->lock.unlock(); }

}  // namespace

// Completes a send to the parked receiver sg (c locked; unlockf(arg) releases it, and for
// select every other channel lock held).
void send(Hchan* c, Sudog* sg, const void* ep, void (*unlockf)(void*), void* arg) {
  if (sg->elem != nullptr) {
    copyelem(c, sg->elem, ep);  // the receiver's slot, maybe on its stack
    sg->elem = nullptr;
  }
  G* gp = sg->g;
  unlockf(arg);
  gp->param = sg;
  sg->success = true;
  goready(gp);
}

// Completes a receive from the parked sender sg (c locked; unlockf(arg) releases it).
void recv(Hchan* c, Sudog* sg, void* ep, void (*unlockf)(void*), void* arg) {
  if (c->dataqsiz == 0) {
    if (ep != nullptr) copyelem(c, ep, sg->elem);
  } else {
    // The buffer is full: take the head, and put the sender's value at the tail
    // (the same slot, since the ring is full).
    uint8_t* qp = chanbuf(c, c->recvx);
    if (ep != nullptr) copyelem(c, ep, qp);
    copyelem(c, qp, sg->elem);
    c->recvx++;
    if (c->recvx == c->dataqsiz) c->recvx = 0;
    c->sendx = c->recvx;
  }
  sg->elem = nullptr;
  G* gp = sg->g;
  unlockf(arg);
  gp->param = sg;
  sg->success = true;
  goready(gp);
}

namespace {

[[noreturn]] void block_forever(G* g, const char* reason) {
  gopark(g, nullptr, nullptr, reason);
  throw_("unreachable");
}

}  // namespace

bool chanparkcommit(G* gp, void* chanLock) {
  gp->parkingOnChan.store(false);
  static_cast<Mutex*>(chanLock)->unlock();
  return true;
}

Hchan* makechan(G* g, const TypeDesc* elemtype, int64_t size) {
  uint64_t elemsize = elemtype->size;
  if (elemsize >= (1 << 16)) throw_("makechan: invalid channel element type");
  if (size < 0 || (elemsize != 0 && static_cast<uint64_t>(size) > (kMaxAlloc - sizeof(Hchan)) / elemsize)) {
    panic_plain(g, "makechan: size out of range");
  }
  uint64_t bufbytes = elemsize * static_cast<uint64_t>(size);
  // One allocation: the buffer follows the header (the collector sees both through it).
  void* mem = mallocgc(sizeof(Hchan) + bufbytes);
  Hchan* c = new (mem) Hchan();
  c->buf = reinterpret_cast<uint8_t*>(c + 1);
  c->elemsize = elemsize;
  c->elemtype = elemtype;
  c->dataqsiz = static_cast<uint64_t>(size);
  return c;
}

// The blocking half of chansend/chanrecv: with c->lock held, enqueue a sudog for g on q
// (elem: the value to send, or where to receive), park (chanparkcommit releases the
// lock), and after the partner or closechan readied g return its sudog's success: true
// when the partner completed the exchange, false when the channel was closed.
static bool parkOnQueue(G* g, Hchan* c, WaitQ& q, void* elem, const char* reason) {
  Sudog* mysg = acquireSudog();
  mysg->elem = elem;
  mysg->g = g;
  mysg->isSelect = false;
  mysg->c = c;
  g->waiting = mysg;
  g->param = nullptr;
  q.enqueue(mysg);
  g->parkingOnChan.store(true);
  gopark(g, chanparkcommit, &c->lock, reason);
  if (mysg != g->waiting) throw_("G waiting list is corrupted");
  g->waiting = nullptr;
  bool success = mysg->success;
  g->param = nullptr;
  mysg->c = nullptr;
  mysg->elem = nullptr;  // a partner or closechan is done with it
  releaseSudog(mysg);
  return success;
}

bool chansend(G* g, Hchan* c, const void* ep, bool block) {
  if (c == nullptr) {
    if (!block) return false;
    block_forever(g, waitreason::ChanSendNilChan);
  }
  // Fast path for a full buffered channel (chan.go's full()); unbuffered channels take
  // the lock, since recvq is only read under it here.
  if (!block && c->dataqsiz > 0 && c->closed.load(std::memory_order_relaxed) == 0 &&
      c->qcount.load(std::memory_order_relaxed) == c->dataqsiz) {
    // relaxed: as chan.go's argument, a non-blocking op may observe any moment between
    // the two loads; both being "closed=0, full" at some instant is what it reports.
    return false;
  }
  c->lock.lock();
  if (c->closed.load(std::memory_order_relaxed) != 0) {  // under lock
    c->lock.unlock();
    panic_plain(g, "send on closed channel");
  }
  if (Sudog* sg = c->recvq.dequeue()) {
    send(c, sg, ep, unlockchan, c);
    return true;
  }
  uint64_t q = c->qcount.load(std::memory_order_relaxed);  // under lock
  if (q < c->dataqsiz) {
    copyelem(c, chanbuf(c, c->sendx), ep);
    c->sendx++;
    if (c->sendx == c->dataqsiz) c->sendx = 0;
    c->qcount.store(q + 1, std::memory_order_relaxed);  // under lock; fast-path readers only hint
    c->lock.unlock();
    return true;
  }
  if (!block) {
    c->lock.unlock();
    return false;
  }
  // Block: park on sendq with our value's address; a receiver copies it out.
  bool closed = !parkOnQueue(g, c, c->sendq, const_cast<void*>(ep), waitreason::ChanSend);
  if (closed) {
    if (c->closed.load() == 0) throw_("chansend: spurious wakeup");
    panic_plain(g, "send on closed channel");
  }
  return true;
}

bool chanrecv(G* g, Hchan* c, void* ep, bool block, bool* received) {
  *received = false;
  if (c == nullptr) {
    if (!block) return false;
    block_forever(g, waitreason::ChanReceiveNilChan);
  }
  // Fast path for an empty buffered channel (chan.go's empty()): as there, check
  // closed after seeing empty, then empty again, so a close-then-drain race reports
  // a state that existed. seq_cst loads order the three reads.
  if (!block && c->dataqsiz > 0 && c->qcount.load() == 0) {
    if (c->closed.load() == 0) return false;
    if (c->qcount.load() == 0) {
      if (ep != nullptr && c->elemsize != 0) memset(ep, 0, c->elemsize);
      return true;
    }
  }
  c->lock.lock();
  if (c->closed.load(std::memory_order_relaxed) != 0) {  // under lock
    if (c->qcount.load(std::memory_order_relaxed) == 0) {
      c->lock.unlock();
      if (ep != nullptr && c->elemsize != 0) memset(ep, 0, c->elemsize);
      return true;
    }
  } else if (Sudog* sg = c->sendq.dequeue()) {
    recv(c, sg, ep, unlockchan, c);
    *received = true;
    return true;
  }
  uint64_t q = c->qcount.load(std::memory_order_relaxed);  // under lock
  if (q > 0) {
    uint8_t* qp = chanbuf(c, c->recvx);
    if (ep != nullptr) copyelem(c, ep, qp);
    if (c->elemsize != 0) memset(qp, 0, c->elemsize);  // drop the reference for a collector
    c->recvx++;
    if (c->recvx == c->dataqsiz) c->recvx = 0;
    c->qcount.store(q - 1, std::memory_order_relaxed);  // under lock; fast-path readers only hint
    c->lock.unlock();
    *received = true;
    return true;
  }
  if (!block) {
    c->lock.unlock();
    return false;
  }
  // Block: park on recvq with our destination's address; a sender copies into it.
  *received = parkOnQueue(g, c, c->recvq, ep, waitreason::ChanReceive);
  return true;
}

void closechan(G* g, Hchan* c) {
  if (c == nullptr) panic_plain(g, "close of nil channel");
  c->lock.lock();
  if (c->closed.load(std::memory_order_relaxed) != 0) {  // under lock
    c->lock.unlock();
    panic_plain(g, "close of closed channel");
  }
  c->closed.store(1);  // seq_cst: read by the lock-free receive fast path
  G* glist = nullptr;
  // Release all readers: they get zero values and ok=false.
  while (Sudog* sg = c->recvq.dequeue()) {
    if (sg->elem != nullptr) {
      if (c->elemsize != 0) memset(sg->elem, 0, c->elemsize);
      sg->elem = nullptr;
    }
    G* gp = sg->g;
    gp->param = sg;
    sg->success = false;
    gp->schedlink = glist;
    glist = gp;
  }
  // Release all writers: they will panic.
  while (Sudog* sg = c->sendq.dequeue()) {
    sg->elem = nullptr;
    G* gp = sg->g;
    gp->param = sg;
    sg->success = false;
    gp->schedlink = glist;
    glist = gp;
  }
  c->lock.unlock();
  // Ready them all now that the lock is dropped.
  while (glist != nullptr) {
    G* gp = glist;
    glist = gp->schedlink;
    gp->schedlink = nullptr;
    goready(gp);
  }
}

}  // namespace mgo::rt

using namespace mgo::rt;

extern "C" {

void* mgo_rt_makechan(G* g, const TypeDesc* chantype, int64_t size) {
  return makechan(g, chantype->elem, size);
}
void mgo_rt_chansend(G* g, void* c, const void* elem) {
  chansend(g, static_cast<Hchan*>(c), elem, true);
}
bool mgo_rt_chanrecv(G* g, void* c, void* elem) {
  bool received;
  chanrecv(g, static_cast<Hchan*>(c), elem, true, &received);
  return received;
}
void mgo_rt_closechan(G* g, void* c) { closechan(g, static_cast<Hchan*>(c)); }
int64_t mgo_rt_chanlen(void* c) {
  if (c == nullptr) return 0;
  return static_cast<int64_t>(static_cast<Hchan*>(c)->qcount.load(std::memory_order_relaxed));  // racy by definition, as Go's len(ch)
}
int64_t mgo_rt_chancap(void* c) {
  if (c == nullptr) return 0;
  return static_cast<int64_t>(static_cast<Hchan*>(c)->dataqsiz);
}
bool mgo_rt_selectnbsend(G* g, void* c, const void* elem) {
  return chansend(g, static_cast<Hchan*>(c), elem, false);
}
bool mgo_rt_selectnbrecv(G* g, void* c, void* elem, bool* received) {
  bool r;
  bool selected = chanrecv(g, static_cast<Hchan*>(c), elem, false, &r);
  if (received != nullptr) *received = r;
  return selected;
}

}  // extern "C"
