// stackseg.cc — the segment allocator (see stackseg.h): size classes, chunks, the global
// pool, giving memory back to the OS, counters, and the debug aids (canary, paint mode).
// The per-P caches in front of the pool are in stackcache.cc.
//
// Chunks: one mmap(MAP_NORESERVE) per kChunkBytes of a small class, cut into segments;
// chunks are never unmapped (a mapping per goroutine would run into vm.max_map_count with
// 100,000 goroutines). Untouched pages cost nothing: a parked goroutine touches only the
// top of its first segment.
//
// Giving memory back: a pooled segment is "dirty" until its releasable pages — those
// wholly inside it and below the page of its header — were given back with
// madvise(MADV_DONTNEED) (kScavengedFlag; the next use faults in zero pages). Each class
// has two free lists: dirty segments (freed after use) and clean ones (released, or
// freshly carved); allocation prefers dirty ones (no page faults), the scavenger walks
// only the dirty lists and moves what it released to the clean ones, so no segment is
// looked at twice. pool_dirty counts the dirty releasable bytes; a free that takes it
// past the high-water mark starts a scavenge down to half, done in batches of at most
// kScavengeBatch bytes of madvise per free or batch put (a segment bigger than that is
// released over several batches: its header's `total`, unused while pooled, says how
// much of it from the bottom is gone). A page shared by two segments (first classes: eight segments
// in three pages) or holding a header is never released while the segment sits in the
// pool: the header links the free list. So 1,536- and 3,072-byte segments are never
// released, 6 KiB ones give back 4 KiB of every other segment, page-aligned classes all
// but their top page. Freshly carved segments count as clean (never touched).
//
// Debug aids: MGO_DEBUG builds put a canary word at every segment's lo, checked when the
// segment is freed or unlinked (a red zone overrun throws "stack segment overrun");
// GODEBUG=mgostackpaint=1 fills segments with a pattern when handed out and, when they
// are released, records the deepest byte ever written below the guard (the measurement
// behind kStackRedZone, docs/stacks.md).
//
// Lock order: stack_lock is a leaf (no other lock is taken under it; the OS calls made
// under it — mmap, munmap, madvise — do not block on runtime locks). The scavenger holds
// it while it releases one batch (kScavengeBatch bytes: allocations that miss their P's
// cache wait that long at most); stack_scavenge drops it between batches.
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
// The free lists, under stack_lock: pool[c] dirty segments (may hold committed pages),
// pool_clean[c] released (kScavengedFlag) or never touched ones.
StackSeg* pool[kNumClasses];
StackSeg* pool_clean[kNumClasses];
int64_t pool_bytes = 0;       // under stack_lock
int64_t pool_dirty = 0;       // under stack_lock: releasable bytes not yet released
bool scav_active = false;     // under stack_lock: past the mark, not yet down to half
std::atomic<uintptr_t> scav_high{kScavengeHighWater};  // a setting (tests)

// Rare events (a mapping, a batch, a release) or under stack_lock: shared. The counters
// of every allocation, free and link are per P (stackseg.h's pcount).
std::atomic<int64_t> st_mapped{0}, st_pool{0}, st_cached{0}, st_released{0}, st_scav{0},
    st_scav_bytes{0}, st_overruns{0}, st_maxred{INT64_MIN};

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

bool is_large(int c) { return kGuardAll || (kFirstSegment << c) > kSmallSegmentMax; }

StackSeg* header_at(uintptr_t lo, uintptr_t size, uint32_t cls) {
  uintptr_t h = (lo + size - sizeof(StackSeg)) & ~uintptr_t(15);
  auto* s = new (reinterpret_cast<void*>(h)) StackSeg();
  s->lo = lo;
  s->size = size;
  s->cls = cls;
  return s;
}

// The pages of s that may go back to the OS: [*a, *b), possibly empty.
uintptr_t releasable(StackSeg* s, uintptr_t* a) {
  *a = (s->lo + kPage - 1) & ~(kPage - 1);
  uintptr_t b = reinterpret_cast<uintptr_t>(s) & ~(kPage - 1);
  return b > *a ? b - *a : 0;
}
// Pooled: its releasable bytes still committed (s->total: how many from the bottom the
// scavenger already gave back).
int64_t dirty_bytes(StackSeg* s) {
  uintptr_t a;
  return (s->cls & kScavengedFlag) ? 0 : static_cast<int64_t>(releasable(s, &a) - s->total);
}

// The free lists; under stack_lock.
void pool_push(StackSeg* s) {
  int c = static_cast<int>(s->cls & kClassMask);
  s->total = 0;
  StackSeg** l = (s->cls & kScavengedFlag) ? &pool_clean[c] : &pool[c];
  s->poolnext = *l;
  *l = s;
  pool_bytes += static_cast<int64_t>(s->size);
  pool_dirty += dirty_bytes(s);
  st_cached.fetch_add(1, std::memory_order_relaxed);
}
bool pool_empty(int c) { return pool[c] == nullptr && pool_clean[c] == nullptr; }
StackSeg* pool_pop(int c) {
  StackSeg** l = pool[c] != nullptr ? &pool[c] : &pool_clean[c];
  StackSeg* s = *l;
  *l = s->poolnext;
  pool_bytes -= static_cast<int64_t>(s->size);
  pool_dirty -= dirty_bytes(s);
  st_cached.fetch_sub(1, std::memory_order_relaxed);
  return s;
}

