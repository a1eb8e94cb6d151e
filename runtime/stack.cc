// stack.cc — segmented goroutine stacks (see stack.h): the chain of segments of a G, the
// slow path of the prologue check (mgo_rt_morestack_call, Go's newstack: preemption and
// growth in one function), the stack-overflow report, and the unwinding of the chain for
// recovered panics and exiting goroutines.
//
// Growth (compiled function F found sp - FRAME below the guard):
//   F's cold block packs its incoming arguments and calls
//     mgo_rt_morestack_call(g, FRAME, &F$morestack, &pack)
//   which, unless the guard held StackPreempt (then: restore it, yield, and run the
//   trampoline right here: F checks again on entry), takes a segment of at least max(2 x current, FRAME + red zone) — the G's
//   spare first, else the pool — links it on top of the chain, makes it g->stack, and
//   runs F$morestack(&pack) on it (mgo_rt_callonstack: switches sp, calls, switches back;
//   CFI lets debuggers and unwinders walk across). F$morestack calls F, which passes its
//   check on the new segment and runs; its result goes back through the pack. On return
//   the segment is unlinked and kept as the spare (the larger of the two stays), so a
//   call oscillating at a boundary allocates nothing.
//   Between link and unlink the goroutine may park and resume on another M: nothing here
//   caches thread-locals across mgo_rt_callonstack.
//
// Limit: when the chain's total would pass kMaxStackBytes, Go's report ("runtime:
// goroutine stack exceeds 1000000000-byte limit", "fatal error: stack overflow") and
// exit status 2, from the goroutine's current stack (the red zone is enough for it).
//
// The guard word is also sysmon's preemption flag: a store of a real guard here leaves a
// pending StackPreempt in place (setstack).
#include "runtime/stack.h"

#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <cstring>

#include "runtime/fatal.h"
#include "runtime/proc.h"
#include "runtime/rt.h"
#include "runtime/stackseg.h"

// callonstack_amd64.S: switches sp to `sp` (16-byte aligned), calls fn(arg), switches back.
extern "C" void mgo_rt_callonstack(uintptr_t sp, void (*fn)(void*), void* arg);

