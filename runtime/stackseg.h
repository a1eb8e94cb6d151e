// stackseg.h — the segment allocator behind stack.h (runtime/stackseg.cc); runtime-internal.
//
// Size classes double from kFirstSegment: class c holds segments of kFirstSegment << c
// bytes. Small classes (<= kSmallSegmentMax) are carved from chunks mapped per class,
// several segments to a page for the first class, without guard pages; larger classes
// get their own mapping with one PROT_NONE page below (MGO_DEBUG builds: every class).
// Freed segments go to one free list per class (the pool, under stack_lock, a leaf);
// when the pool holds more than kPoolKeepBytes, large segments go back to the OS.
// A segment handed out has a fresh StackSeg header at its top; the caller links it.
#pragma once
#include <cstdint>

#include "runtime/stack.h"

namespace mgo::rt {

constexpr uint32_t kLargeFlag = 1u << 30;  // StackSeg::cls: own mapping (guard page below)
constexpr uint32_t kMainClass = 1u << 29;  // StackSeg::cls: the main goroutine's region
constexpr uintptr_t kPoolKeepBytes = uintptr_t(512) << 20;

// Smallest class whose segments hold `bytes` (header included); returns its size.
uintptr_t segsize_for(uintptr_t bytes);
// A segment of exactly segsize_for(bytes) bytes, from the pool or the OS.
StackSeg* segalloc(uintptr_t bytes);
// Back to the pool (or the OS). s must not be linked any more.
void segfree(StackSeg* s);
// Process-wide options from GODEBUG (mgostackstats=1, mgostackpaint=1).
bool stack_paint_enabled();
// Paint mode: records how deep below s's guard the stack was ever used.
void segscan(StackSeg* s);
// Counters (stack.h's StackStats), updated by stack.cc too.
void stats_add_link(bool spare, bool pool);

}  // namespace mgo::rt
