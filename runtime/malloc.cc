// malloc.cc — a bump allocator over mmap'd chunks, segregated by Go's size classes.
//
// Design:
//   1. Requests are rounded with roundupsize() (Go 1.19's size classes; page multiples
//      above 32 KiB), so the bytes counted match what Go would count and a future
//      size-segregated collector can keep the same rounding.
//   2. Small requests (<= kMaxSmallSize) are bump-allocated from the calling thread's
//      span for their size class (Go's mcache: one span per class), a page-aligned piece
//      of a shared chunk holding objects of that one size back to back. So an object's
//      address is span start + k * its class size, as in Go: a 64-byte object is 64-byte
//      aligned and never straddles a cache line (Go's padded-struct idiom against false
//      sharing works), and which objects share a line follows the same rule as Go's.
//      The thread-local spans need no lock: only their thread touches them. Runtime C++
//      code is never preempted between reading and bumping, so a goroutine moving to
//      another M cannot observe a half-updated span.
//   3. Spans come from the current shared chunk by an atomic fetch_add on the chunk's
//      bump offset; when a chunk runs out, a new chunk (kChunkBytes, or bigger for a
//      huge object) is mmap'd under chunk_lock and published.
//   4. Large requests (> kMaxSmallSize) take their pages straight from the shared chunk
//      the same way as a span, or get their own chunk when huge.
//   5. Memory is never reused (no collector yet), so mmap's zero pages are all the
//      zeroing needed. Chunks are madvise(MADV_HUGEPAGE)d, as Go's heap is.
// Every chunk is on a singly linked list (chunks), so the heap is enumerable for a
// future mark-sweep; objects are reached through plain pointers only (DESIGN.md).
//
// Counters: each thread keeps its own (single writer, relaxed atomics); they are linked
// into a global list on first use and summed by read_memstats(). A counter block is
// never freed: threads' totals stay counted after the thread exits.
//
// Lock order: chunk_lock is a leaf (nothing is called while holding it but mmap).
//
// Rejected: malloc(3) — not enumerable, and glibc's arenas take locks and need deep
// stacks; a per-size-class free list — nothing is freed until a collector exists; one
// bump span for all sizes (until 2026-11-28) — objects landed at offsets unlike Go's: a
// 64-byte struct padded against false sharing could straddle two cache lines (it sat at
// line offset 48 in bench mutex's 64-byte variant).
#include "runtime/malloc.h"

#include <sys/mman.h>

#include <atomic>
#include <mutex>

#include "runtime/fatal.h"

