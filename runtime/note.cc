// note.cc — futex notes; see note.h.
#include "runtime/note.h"

#include <ctime>

#include "runtime/fatal.h"
#include "runtime/lock.h"

namespace mgo::rt {

void noteclear(Note* n) { n->key.store(0, std::memory_order_relaxed); }  // before any sleeper exists

void notewakeup(Note* n) {
  // release: pairs with the acquire load in notesleep/notetsleep.
  uint32_t old = n->key.exchange(1, std::memory_order_release);
  if (old != 0) throw_("notewakeup - double wakeup");
  futexwakeup(&n->key, 1);
}

void notesleep(Note* n) {
  // acquire: pairs with the release exchange in notewakeup.
  while (n->key.load(std::memory_order_acquire) == 0) futexsleep(&n->key, 0, nullptr);
}

bool notetsleep(Note* n, int64_t ns) {
  if (ns < 0) {
    notesleep(n);
    return true;
  }
  timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  int64_t deadline = now.tv_sec * 1000000000LL + now.tv_nsec + ns;
  // acquire: pairs with the release exchange in notewakeup.
  while (n->key.load(std::memory_order_acquire) == 0) {
    clock_gettime(CLOCK_MONOTONIC, &now);
    int64_t left = deadline - (now.tv_sec * 1000000000LL + now.tv_nsec);
    if (left <= 0) return false;
    timespec ts{static_cast<time_t>(left / 1000000000LL), static_cast<long>(left % 1000000000LL)};
    futexsleep(&n->key, 0, &ts);
  }
  return true;
}

}  // namespace mgo::rt