namespace mgo::rt {
namespace {

constexpr uintptr_t kPage = 4096;

std::atomic<int64_t> base_inuse{0};
std::atomic<uintptr_t> first_segment{kHostFirstSegment};
int stats_mode = -1;

StackSeg* curseg(G* gp) { return reinterpret_cast<StackSeg*>(gp->stack.hi); }

// Makes s gp's current segment; keeps a pending preemption request in the guard. A
// request that lands between the load and the store is lost, which proc.go's
// preemptone contract allows: sysmon repeats it every tick while the G keeps running.
// (A CAS here cost a locked instruction on every boundary crossing.)
void setstack(G* gp, StackSeg* s) {
  gp->stack = Stack{s->lo, reinterpret_cast<uintptr_t>(s)};
  // relaxed: the partner is sysmon's relaxed StackPreempt store (proc.cc preemptone).
  if (gp->stackguard0.load(std::memory_order_relaxed) != StackPreempt) {
    gp->stackguard0.store(s->lo + kStackRedZone, std::memory_order_relaxed);
  }
}

void print_stats() {
  StackStats s = stack_stats();
  ErrWriter w;
  w.str("mgo stacks: mapped=").i64(s.mapped).str(" links=").i64(s.links)
      .str(" spare_hits=").i64(s.spare_hits).str(" pool_hits=").i64(s.pool_hits)
      .str(" inuse=").i64(s.inuse).str(" cached=").i64(s.cached)
      .str(" released=").i64(s.released).str(" scavenged=").i64(s.scavenged)
      .str(" scavenged_bytes=").i64(s.scavenged_bytes).str(" pcached=").i64(s.pcached)
      .str(" pcache_hits=").i64(s.pcache_hits).str(" pcache_refills=").i64(s.pcache_refills)
      .str(" pcache_drains=").i64(s.pcache_drains).str(" pcache_flushes=").i64(s.pcache_flushes);
  if (stack_paint_enabled()) w.str(" max_redzone_use=").i64(s.max_redzone_use);
  w.ch('\n');
}

void init_options() {
  if (stats_mode >= 0) return;
  const char* d = getenv("GODEBUG");
  stats_mode = d != nullptr && strstr(d, "mgostackstats=1") != nullptr;
  if (stats_mode == 1) add_exit_hook(print_stats);
  (void)stack_paint_enabled();
}

[[noreturn]] void stackoverflow(G* gp, uintptr_t sp) {
  ErrWriter w;
  w.str("runtime: goroutine stack exceeds ").u64(kMaxStackBytes).str("-byte limit\n");
  w.str("runtime: sp=").hex(sp).str(" stack=[").hex(gp->stack.lo).str(", ")
      .hex(gp->stack.hi).str("]\n");
  w.str("fatal error: stack overflow\n\ngoroutine ").i64(gp->goid).str(" [running]:\n");
  w.flush();
  exit(2);
}

// A new segment on top of gp's chain with room for `frame` bytes above its guard.
StackSeg* link(G* gp, uintptr_t frame, uintptr_t sp) {
  StackSeg* cur = curseg(gp);
  StackSeg* base = cur->base;
  uintptr_t need = frame + kStackRedZone + sizeof(StackSeg) + 256;
  uintptr_t size = segsize_for(need);
  if (size < 2 * cur->size) size = 2 * cur->size;
  StackSeg* ns = nullptr;
  bool spare = false;
  if (StackSeg* sp0 = base->spare; sp0 != nullptr && sp0->size >= size) {
    ns = sp0;
    base->spare = nullptr;
    spare = true;
  }
  uintptr_t total = cur->total + (ns != nullptr ? ns->size : size);
  if (total > kMaxStackBytes || total < cur->total) {
    if (ns != nullptr) base->spare = ns;
    stackoverflow(gp, sp);
  }
  if (ns == nullptr) ns = segalloc(size);
  ns->prev = cur;
  ns->base = base;
  ns->total = total;
  stats_add_link(spare, !spare);
  return ns;
}

// ns (gp's newest segment, no longer current) leaves the chain: kept as the spare when
// it is larger than the one kept, else back to the pool.
void unlink(StackSeg* ns) {
  StackSeg* base = ns->base;
  ns->prev = nullptr;
  segscan(ns);
  StackSeg* old = base->spare;
  if (old == nullptr || old->size < ns->size) {
    base->spare = ns;
    if (old != nullptr) segfree(old);
  } else {
    segfree(ns);
  }
}

// Runs fn(arg) on a fresh segment for `frame` bytes, then back (the shared part of
// mgo_rt_morestack_call and stack_call_with_room).
void run_on_new_segment(G* gp, uintptr_t frame, void (*fn)(void*), void* arg) {
  uintptr_t sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  StackSeg* cur = curseg(gp);
  StackSeg* ns = link(gp, frame, sp);
  setstack(gp, ns);
  mgo_rt_callonstack(reinterpret_cast<uintptr_t>(ns) & ~uintptr_t(15), fn, arg);
  // Maybe on another M now.
  if (curseg(gp) != ns) throw_("morestack: segment chain changed under a call");
  setstack(gp, cur);
  unlink(ns);
}

}  // namespace

void stack_set_first_segment(uintptr_t bytes) {
  first_segment.store(segsize_for(bytes < kFirstSegment ? kFirstSegment : bytes),
                      std::memory_order_relaxed);  // a setting; read by later stackallocs
}

Stack stackalloc() {
  init_options();
  StackSeg* s = segalloc(first_segment.load(std::memory_order_relaxed));
  s->base = s;
  s->total = s->size;
  base_inuse.fetch_add(1, std::memory_order_relaxed);  // a counter only: no partner
  return Stack{s->lo, reinterpret_cast<uintptr_t>(s)};
}

void stackfree(Stack st) {
  auto* s = reinterpret_cast<StackSeg*>(st.hi);
  if (s->prev != nullptr || s->base != s) throw_("stackfree: not a base segment");
  if (s->spare != nullptr) segfree(s->spare);
  s->spare = nullptr;
  base_inuse.fetch_sub(1, std::memory_order_relaxed);  // a counter only: no partner
  segfree(s);
}

Stack stackalloc_main() {
  init_options();
  base_inuse.fetch_add(1, std::memory_order_relaxed);  // a counter only: no partner
  uintptr_t bytes = kMaxStackBytes + kStackRedZone + kPage;
  bytes = (bytes + kPage - 1) & ~(kPage - 1);
  void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) fatal("out of memory");
  uintptr_t base = reinterpret_cast<uintptr_t>(p);
  mprotect(p, kPage, PROT_NONE);
  uintptr_t lo = base + kPage;
  uintptr_t h = (base + bytes - sizeof(StackSeg)) & ~uintptr_t(15);
  auto* s = new (reinterpret_cast<void*>(h)) StackSeg();
  s->lo = lo;
  s->size = base + bytes - lo;
  s->total = kMaxStackBytes;  // any growth of main is past the limit
  s->base = s;
  s->cls = kMainClass;
  return Stack{lo, h};
}