namespace mgo::rt {

const uint16_t class_to_size[kNumSizeClasses] = {
    0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,
    160,   176,   192,   208,   224,   240,   256,   288,   320,   352,   384,   416,
    448,   480,   512,   576,   640,   704,   768,   896,   1024,  1152,  1280,  1408,
    1536,  1792,  2048,  2304,  2688,  3072,  3200,  3456,  4096,  4864,  5376,  6144,
    6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288, 13568, 14336, 16384,
    18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};

uint64_t zerobase;

namespace {

// size_to_class8[(n+7)/8] for n <= 1024-8, size_to_class128[(n-1024+127)/128] above:
// the smallest class whose size is >= n, as Go's tables; built once at start-up.
struct ClassTables {
  uint8_t by8[1024 / 8 + 1];
  uint8_t by128[(kMaxSmallSize - 1024) / 128 + 1];
  constexpr ClassTables() : by8{}, by128{} {
    int c = 0;
    for (uint64_t i = 0; i < sizeof(by8); i++) {
      while (class_to_size_ce(c) < i * 8) c++;
      by8[i] = static_cast<uint8_t>(c);
    }
    c = 0;
    for (uint64_t i = 0; i < sizeof(by128); i++) {
      while (class_to_size_ce(c) < 1024 + i * 128) c++;
      by128[i] = static_cast<uint8_t>(c);
    }
  }
  static constexpr uint16_t class_to_size_ce(int c) {
    constexpr uint16_t t[kNumSizeClasses] = {
        0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,
        160,   176,   192,   208,   224,   240,   256,   288,   320,   352,   384,   416,
        448,   480,   512,   576,   640,   704,   768,   896,   1024,  1152,  1280,  1408,
        1536,  1792,  2048,  2304,  2688,  3072,  3200,  3456,  4096,  4864,  5376,  6144,
        6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288, 13568, 14336, 16384,
        18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};
    return t[c];
  }
};
constexpr ClassTables kTables;

constexpr uint64_t kChunkBytes = 64 * 1024 * 1024;  // shared chunk from mmap

// Bytes of a class's span: 8 KiB (Go's page), or enough for 4 objects of the bigger
// classes, in whole pages (up to 16 pages for 32 KiB objects; Go's class_to_allocnpages
// has 1 to 10). A thread that used every class holds ~1.8 MiB of spans, touched only
// where objects were allocated.
constexpr uint64_t spanBytes(uint64_t objSize) {
  uint64_t b = 4 * objSize;
  return b <= kPageSize ? kPageSize : (b + kPageSize - 1) & ~(kPageSize - 1);
}

struct SpanCursor {
  uintptr_t next = 0;  // next free object of the class; next == end: no span yet / full
  uintptr_t end = 0;
};

struct Chunk {
  uintptr_t base;
  uint64_t size;
  std::atomic<uint64_t> used;  // bump offset; may overshoot size (then the chunk is full)
  Chunk* next;
};

std::mutex chunk_lock;                 // guards chunk creation and the chunks list
std::atomic<Chunk*> current_chunk{nullptr};
Chunk* chunks = nullptr;               // all chunks, newest first; guarded by chunk_lock
std::atomic<uint64_t> heap_sys{0};

struct ThreadCache {
  SpanCursor spans[kNumSizeClasses];  // per size class; spans[0] unused
  // Counters: written only by the owning thread (relaxed); read by read_memstats.
  std::atomic<uint64_t> total_alloc{0};
  std::atomic<uint64_t> mallocs{0};
  ThreadCache* next = nullptr;  // all caches ever created (never freed)
};
std::atomic<ThreadCache*> all_caches{nullptr};
thread_local ThreadCache* tcache = nullptr;

ThreadCache* get_tcache() {
  if (tcache != nullptr) return tcache;
  // Allocated with new: it holds no heap pointers a collector must see (the span
  // cursors point into chunks, which are enumerated separately).
  auto* c = new ThreadCache;
  ThreadCache* head = all_caches.load(std::memory_order_relaxed);
  do {
    c->next = head;
  } while (!all_caches.compare_exchange_weak(head, c, std::memory_order_release,
                                             std::memory_order_relaxed));
  tcache = c;
  return c;
}

Chunk* new_chunk(uint64_t min_bytes) {
  uint64_t size = kChunkBytes;
  int flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE;
  if (min_bytes + kPageSize > size) {
    size = (min_bytes + 2 * kPageSize) & ~(kPageSize - 1);
    // A huge object is accounted by the kernel's overcommit check, so an absurd
    // make([]byte, 1<<40) fails here with Go's report instead of a later OOM kill.
    flags &= ~MAP_NORESERVE;
  }
  // mmap gives 4 KiB alignment; one more page lets the chunk start on a kPageSize
  // (8 KiB, Go's page) boundary, so that spans are aligned as Go's.
  uint64_t mapped = size + kPageSize;
  void* p = ::mmap(nullptr, mapped, PROT_READ | PROT_WRITE, flags, -1, 0);
  if (p == MAP_FAILED) throw_("runtime: out of memory");  // Go 1.19's words
  // Transparent huge pages where the system allows them (Go 1.19's sysUsedOS does the
  // same: sysHugePageOS). A bump heap touches its pages in order, so 2 MiB pages save
  // ~90% of the page faults (bench/wordcount: 10,860 -> 1,234) for ~2 MiB more RSS.
  ::madvise(p, mapped, MADV_HUGEPAGE);
  uintptr_t base = (reinterpret_cast<uintptr_t>(p) + kPageSize - 1) & ~(kPageSize - 1);
  // The Chunk header lives at the start of its own memory, so it is enumerable with it.
  auto* c = reinterpret_cast<Chunk*>(base);
  c->base = base;
  c->size = size;
  // The header takes the first page, so that every span (a page multiple) is page-aligned.
  static_assert(sizeof(Chunk) <= kPageSize);
  c->used.store(kPageSize, std::memory_order_relaxed);
  c->next = chunks;
  chunks = c;
  heap_sys.fetch_add(mapped, std::memory_order_relaxed);
  return c;
}

// Takes n bytes (a multiple of kPageSize) from the shared chunk, or a new chunk.
uintptr_t chunk_alloc(uint64_t n) {
  for (;;) {
    Chunk* c = current_chunk.load(std::memory_order_acquire);  // pairs with the release store below
    if (c != nullptr && n <= c->size) {
      uint64_t off = c->used.fetch_add(n, std::memory_order_relaxed);
      if (off + n <= c->size) return c->base + off;
    }
    std::lock_guard<std::mutex> lk(chunk_lock);
    if (current_chunk.load(std::memory_order_relaxed) != c) continue;  // someone refilled
    if (n > kChunkBytes / 4) {
      // A huge object gets a chunk of its own; the shared chunk stays current.
      Chunk* h = new_chunk(n);
      uint64_t off = h->used.fetch_add(n, std::memory_order_relaxed);
      return h->base + off;
    }
    current_chunk.store(new_chunk(n), std::memory_order_release);
  }
}

}  // namespace

namespace {
// The size class of a small request (0 < size <= kMaxSmallSize), as Go's tables.
int sizeclass(uint64_t size) {
  if (size <= 1024 - 8) return kTables.by8[(size + 7) / 8];
  return kTables.by128[(size - 1024 + 127) / 128];
}
}  // namespace

uint64_t roundupsize(uint64_t size) {
  if (size < kMaxSmallSize) return class_to_size[sizeclass(size)];
  if (size + kPageSize < size) return size;
  return (size + kPageSize - 1) & ~(kPageSize - 1);
}

void* mallocgc(uint64_t size) {
  ThreadCache* tc = get_tcache();
  tc->mallocs.store(tc->mallocs.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
  if (size == 0) return &zerobase;
  if (size > kMaxAlloc) throw_("runtime: out of memory");
  int cls = size <= kMaxSmallSize ? sizeclass(size) : 0;  // 0: large, a page multiple
  uint64_t rounded = cls != 0 ? class_to_size[cls] : roundupsize(size);
  tc->total_alloc.store(tc->total_alloc.load(std::memory_order_relaxed) + rounded,
                        std::memory_order_relaxed);
  if (cls != 0) {
    SpanCursor& s = tc->spans[cls];
    if (s.end - s.next < rounded) {  // no span yet, or full: a new one
      uint64_t bytes = spanBytes(rounded);
      s.next = chunk_alloc(bytes);
      s.end = s.next + bytes - bytes % rounded;  // whole objects only
    }
    uintptr_t p = s.next;
    s.next = p + rounded;
    return reinterpret_cast<void*>(p);
  }
  return reinterpret_cast<void*>(chunk_alloc(rounded));
}

MemStats read_memstats() {
  MemStats s{};
  for (ThreadCache* c = all_caches.load(std::memory_order_acquire); c; c = c->next) {
    s.total_alloc += c->total_alloc.load(std::memory_order_relaxed);
    s.mallocs += c->mallocs.load(std::memory_order_relaxed);
  }
  s.heap_alloc = s.total_alloc;
  s.heap_sys = heap_sys.load(std::memory_order_relaxed);
  return s;
}

void for_each_heap_chunk(void (*fn)(uintptr_t, uintptr_t, void*), void* arg) {
  std::lock_guard<std::mutex> lk(chunk_lock);
  for (Chunk* c = chunks; c; c = c->next) {
    uint64_t used = c->used.load(std::memory_order_relaxed);
    if (used > c->size) used = c->size;
    fn(c->base, c->base + used, arg);
  }
}

}  // namespace mgo::rt

extern "C" {

void* mgo_rt_newobject(G* g, const TypeDesc* type) { return mgo::rt::mallocgc(type->size); }

void* mgo_rt_mallocgc(G* g, uint64_t size, const TypeDesc* type_or_null) {
  return mgo::rt::mallocgc(size);
}

}  // extern "C"
