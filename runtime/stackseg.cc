// stackseg.cc — the segment allocator (see stackseg.h): size classes, chunks, the pool,
// counters, and the debug aids (canary, paint mode).
//
// Chunks: one mmap(MAP_NORESERVE) per kChunkBytes of a small class, cut into segments;
// chunks are never unmapped (a mapping per goroutine would run into vm.max_map_count with
// 100,000 goroutines). Untouched pages cost nothing: a parked goroutine touches only the
// top of its first segment.
//
// Debug aids: MGO_DEBUG builds put a canary word at every segment's lo, checked when the
// segment is freed or unlinked (a red zone overrun throws "stack segment overrun");
// GODEBUG=mgostackpaint=1 fills segments with a pattern when handed out and, when they
// are released, records the deepest byte ever written below the guard (the measurement
// behind kStackRedZone, docs/stacks.md).
//
// Lock order: stack_lock is a leaf (no other lock is taken under it; the OS calls made
// under it do not block on runtime locks).
#include "runtime/stackseg.h"

#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <cstring>

#include "runtime/fatal.h"
#include "runtime/lock.h"

namespace mgo::rt {
namespace {

constexpr uintptr_t kPage = 4096;
constexpr uintptr_t kChunkBytes = 16 * kSmallSegmentMax;
constexpr int kNumClasses = 40;
constexpr uint64_t kCanary = 0x5354434b43414e59ULL;  // "STCKCANY"
constexpr uint8_t kPaint = 0xa5;

#ifdef MGO_DEBUG
constexpr bool kGuardAll = true;
#else
constexpr bool kGuardAll = false;
#endif

Mutex stack_lock;
StackSeg* pool[kNumClasses];  // under stack_lock
int64_t pool_bytes = 0;       // under stack_lock

std::atomic<int64_t> st_mapped{0}, st_links{0}, st_spare{0}, st_pool{0}, st_inuse{0},
    st_cached{0}, st_released{0}, st_overruns{0}, st_maxred{INT64_MIN};

int paint_mode = -1;  // -1 unknown; set once before the first segment is handed out

void* osmap(uintptr_t bytes) {
  void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) {
    write_stderr("runtime: cannot allocate stack memory\n");
    fatal("out of memory");
  }
  return p;
}

int class_of(uintptr_t size) {
  int c = 0;
  while ((kFirstSegment << c) < size) c++;
  return c;
}

StackSeg* header_at(uintptr_t lo, uintptr_t size, uint32_t cls) {
  uintptr_t h = (lo + size - sizeof(StackSeg)) & ~uintptr_t(15);
  auto* s = new (reinterpret_cast<void*>(h)) StackSeg();
  s->lo = lo;
  s->size = size;
  s->cls = cls;
  return s;
}

void prepare(StackSeg* s) {
  if (stack_paint_enabled()) {
    std::memset(reinterpret_cast<void*>(s->lo), kPaint, reinterpret_cast<uintptr_t>(s) - s->lo);
  }
#ifdef MGO_DEBUG
  *reinterpret_cast<uint64_t*>(s->lo) = kCanary;
#endif
}

void check_canary(StackSeg* s) {
#ifdef MGO_DEBUG
  if (*reinterpret_cast<uint64_t*>(s->lo) != kCanary) {
    st_overruns.fetch_add(1, std::memory_order_relaxed);
    throw_("stack segment overrun (red zone too small)");
  }
#endif
}

}  // namespace

bool stack_paint_enabled() {
  if (paint_mode < 0) {
    const char* d = getenv("GODEBUG");
    paint_mode = d != nullptr && strstr(d, "mgostackpaint=1") != nullptr;
  }
  return paint_mode == 1;
}

uintptr_t segsize_for(uintptr_t bytes) {
  int c = class_of(bytes);
  if (c >= kNumClasses) throw_("segsize_for: segment too large");
  return kFirstSegment << c;
}