void stackfree_main(Stack st) {
  base_inuse.fetch_sub(1, std::memory_order_relaxed);  // a counter only: no partner
  auto* s = reinterpret_cast<StackSeg*>(st.hi);
  uintptr_t base = s->lo - kPage;
  munmap(reinterpret_cast<void*>(base), s->lo + s->size - base);
}

void stackreset(G* gp) {
  StackSeg* s = curseg(gp);
  if (s == nullptr) return;
  while (s->prev != nullptr) {
    StackSeg* p = s->prev;
    s->prev = nullptr;
    segfree(s);
    s = p;
  }
  if (s->spare != nullptr) {
    segfree(s->spare);
    s->spare = nullptr;
  }
  segscan(s);
  gp->stack = Stack{s->lo, reinterpret_cast<uintptr_t>(s)};
  gp->stackguard0.store(s->lo + kStackRedZone, std::memory_order_relaxed);  // G is dead
}

void stackunwind(G* gp, Stack target) {
  auto* want = reinterpret_cast<StackSeg*>(target.hi);
  StackSeg* s = curseg(gp);
  if (s == want) return;
  // Every segment between belongs to frames the longjmp skipped.
  while (s != want) {
    if (s == nullptr) throw_("stackunwind: frame not on this goroutine's stack");
    StackSeg* p = s->prev;
    setstack(gp, p);
    unlink(s);
    s = p;
  }
}

void stack_call_with_room(G* gp, uintptr_t bytes, void (*fn)(void*), void* arg) {
  uintptr_t sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  if (gp == nullptr || gp->stack.hi == 0 || sp - gp->stack.lo >= bytes + kStackRedZone) {
    fn(arg);
    return;
  }
  run_on_new_segment(gp, bytes, fn, arg);
}

int64_t stacks_in_use() { return base_inuse.load(); }

}  // namespace mgo::rt

using namespace mgo::rt;

extern "C" int64_t mgo_rt_morestack_call(G* g, uint64_t framesize, void (*fn)(void*), void* pack) {
  uintptr_t guard = g->stackguard0.load(std::memory_order_relaxed);
  uintptr_t sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  if (guard == StackPreempt) {
    // A preemption request (sysmon, or a test). Restore the real guard before yielding:
    // the request is served by this yield. Partner: the StackPreempt store in preemptone.
    g->stackguard0.store(g->stack.lo + kStackRedZone, std::memory_order_relaxed);
    gosched(g);
    // Then the call itself, here: F checks again on entry (and comes back to grow).
    // Running it instead of returning "check again" keeps F's prologue free of a loop,
    // which back-edge polls and LLVM's hoisting would turn into work on every call.
    fn(pack);
    return 1;
  }
  if (sp - framesize >= guard && sp > framesize) {  // the guard moved meanwhile
    fn(pack);
    return 1;
  }
  run_on_new_segment(g, framesize, fn, pack);
  return 1;
}

extern "C" void mgo_rt_morestack(G* g, uint64_t framesize) {
  uintptr_t guard = g->stackguard0.load(std::memory_order_relaxed);
  if (guard == StackPreempt) {
    g->stackguard0.store(g->stack.lo + kStackRedZone, std::memory_order_relaxed);
    gosched(g);
    return;
  }
  // A caller that cannot continue on a new segment (no trampoline): past the guard.
  stackoverflow(g, reinterpret_cast<uintptr_t>(__builtin_frame_address(0)));
}
