// runtime_symbols.cc — the host functions JIT code may call, registered by name.
//
// Every runtime entry point of runtime/rt.h (and the sync externs of runtime/sema.h, which
// stdlib's table references only weakly) is listed once below: MGO_RT_SYMBOLS are
// referenced strongly (which also makes the linker pull their object files out of the
// static runtime library: a weak reference would not); MGO_RT_WEAK_SYMBOLS are entry
// points declared in rt.h ahead of their implementation: referenced weakly, absent from
// the JIT's symbol table until implemented (a program needing one then fails to link with
// "symbol not found" instead of the build failing). The stdlib's C++
// halves come from mgo::std::extern_symbols() (stdlib/symbols.h). A few libc
// functions that lowered IR calls directly (_setjmp, memcpy, memmove, memset, memcmp)
// are registered explicitly so they do not depend on the process-symbol generator.
//
// Invariant: adding an entry point to rt.h means adding its name here in the same change.
#include <csetjmp>
#include <cstring>

#include "jit/engine.h"
#include "runtime/rt.h"
#include "runtime/sema.h"
#include "stdlib/symbols.h"

#define MGO_RT_SYMBOLS(X) \
  X(mgo_rt_block) \
  X(mgo_rt_chancap) \
  X(mgo_rt_chanlen) \
  X(mgo_rt_chanrecv) \
  X(mgo_rt_chansend) \
  X(mgo_rt_closechan) \
  X(mgo_rt_cmpstring) \
  X(mgo_rt_concatstrings) \
  X(mgo_rt_decoderune) \
  X(mgo_rt_defer) \
  X(mgo_rt_deferclaim) \
  X(mgo_rt_deferforward) \
  X(mgo_rt_deferframe_push) \
  X(mgo_rt_deferreturn) \
  X(mgo_rt_efaceeq) \
  X(mgo_rt_eqstring) \
  X(mgo_rt_exit) \
  X(mgo_rt_getitab) \
  X(mgo_rt_gopanic) \
  X(mgo_rt_gorecover) \
  X(mgo_rt_gorecover_cfa) \
  X(mgo_rt_growslice) \
  X(mgo_rt_intstring) \
  X(mgo_rt_makechan) \
  X(mgo_rt_makemap) \
  X(mgo_rt_makeslice) \
  X(mgo_rt_mallocgc) \
  X(mgo_rt_mapaccess1) \
  X(mgo_rt_mapaccess2) \
  X(mgo_rt_mapassign) \
  X(mgo_rt_mapdelete) \
  X(mgo_rt_mapiterinit) \
  X(mgo_rt_mapiternext) \
  X(mgo_rt_maplen) \
  X(mgo_rt_morestack) \
  X(mgo_rt_morestack_call) \
  X(mgo_rt_newobject) \
  X(mgo_rt_newproc) \
  X(mgo_rt_panicIndex) \
  X(mgo_rt_panicSlice) \
  X(mgo_rt_panicdivide) \
  X(mgo_rt_panicdottype) \
  X(mgo_rt_panicmem) \
  X(mgo_rt_panicnilmap) \
  X(mgo_rt_panicshift) \
  X(mgo_rt_panicunhashable) \
  X(mgo_rt_preemptcheck) \
  X(mgo_rt_printbool) \
  X(mgo_rt_printcomplex) \
  X(mgo_rt_printeface) \
  X(mgo_rt_printfloat) \
  X(mgo_rt_printint) \
  X(mgo_rt_printlock) \
  X(mgo_rt_printnl) \
  X(mgo_rt_printpointer) \
  X(mgo_rt_printslice) \
  X(mgo_rt_printsp) \
  X(mgo_rt_printstring) \
  X(mgo_rt_printuint) \
  X(mgo_rt_printunlock) \
  X(mgo_rt_selectgo) \
  X(mgo_rt_selectnbrecv) \
  X(mgo_rt_selectnbsend) \
  X(mgo_rt_slicebytetostring) \
  X(mgo_rt_slicerunetostring) \
  X(mgo_rt_stringtoslicebyte) \
  X(mgo_rt_stringtoslicerune) \
  X(mgo_rt_typeeq) \
  X(mgo_runtime_GOMAXPROCS) \
  X(mgo_runtime_Goexit) \
  X(mgo_runtime_Gosched) \
  X(mgo_runtime_NumCPU) \
  X(mgo_runtime_NumGoroutine) \
  X(mgo_sync_Mutex_Lock) \
  X(mgo_sync_Mutex_TryLock) \
  X(mgo_sync_Mutex_Unlock) \
  X(mgo_sync_Mutex_lockSlow) \
  X(mgo_sync_Mutex_unlockSlow) \
  X(mgo_sync_WaitGroup_Add) \
  X(mgo_sync_WaitGroup_Done) \
  X(mgo_sync_WaitGroup_Wait) \
  X(mgo_sync_atomic_AddInt32) \
  X(mgo_sync_atomic_AddInt64) \
  X(mgo_sync_atomic_AddUint32) \
  X(mgo_sync_atomic_AddUint64) \
  X(mgo_sync_atomic_CompareAndSwapInt32) \
  X(mgo_sync_atomic_CompareAndSwapInt64) \
  X(mgo_sync_atomic_CompareAndSwapUint32) \
  X(mgo_sync_atomic_CompareAndSwapUint64) \
  X(mgo_sync_atomic_LoadInt32) \
  X(mgo_sync_atomic_LoadInt64) \
  X(mgo_sync_atomic_LoadUint32) \
  X(mgo_sync_atomic_LoadUint64) \
  X(mgo_sync_atomic_StoreInt32) \
  X(mgo_sync_atomic_StoreInt64) \
  X(mgo_sync_atomic_StoreUint32) \
  X(mgo_sync_atomic_StoreUint64) \
  X(mgo_sync_atomic_SwapInt32) \
  X(mgo_sync_atomic_SwapInt64) \
  X(mgo_sync_atomic_SwapUint32) \
  X(mgo_sync_atomic_SwapUint64) \

