// runtime_pkg.cc — the extern table entries of package runtime (stdlib/go/runtime.go).
// Gosched, Goexit, NumGoroutine, NumCPU, GOMAXPROCS, LockOSThread and UnlockOSThread are
// implemented by the scheduler (runtime/proc.cc, runtime/lockosthread.cc) and only listed here, referenced weakly so that a name the scheduler
// has not provided yet is simply absent (a program using it fails to link by name).
// ReadMemStats is implemented here from the allocator's counters (runtime/malloc.h).
#include <cstring>

#include "runtime/malloc.h"
#include "runtime/rt.h"
#include "stdlib/symbols.h"

extern "C" {
__attribute__((weak)) void mgo_runtime_Gosched(G* g);
__attribute__((weak)) void mgo_runtime_Goexit(G* g);
__attribute__((weak)) int64_t mgo_runtime_NumGoroutine(G* g);
__attribute__((weak)) int64_t mgo_runtime_NumCPU(G* g);
__attribute__((weak)) int64_t mgo_runtime_GOMAXPROCS(G* g, int64_t n);
__attribute__((weak)) void mgo_runtime_LockOSThread(G* g);
__attribute__((weak)) void mgo_runtime_UnlockOSThread(G* g);
}

namespace {

// Go's runtime.MemStats, field for field (runtime.go declares the same struct).
struct GoMemStats {
  uint64_t Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees, HeapAlloc, HeapSys, HeapIdle, HeapInuse,
      HeapReleased, HeapObjects, StackInuse, StackSys, MSpanInuse, MSpanSys, MCacheInuse, MCacheSys,
      BuckHashSys, GCSys, OtherSys, NextGC, LastGC, PauseTotalNs;
  uint64_t PauseNs[256];
  uint64_t PauseEnd[256];
  uint32_t NumGC, NumForcedGC;
  double GCCPUFraction;
  bool EnableGC, DebugGC;
  struct {
    uint32_t Size;
    uint64_t Mallocs, Frees;
  } BySize[61];
};

}  // namespace

extern "C" void mgo_runtime_ReadMemStats(G* g, GoMemStats* m) {
  mgo::rt::MemStats s = mgo::rt::read_memstats();
  memset(m, 0, sizeof *m);
  m->Alloc = m->HeapAlloc = s.heap_alloc;
  m->TotalAlloc = s.total_alloc;
  m->Sys = m->HeapSys = s.heap_sys;
  m->HeapInuse = s.heap_alloc;
  m->HeapIdle = s.heap_sys > s.heap_alloc ? s.heap_sys - s.heap_alloc : 0;
  m->Mallocs = s.mallocs;
  m->Frees = s.frees;
  m->HeapObjects = s.mallocs - s.frees;
  m->NextGC = 4 << 20;
  m->EnableGC = true;
}

namespace mgo::std {

const ExternSymbol* runtime_symbols() {
  static const ExternSymbol table[] = {
      {"mgo_runtime_Gosched", reinterpret_cast<void*>(&mgo_runtime_Gosched)},
      {"mgo_runtime_Goexit", reinterpret_cast<void*>(&mgo_runtime_Goexit)},
      {"mgo_runtime_NumGoroutine", reinterpret_cast<void*>(&mgo_runtime_NumGoroutine)},
      {"mgo_runtime_NumCPU", reinterpret_cast<void*>(&mgo_runtime_NumCPU)},
      {"mgo_runtime_GOMAXPROCS", reinterpret_cast<void*>(&mgo_runtime_GOMAXPROCS)},
      {"mgo_runtime_LockOSThread", reinterpret_cast<void*>(&mgo_runtime_LockOSThread)},
      {"mgo_runtime_UnlockOSThread", reinterpret_cast<void*>(&mgo_runtime_UnlockOSThread)},
      MGO_SYM(mgo_runtime_ReadMemStats),
      {nullptr, nullptr},
  };
  return table;
}

}  // namespace mgo::std
