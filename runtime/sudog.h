// sudog.h — sudog allocation (Go's acquireSudog/releaseSudog) and the wait queue of
// sudogs that channels use (Go's waitq).
//
// Sudogs come from a per-P cache (P::sudogcache, touched only by the P's holder) backed
// by a central list under sched.sudoglock; half a cache moves at a time. A released
// sudog must be clean (no g, elem, links): releaseSudog throws otherwise.
#pragma once
#include <cstdint>

#include "runtime/runtime2.h"

namespace mgo::rt {

Sudog* acquireSudog();
void releaseSudog(Sudog* s);

// Tests: sudogs acquired and not released (0 at quiescence). Computed from the
// allocation count and the caches (race-free: P::sudogcount is a relaxed atomic), exact
// when no other P acquires or releases sudogs meanwhile.
int64_t sudogs_in_use();
// Tear-down: move pp's cache to the central list; free the central list.
void sudogcache_flush(P* pp);
void sudog_freeall();
// Tests: sudog objects allocated and not freed by sudog_freeall.
int64_t sudogs_allocated();

// A FIFO of sudogs linked by next/prev; protected by the owning object's lock.
struct WaitQ {
  Sudog* first = nullptr;
  Sudog* last = nullptr;
  void enqueue(Sudog* s);
  // Removes and returns the first sudog whose G can still be woken; for a select
  // sudog, that means winning the G's selectDone CAS (select.go's dequeue).
  Sudog* dequeue();
  // Removes s (select cancelling its other cases); s must be on this queue or unlinked.
  void remove(Sudog* s);
};

}  // namespace mgo::rt