#define MGO_RT_WEAK_SYMBOLS(X)

#define MGO_DECLARE_WEAK(s) MGO_PRAGMA_WEAK(weak s)
#define MGO_PRAGMA_WEAK(x) _Pragma(#x)
MGO_RT_WEAK_SYMBOLS(MGO_DECLARE_WEAK)

extern "C" int _setjmp(struct __jmp_buf_tag*);

namespace mgo::jit {

void addHostSymbols(llvm::orc::SymbolMap& map, llvm::orc::MangleAndInterner& mangle) {
  auto add = [&](const char* name, const void* addr) {
    if (!addr) return;
    map[mangle(name)] = {llvm::orc::ExecutorAddr::fromPtr(addr),
                         llvm::JITSymbolFlags::Exported | llvm::JITSymbolFlags::Callable};
  };
#define MGO_ADD(s) add(#s, reinterpret_cast<const void*>(&s));
  MGO_RT_SYMBOLS(MGO_ADD)
  MGO_RT_WEAK_SYMBOLS(MGO_ADD)
#undef MGO_ADD
  for (const auto* e = ::mgo::std::extern_symbols(); e && e->name; ++e) add(e->name, e->addr);
  add("_setjmp", reinterpret_cast<const void*>(&_setjmp));
  add("memcpy", reinterpret_cast<const void*>(&memcpy));
  add("memmove", reinterpret_cast<const void*>(&memmove));
  add("memset", reinterpret_cast<const void*>(&memset));
  add("memcmp", reinterpret_cast<const void*>(&memcmp));
}

bool hostHasSymbol(const char* name) {
  static llvm::StringMap<bool> have = [] {
    llvm::StringMap<bool> m;
#define MGO_HAVE(s) m[#s] = reinterpret_cast<const void*>(&s) != nullptr;
    MGO_RT_SYMBOLS(MGO_HAVE)
    MGO_RT_WEAK_SYMBOLS(MGO_HAVE)
#undef MGO_HAVE
    return m;
  }();
  auto it = have.find(name);
  return it != have.end() && it->second;
}

}  // namespace mgo::jit