StackSeg* segalloc(uintptr_t bytes) {
  int c = class_of(bytes);
  if (c >= kNumClasses) throw_("segalloc: segment too large");
  uintptr_t size = kFirstSegment << c;
  bool large = kGuardAll || size > kSmallSegmentMax;
  StackSeg* s = nullptr;
  bool pooled = false;
  {
    LockGuard lk(stack_lock);
    s = pool[c];
    if (s != nullptr) {
      pool[c] = s->poolnext;
      pool_bytes -= static_cast<int64_t>(size);
      pooled = true;
    } else if (!large) {
      // A fresh chunk for this class: all but the first segment go to the pool.
      uintptr_t n = kChunkBytes / size;
      uintptr_t base = reinterpret_cast<uintptr_t>(osmap(n * size));
      st_mapped.fetch_add(static_cast<int64_t>(n), std::memory_order_relaxed);
      for (uintptr_t i = 1; i < n; i++) {
        StackSeg* f = header_at(base + i * size, size, static_cast<uint32_t>(c));
        f->poolnext = pool[c];
        pool[c] = f;
        pool_bytes += static_cast<int64_t>(size);
        st_cached.fetch_add(1, std::memory_order_relaxed);
      }
      s = header_at(base, size, static_cast<uint32_t>(c));
    }
  }
  if (pooled) {
    st_cached.fetch_sub(1, std::memory_order_relaxed);
    st_pool.fetch_add(1, std::memory_order_relaxed);
    // A pooled segment holds a stale header from its last use.
    s = header_at(s->lo, size, s->cls);
  } else if (s == nullptr) {
    // Own mapping, one PROT_NONE page below (mmap rounds to pages: so do we).
    uintptr_t msize = (size + kPage - 1) & ~(kPage - 1);
    uintptr_t base = reinterpret_cast<uintptr_t>(osmap(msize + kPage));
    if (mprotect(reinterpret_cast<void*>(base), kPage, PROT_NONE) != 0) {
      throw_("segalloc: mprotect failed");
    }
    s = header_at(base + kPage + msize - size, size, static_cast<uint32_t>(c) | kLargeFlag);
    st_mapped.fetch_add(1, std::memory_order_relaxed);
  }
  st_inuse.fetch_add(1, std::memory_order_relaxed);
  prepare(s);
  return s;
}

void segscan(StackSeg* s) {
  if (!stack_paint_enabled() || (s->cls & kMainClass)) return;
  auto* p = reinterpret_cast<const uint8_t*>(s->lo);
  auto* end = reinterpret_cast<const uint8_t*>(s);
#ifdef MGO_DEBUG
  p += sizeof(kCanary);
#endif
  while (p < end && *p == kPaint) p++;
  if (p == end) return;  // never used
  // Signed: negative when the deepest use stayed above the guard.
  int64_t use = static_cast<int64_t>(s->lo + kStackRedZone) - reinterpret_cast<int64_t>(p);
  int64_t cur = st_maxred.load(std::memory_order_relaxed);
  while (use > cur && !st_maxred.compare_exchange_weak(cur, use, std::memory_order_relaxed)) {
  }
}

void segfree(StackSeg* s) {
  check_canary(s);
  segscan(s);
  st_inuse.fetch_sub(1, std::memory_order_relaxed);
  uint32_t c = s->cls & ~kLargeFlag;
  uintptr_t size = s->size;
  if (s->cls & kLargeFlag) {
    LockGuard lk(stack_lock);
    if (pool_bytes + static_cast<int64_t>(size) > static_cast<int64_t>(kPoolKeepBytes)) {
      uintptr_t msize = (size + kPage - 1) & ~(kPage - 1);
      uintptr_t base = s->lo + size - msize - kPage;
      munmap(reinterpret_cast<void*>(base), msize + kPage);
      st_released.fetch_add(1, std::memory_order_relaxed);
      st_mapped.fetch_sub(1, std::memory_order_relaxed);
      return;
    }
  }
  s->prev = s->base = s->spare = nullptr;
  LockGuard lk(stack_lock);
  s->poolnext = pool[c];
  pool[c] = s;
  pool_bytes += static_cast<int64_t>(size);
  st_cached.fetch_add(1, std::memory_order_relaxed);
}

// Link counters are bumped on every boundary crossing: a plain load and store, not a
// locked RMW (concurrent crossings may lose a count; they are statistics).
void stats_add_link(bool spare, bool frompool) {
  st_links.store(st_links.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
  if (spare) st_spare.store(st_spare.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
  (void)frompool;
}

StackStats stack_stats() {
  StackStats r;
  r.mapped = st_mapped.load();
  r.links = st_links.load();
  r.spare_hits = st_spare.load();
  r.pool_hits = st_pool.load();
  r.inuse = st_inuse.load();
  r.cached = st_cached.load();
  {
    LockGuard lk(stack_lock);
    r.cached_bytes = pool_bytes;
  }
  r.released = st_released.load();
  r.overruns = st_overruns.load();
  r.max_redzone_use = st_maxred.load();
  return r;
}

int64_t stackpool_drain() {
  // Large segments go back to the OS; chunk segments stay pooled (chunks are never
  // unmapped), so a drained pool still holds small segments.
  int64_t n = 0;
  LockGuard lk(stack_lock);
  for (int c = 0; c < kNumClasses; c++) {
    while (StackSeg* s = pool[c]) {
      if (!(s->cls & kLargeFlag)) break;
      pool[c] = s->poolnext;
      pool_bytes -= static_cast<int64_t>(s->size);
      st_cached.fetch_sub(1, std::memory_order_relaxed);
      st_mapped.fetch_sub(1, std::memory_order_relaxed);
      st_released.fetch_add(1, std::memory_order_relaxed);
      uintptr_t msize = (s->size + kPage - 1) & ~(kPage - 1);
      munmap(reinterpret_cast<void*>(s->lo + s->size - msize - kPage), msize + kPage);
      n++;
    }
  }
  return n;
}

}  // namespace mgo::rt