// A fresh chunk for small class c, all of it into the pool (clean: never touched).
void carve_chunk(int c) {
  uintptr_t size = kFirstSegment << c;
  uintptr_t n = kChunkBytes / size;
  uintptr_t base = reinterpret_cast<uintptr_t>(osmap(n * size));
  st_mapped.fetch_add(static_cast<int64_t>(n), std::memory_order_relaxed);
  for (uintptr_t i = n; i-- > 0;) {  // the pool hands out the chunk from its bottom up
    pool_push(header_at(base + i * size, size, static_cast<uint32_t>(c) | kScavengedFlag));
  }
}

// A segment of large class c in its own mapping, one PROT_NONE page below (mmap rounds
// to pages: so do we).
StackSeg* map_large(int c) {
  uintptr_t size = kFirstSegment << c;
  uintptr_t msize = (size + kPage - 1) & ~(kPage - 1);
  uintptr_t base = reinterpret_cast<uintptr_t>(osmap(msize + kPage));
  if (mprotect(reinterpret_cast<void*>(base), kPage, PROT_NONE) != 0) {
    throw_("segalloc: mprotect failed");
  }
  st_mapped.fetch_add(1, std::memory_order_relaxed);
  return header_at(base + kPage + msize - size, size, static_cast<uint32_t>(c) | kLargeFlag);
}

void unmap_large(StackSeg* s) {
  uintptr_t msize = (s->size + kPage - 1) & ~(kPage - 1);
  munmap(reinterpret_cast<void*>(s->lo + s->size - msize - kPage), msize + kPage);
  st_released.fetch_add(1, std::memory_order_relaxed);
  st_mapped.fetch_sub(1, std::memory_order_relaxed);
}

// One batch: releases dirty pooled segments, largest classes first, until pool_dirty <=
// keep or the batch's work is done (kScavengeBatch bytes of madvise; a segment with
// nothing to release counts as a page of work). Returns the bytes released; *worked:
// whether anything was looked at. stack_lock held.
int64_t scavenge_locked(int64_t keep, bool* worked) {
  int64_t freed = 0;
  uintptr_t work = 0;
  for (int c = kNumClasses - 1; c >= 0 && pool_dirty > keep && work < kScavengeBatch; c--) {
    if ((kFirstSegment << c) < kPage + sizeof(StackSeg)) break;  // no whole page to give
    while (pool[c] != nullptr && pool_dirty > keep && work < kScavengeBatch) {
      StackSeg* s = pool[c];
      uintptr_t a;
      uintptr_t n = releasable(s, &a);
      uintptr_t done = s->total;
      uintptr_t step = n - done < kScavengeBatch - work ? n - done : kScavengeBatch - work;
      if (step > 0) {
        madvise(reinterpret_cast<void*>(a + done), step, MADV_DONTNEED);
        s->total = done + step;
        pool_dirty -= static_cast<int64_t>(step);
        freed += static_cast<int64_t>(step);
      }
      work += step > kPage ? step : kPage;
      if (s->total < n) break;  // the batch ended inside s: it stays first on its list
      pool[c] = s->poolnext;  // wholly released: to the clean list
      s->cls |= kScavengedFlag;
      s->total = 0;
      s->poolnext = pool_clean[c];
      pool_clean[c] = s;
      if (n > 0) st_scav.fetch_add(1, std::memory_order_relaxed);
    }
  }
  st_scav_bytes.fetch_add(freed, std::memory_order_relaxed);
  *worked = work > 0;
  return freed;
}
// After a free: past the mark a scavenge starts, and every free until the pool is down
// to half the mark does one batch of it.
void maybe_scavenge_locked() {
  auto high = static_cast<int64_t>(scav_high.load(std::memory_order_relaxed));
  if (pool_dirty > high) scav_active = true;
  if (!scav_active) return;
  bool worked;
  scavenge_locked(high / 2, &worked);
  if (pool_dirty <= high / 2 || !worked) scav_active = false;
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
#else
  (void)s;
#endif
}

// The P held on this thread, or null (no M, no P).
P* cur_p() {
  M* m = getm();
  return m != nullptr ? m->p : nullptr;
}

}  // namespace

bool stack_paint_enabled() {
  if (paint_mode < 0) {
    const char* d = getenv("GODEBUG");
    paint_mode = d != nullptr && strstr(d, "mgostackpaint=1") != nullptr;
  }
  return paint_mode == 1;
}

int segclass_for(uintptr_t bytes) {
  int c = class_of(bytes);
  if (c >= kNumClasses) throw_("segsize_for: segment too large");
  return c;
}

