// note.h — one-shot sleep/wakeup for Ms, as Go's note (lock_futex.go).
//
// noteclear resets; notesleep blocks the thread until notewakeup (which may come
// first: then notesleep returns at once); notetsleep does so with a timeout. Exactly one
// M sleeps on a note, and each wakeup is used once. Ms park on their own m->park.
#pragma once
#include <atomic>
#include <cstdint>

namespace mgo::rt {

struct Note {
  std::atomic<uint32_t> key{0};  // 0 asleep or not yet woken, 1 woken
};

void noteclear(Note* n);
void notewakeup(Note* n);
void notesleep(Note* n);
// Sleeps at most ns nanoseconds (ns < 0: forever); returns true if woken.
bool notetsleep(Note* n, int64_t ns);

}  // namespace mgo::rt
