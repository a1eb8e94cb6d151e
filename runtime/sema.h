// sema.h — semaphores for sync, after Go's sema.go, and on them the C halves of package
// sync (Mutex, WaitGroup) and sync/atomic, which the stdlib's Go files wrap.
//
// semacquire(addr) waits until *addr > 0 and decrements it; semrelease(addr) increments
// it and wakes one waiter. Waiters park on sudogs in a table of 251 semaRoots hashed by
// address; each root keeps, per address, a FIFO of sudogs (Go keeps a treap of
// addresses per root for O(log n) lookup; a root here keeps a short list, since
// distinct contended addresses that hash to one root are rare).
// The root's nwait counter lets semrelease skip the lock when nobody waits: a waiter
// increments nwait *before* re-checking *addr, a releaser increments *addr *before*
// reading nwait (both seq_cst), so one of them sees the other.
// Notify lists (sync.Cond, Go's notifyList) live here too: tickets taken before the
// Cond's lock is released, waiters parked per ticket under the sema root lock of the
// list's address (sema.cc).
#pragma once
#include <cstdint>

#include "runtime/runtime2.h"

namespace mgo::rt {

// lifo: queue at the head (sync.Mutex waiters that already waited once).
void semacquire1(G* g, uint32_t* addr, bool lifo, const char* reason);
// handoff: give the count straight to the woken waiter and yield to it (starving Mutex).
void semrelease1(G* g, uint32_t* addr, bool handoff);

// sync.Cond's notify list; LAYOUT SHARED with stdlib/go/sync.go's notifyList:
//   wait, notify uint32; head, tail uintptr
// wait is the next ticket to hand out, notify the next to wake; head/tail the parked
// waiters in ticket order (guarded by the sema root lock of &wait).
struct NotifyList {
  uint32_t wait;
  uint32_t notify;
  Sudog* head;
  Sudog* tail;
};
static_assert(sizeof(NotifyList) == 24, "NotifyList layout is shared with sync.go's notifyList");
uint32_t notifyListAdd(NotifyList* l);                   // takes a ticket
void notifyListWait(G* g, NotifyList* l, uint32_t t);  // parks until ticket t is served
void notifyListNotifyAll(NotifyList* l);
void notifyListNotifyOne(NotifyList* l);

}  // namespace mgo::rt

extern "C" {
// sync.Mutex: type Mutex struct { state int32; sema uint32 }  (Go's layout)
void mgo_sync_Mutex_Lock(G* g, void* m);
void mgo_sync_Mutex_Unlock(G* g, void* m);
bool mgo_sync_Mutex_TryLock(G* g, void* m);
// Lock after the fast path's load saw a non-zero state or its CAS 0 -> mutexLocked failed;
// Unlock after its add left nw != 0. The JIT inlines the fast paths and calls these
// (jit/codegen_intrinsics.cc).
void mgo_sync_Mutex_lockSlow(G* g, void* m);
void mgo_sync_Mutex_unlockSlow(G* g, void* m, int32_t nw);
// sync.WaitGroup: type WaitGroup struct { state uint64; sema uint32 }
//   state: counter in the high 32 bits, waiter count in the low 32 (Go's state1).
void mgo_sync_WaitGroup_Add(G* g, void* wg, int64_t delta);
void mgo_sync_WaitGroup_Done(G* g, void* wg);
void mgo_sync_WaitGroup_Wait(G* g, void* wg);
// package sync's runtime hooks (stdlib/go/sync.go: RWMutex and Cond are Go code on them).
void mgo_sync_runtime_Semacquire(G* g, uint32_t* s);
void mgo_sync_runtime_SemacquireMutex(G* g, uint32_t* s, bool lifo);
void mgo_sync_runtime_Semrelease(G* g, uint32_t* s, bool handoff);
uint32_t mgo_sync_runtime_notifyListAdd(G* g, mgo::rt::NotifyList* l);
void mgo_sync_runtime_notifyListWait(G* g, mgo::rt::NotifyList* l, uint32_t t);
void mgo_sync_runtime_notifyListNotifyAll(G* g, mgo::rt::NotifyList* l);
void mgo_sync_runtime_notifyListNotifyOne(G* g, mgo::rt::NotifyList* l);
// sync.fatal: "fatal error: MSG", goroutine header, exit 2; not recoverable (Go 1.19's
// RWMutex misuse).
[[noreturn]] void mgo_sync_fatal(G* g, const uint8_t* p, int64_t n);
// sync.copyChecker.check: panics "sync.Cond is copied" when *c records another address.
void mgo_sync_copyChecker_check(G* g, uintptr_t* c);
// sync/atomic (package path sync/atomic -> mgo_sync_atomic_*). A nil pointer panics
// with Go's nil dereference error.
int32_t mgo_sync_atomic_AddInt32(G* g, int32_t* p, int32_t d);
int64_t mgo_sync_atomic_AddInt64(G* g, int64_t* p, int64_t d);
uint32_t mgo_sync_atomic_AddUint32(G* g, uint32_t* p, uint32_t d);
uint64_t mgo_sync_atomic_AddUint64(G* g, uint64_t* p, uint64_t d);
int32_t mgo_sync_atomic_LoadInt32(G* g, int32_t* p);
int64_t mgo_sync_atomic_LoadInt64(G* g, int64_t* p);
uint32_t mgo_sync_atomic_LoadUint32(G* g, uint32_t* p);
uint64_t mgo_sync_atomic_LoadUint64(G* g, uint64_t* p);
void mgo_sync_atomic_StoreInt32(G* g, int32_t* p, int32_t v);
void mgo_sync_atomic_StoreInt64(G* g, int64_t* p, int64_t v);
void mgo_sync_atomic_StoreUint32(G* g, uint32_t* p, uint32_t v);
void mgo_sync_atomic_StoreUint64(G* g, uint64_t* p, uint64_t v);
bool mgo_sync_atomic_CompareAndSwapInt32(G* g, int32_t* p, int32_t old, int32_t nw);
bool mgo_sync_atomic_CompareAndSwapInt64(G* g, int64_t* p, int64_t old, int64_t nw);
bool mgo_sync_atomic_CompareAndSwapUint32(G* g, uint32_t* p, uint32_t old, uint32_t nw);
bool mgo_sync_atomic_CompareAndSwapUint64(G* g, uint64_t* p, uint64_t old, uint64_t nw);
int32_t mgo_sync_atomic_SwapInt32(G* g, int32_t* p, int32_t v);
int64_t mgo_sync_atomic_SwapInt64(G* g, int64_t* p, int64_t v);
uint32_t mgo_sync_atomic_SwapUint32(G* g, uint32_t* p, uint32_t v);
uint64_t mgo_sync_atomic_SwapUint64(G* g, uint64_t* p, uint64_t v);
}  // extern "C"