uintptr_t segsize_for(uintptr_t bytes) { return kFirstSegment << segclass_for(bytes); }

int segpool_take(int c, int n, StackSeg** list) {
  StackSeg* l = nullptr;
  int got = 0;
  {
    LockGuard lk(stack_lock);
    while (got < n) {
      if (pool_empty(c)) {
        if (is_large(c)) break;
        carve_chunk(c);
      }
      StackSeg* s = pool_pop(c);
      s->poolnext = l;
      l = s;
      got++;
    }
  }
  st_pool.fetch_add(got, std::memory_order_relaxed);
  for (; got < n; got++) {  // a large class: the rest in fresh mappings
    StackSeg* s = map_large(c);
    s->poolnext = l;
    l = s;
  }
  *list = l;
  return got;
}

void segpool_put(int c, StackSeg* list, int n) {
  LockGuard lk(stack_lock);
  for (int i = 0; i < n; i++) {
    StackSeg* s = list;
    list = s->poolnext;
    if ((s->cls & kClassMask) != static_cast<uint32_t>(c)) throw_("segpool_put: wrong class");
    pool_push(s);
  }
  if (list != nullptr) throw_("segpool_put: list longer than its count");
  maybe_scavenge_locked();
}

StackSeg* segalloc(uintptr_t bytes) {
  int c = segclass_for(bytes);
  uintptr_t size = kFirstSegment << c;
  StackSeg* s;
  P* pp = cur_p();
  if (pp != nullptr && c < kStackCacheClasses) {
    s = stackcache_get(pp, c);
  } else {
    segpool_take(c, 1, &s);
  }
  // A pooled segment holds a stale header from its last use.
  s = header_at(s->lo, size, s->cls & (kClassMask | kLargeFlag));
  pcount(pp, kPcAllocs);
  prepare(s);
  return s;
}

void segscan(StackSeg* s) {
  if (s->cls & kMainClass) return;
  check_canary(s);  // also on an unlinked segment kept as the spare
  if (!stack_paint_enabled()) return;
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
  segscan(s);
  P* pp = cur_p();
  pcount(pp, kPcFrees);
  s->prev = s->base = s->spare = nullptr;
  int c = static_cast<int>(s->cls & kClassMask);
  if (pp != nullptr && c < kStackCacheClasses) {
    stackcache_put(pp, s, c);
    return;
  }
  LockGuard lk(stack_lock);
  if ((s->cls & kLargeFlag) &&
      pool_bytes + static_cast<int64_t>(s->size) > static_cast<int64_t>(kPoolKeepBytes)) {
    unmap_large(s);
    return;
  }
  pool_push(s);
  maybe_scavenge_locked();
}

int64_t stack_scavenge(uintptr_t keep) {
  int64_t freed = 0;
  for (bool worked = true; worked;) {  // a batch at a time, the lock dropped in between
    LockGuard lk(stack_lock);
    freed += scavenge_locked(static_cast<int64_t>(keep), &worked);
    if (pool_dirty <= static_cast<int64_t>(keep)) break;
  }
  return freed;
}

uintptr_t stack_set_scavenge_high_water(uintptr_t bytes) {
  return scav_high.exchange(bytes, std::memory_order_relaxed);  // a setting
}

// Bumped on every boundary crossing: the current P's slot.
void stats_add_link(bool spare, bool frompool) {
  P* pp = cur_p();
  pcount(pp, kPcLinks);
  if (spare) pcount(pp, kPcSpare);
  (void)frompool;
}

StackStats stack_stats() {
  StackStats r;
  {
    LockGuard lk(stack_lock);
    r.cached_bytes = pool_bytes;
    r.cached = st_cached.load();
    r.mapped = st_mapped.load();
    r.inuse = pcount_sum(kPcAllocs) - pcount_sum(kPcFrees);
  }
  r.links = pcount_sum(kPcLinks);
  r.spare_hits = pcount_sum(kPcSpare);
  r.pool_hits = st_pool.load();
  r.released = st_released.load();
  r.scavenged = st_scav.load();
  r.scavenged_bytes = st_scav_bytes.load();
  r.overruns = st_overruns.load();
  r.max_redzone_use = st_maxred.load();
  // Every mapped segment is in use, in the pool or in a P's cache (exact when no
  // allocation runs concurrently).
  r.pcached = r.mapped - r.inuse - r.cached;
  stackcache_stats(&r);
  return r;
}

int64_t stackpool_drain() {
  // Large segments go back to the OS; chunk segments stay pooled (chunks are never
  // unmapped), so a drained pool still holds small segments.
  int64_t n = 0;
  LockGuard lk(stack_lock);
  for (int c = 0; c < kNumClasses; c++) {  // a class is all large or all chunked
    while (!pool_empty(c) && is_large(c)) {
      unmap_large(pool_pop(c));
      n++;
    }
  }
  return n;
}

}  // namespace mgo::rt
