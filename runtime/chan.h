// chan.h — Go channels, after chan.go.
//
// Invariants (chan.go's, restated; all under hchan.lock):
//   - at least one of sendq and recvq is empty, except for an unbuffered channel with a
//     single G blocked on both sides via select (then the sends and receives pair up
//     through select's own locking);
//   - buffered: qcount > 0 implies recvq is empty; qcount < dataqsiz implies sendq is
//     empty.
// A sender that finds a parked receiver copies straight into the receiver's elem slot
// (which may be on the receiver's stack: stacks never move) and readies it; likewise a
// receiver that finds a parked sender. Close wakes every parked G, with success=false.
// Lock-free fast paths read only qcount and closed (atomics), as chan.go's full/empty.
#pragma once
#include <cstdint>

#include "runtime/runtime2.h"
#include "runtime/sudog.h"

namespace mgo::rt {

struct Hchan {
  std::atomic<uint64_t> qcount{0};  // elements in buf; written under lock, read racily by len() and fast paths
  uint64_t dataqsiz = 0;          // capacity
  uint8_t* buf = nullptr;         // dataqsiz elements
  uint64_t elemsize = 0;
  std::atomic<uint32_t> closed{0};  // written under lock, read by the fast paths
  const TypeDesc* elemtype = nullptr;
  uint64_t sendx = 0;             // send index into buf
  uint64_t recvx = 0;             // receive index into buf
  WaitQ recvq;                    // parked receivers
  WaitQ sendq;                    // parked senders
  Mutex lock;                     // protects everything above that is not atomic
};

Hchan* makechan(G* g, const TypeDesc* elemtype, int64_t size);
// block=false: the select-with-default forms; return false when the op would block.
bool chansend(G* g, Hchan* c, const void* ep, bool block);
// Returns selected; *received says whether a value (not a close) was delivered.
bool chanrecv(G* g, Hchan* c, void* ep, bool block, bool* received);
void closechan(G* g, Hchan* c);

// gopark's unlockf for a channel lock (select.go uses it too).
bool chanparkcommit(G* gp, void* chanLock);

// The hand-off to a parked partner, shared with select.cc (chan.go's send/recv): c is
// locked and sg was dequeued from it; copies the element, calls unlockf(arg) (which
// releases c's lock, and for select every other channel lock it holds), then readies
// sg's G with success=true.
void send(Hchan* c, Sudog* sg, const void* ep, void (*unlockf)(void*), void* arg);
void recv(Hchan* c, Sudog* sg, void* ep, void (*unlockf)(void*), void* arg);

}  // namespace mgo::rt
