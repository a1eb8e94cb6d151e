// stack.cc — see stack.h. Also the slow path of the prologue check, mgo_rt_morestack.
//
// Goroutine stacks are carved from chunks of kChunkStacks stacks, each chunk one
// mmap(PROT_READ|PROT_WRITE, MAP_NORESERVE): untouched pages cost nothing. The chunk's
// lowest page is PROT_NONE, but stacks inside a chunk have no guard page of their own
// (one per stack would split the mapping into 2 VMAs per goroutine); the stackguard0
// check in compiled prologues is what keeps a goroutine inside its stack.
// Freed stacks go on a free list (stack_lock), and their pages are handed back with
// MADV_DONTNEED only when the list is long.
//
// Lock order: stack_lock is a leaf.
#include "runtime/stack.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <vector>

#include "runtime/proc.h"
#include "runtime/rt.h"

namespace mgo::rt {
namespace {

constexpr uintptr_t kChunkStacks = 64;
constexpr uintptr_t kPage = 4096;

std::mutex stack_lock;
std::vector<Stack> stack_free;  // guarded by stack_lock
std::atomic<int64_t> stack_inuse{0};

void* reserve(uintptr_t bytes) {
  void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) {
    fprintf(stderr, "fatal error: runtime: cannot allocate memory\n");
    _exit(2);
  }
  return p;
}

}  // namespace

Stack stackalloc() {
  stack_inuse.fetch_add(1, std::memory_order_relaxed);  // a counter only: no partner
  std::lock_guard<std::mutex> lk(stack_lock);
  if (stack_free.empty()) {
    uintptr_t base = reinterpret_cast<uintptr_t>(reserve(kChunkStacks * kGoroutineStack + kPage));
    mprotect(reinterpret_cast<void*>(base), kPage, PROT_NONE);
    base += kPage;
    for (uintptr_t i = kChunkStacks; i-- > 0;) {
      stack_free.push_back(Stack{base + i * kGoroutineStack, base + (i + 1) * kGoroutineStack});
    }
  }
  Stack s = stack_free.back();
  stack_free.pop_back();
  return s;
}

void stackfree(Stack s) {
  stack_inuse.fetch_sub(1, std::memory_order_relaxed);  // a counter only: no partner
  std::lock_guard<std::mutex> lk(stack_lock);
  if (stack_free.size() > 1024) {
    madvise(reinterpret_cast<void*>(s.lo), s.hi - s.lo, MADV_DONTNEED);
  }
  stack_free.push_back(s);
}

Stack stackalloc_main() {
  stack_inuse.fetch_add(1, std::memory_order_relaxed);  // a counter only: no partner
  uintptr_t bytes = kMaxStackBytes + kStackRedZone + kPage;
  bytes = (bytes + kPage - 1) & ~(kPage - 1);
  uintptr_t base = reinterpret_cast<uintptr_t>(reserve(bytes));
  mprotect(reinterpret_cast<void*>(base), kPage, PROT_NONE);
  return Stack{base + kPage, base + bytes};
}

void stackfree_main(Stack s) {
  stack_inuse.fetch_sub(1, std::memory_order_relaxed);  // a counter only: no partner
  munmap(reinterpret_cast<void*>(s.lo - kPage), s.hi - s.lo + kPage);
}

int64_t stacks_in_use() { return stack_inuse.load(); }

}  // namespace mgo::rt

using namespace mgo::rt;

extern "C" void mgo_rt_morestack(G* g, uint64_t framesize) {
  uintptr_t guard = g->stackguard0.load(std::memory_order_relaxed);
  if (guard == StackPreempt) {
    // A preemption request (sysmon, or a test). Restore the real guard before yielding:
    // the request is served by this yield. Partner: the StackPreempt store in preemptone.
    g->stackguard0.store(g->stack.lo + kStackRedZone, std::memory_order_relaxed);
    gosched(g);
    return;
  }
  uintptr_t sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  fprintf(stderr, "runtime: goroutine stack exceeds %llu-byte limit\n",
          static_cast<unsigned long long>(kMaxStackBytes));
  fprintf(stderr, "runtime: sp=%#llx stack=[%#llx, %#llx]\n",
          static_cast<unsigned long long>(sp), static_cast<unsigned long long>(g->stack.lo),
          static_cast<unsigned long long>(g->stack.hi));
  fprintf(stderr, "fatal error: stack overflow\n\n");
  fprintf(stderr, "goroutine %lld [running]:\n", static_cast<long long>(g->goid));
  _exit(2);
}
