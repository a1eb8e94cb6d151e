// sync_pkg.cc — the extern table entries of packages sync and sync/atomic
// (stdlib/go/sync.go, sync_atomic.go). They are implemented by the scheduler
// (runtime/sema.cc, declared in runtime/sema.h) and only listed here, referenced weakly:
// a name the runtime does not provide yet is left out of the table.
#include "runtime/rt.h"
#include "stdlib/symbols.h"

#define MGO_SYNC_EXTERNS(X)                                                                  \
  X(mgo_sync_Mutex_Lock) X(mgo_sync_Mutex_Unlock) X(mgo_sync_Mutex_TryLock)                  \
  X(mgo_sync_WaitGroup_Add) X(mgo_sync_WaitGroup_Done) X(mgo_sync_WaitGroup_Wait)            \
  X(mgo_sync_runtime_Semacquire) X(mgo_sync_runtime_SemacquireMutex)                         \
  X(mgo_sync_runtime_Semrelease) X(mgo_sync_runtime_notifyListAdd)                           \
  X(mgo_sync_runtime_notifyListWait) X(mgo_sync_runtime_notifyListNotifyAll)                 \
  X(mgo_sync_runtime_notifyListNotifyOne) X(mgo_sync_fatal) X(mgo_sync_copyChecker_check)    \
  X(mgo_sync_atomic_AddInt32) X(mgo_sync_atomic_AddInt64) X(mgo_sync_atomic_AddUint32)       \
  X(mgo_sync_atomic_AddUint64) X(mgo_sync_atomic_LoadInt32) X(mgo_sync_atomic_LoadInt64)     \
  X(mgo_sync_atomic_LoadUint32) X(mgo_sync_atomic_LoadUint64) X(mgo_sync_atomic_StoreInt32)  \
  X(mgo_sync_atomic_StoreInt64) X(mgo_sync_atomic_StoreUint32) X(mgo_sync_atomic_StoreUint64) \
  X(mgo_sync_atomic_CompareAndSwapInt32) X(mgo_sync_atomic_CompareAndSwapInt64)              \
  X(mgo_sync_atomic_CompareAndSwapUint32) X(mgo_sync_atomic_CompareAndSwapUint64)            \
  X(mgo_sync_atomic_SwapInt32) X(mgo_sync_atomic_SwapInt64) X(mgo_sync_atomic_SwapUint32)    \
  X(mgo_sync_atomic_SwapUint64)

// Declared with a dummy signature: only their addresses are taken.
#define MGO_DECLARE_WEAK(name) __attribute__((weak)) void name();
extern "C" {
MGO_SYNC_EXTERNS(MGO_DECLARE_WEAK)
}
#undef MGO_DECLARE_WEAK

namespace mgo::std {

const ExternSymbol* sync_symbols() {
#define MGO_ENTRY(name) {#name, reinterpret_cast<void*>(&name)},
  static const ExternSymbol table[] = {MGO_SYNC_EXTERNS(MGO_ENTRY){nullptr, nullptr}};
#undef MGO_ENTRY
  return table;
}

}  // namespace mgo::std
