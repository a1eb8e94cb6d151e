// time.cc — the clock, Sleep and timers behind stdlib/go/time.go.
// Sleep parks the goroutine on a runtime timer (it holds no thread); time.go's
// runtimeTimer is runtime/timer.h's Timer (same layout), started, stopped and reset here
// on the per-P timer heaps of runtime/timer.cc.
//
// Every extern here must stay small and bounded (a clock read, a timer heap operation,
// a park): jit/codegen_morestack.cc lists mgo_time_ among the light externs, so a
// goroutine calling time.Sleep runs it on its small first segment (a heavy extern would
// make each sleeper link a 64 KiB segment: 2x Go's time on bench/timers).
#include <ctime>

#include "runtime/rt.h"
#include "runtime/timer.h"
#include "stdlib/symbols.h"

using mgo::rt::Timer;

namespace {
struct NowOut {
  int64_t sec, nsec, mono;
};
}  // namespace

extern "C" {

void mgo_time_now(G* g, NowOut* out) {
  timespec wall, mono;
  clock_gettime(CLOCK_REALTIME, &wall);
  clock_gettime(CLOCK_MONOTONIC, &mono);
  out->sec = wall.tv_sec;
  out->nsec = wall.tv_nsec;
  // +1 keeps a real reading from ever being 0, which time.go uses for "no reading".
  out->mono = static_cast<int64_t>(mono.tv_sec) * 1000000000 + mono.tv_nsec + 1;
}

void mgo_time_sleep(G* g, int64_t ns) { mgo::rt::timeSleep(g, ns); }

void mgo_time_startTimer(G* g, Timer* t, int64_t d) {
  t->when = mgo::rt::whenafter(d);
  mgo::rt::addtimer(t);
}

bool mgo_time_stopTimer(G* g, Timer* t) { return mgo::rt::deltimer(t); }

bool mgo_time_resetTimer(G* g, Timer* t, int64_t d, int64_t period) {
  bool pending = mgo::rt::deltimer(t);
  t->period = period;  // not in a heap now: ours to write
  t->when = mgo::rt::whenafter(d);
  mgo::rt::addtimer(t);
  return pending;
}

}  // extern "C"

namespace mgo::std {

const ExternSymbol* time_symbols() {
  static const ExternSymbol table[] = {
      MGO_SYM(mgo_time_now),
      MGO_SYM(mgo_time_sleep),
      MGO_SYM(mgo_time_startTimer),
      MGO_SYM(mgo_time_stopTimer),
      MGO_SYM(mgo_time_resetTimer),
      {nullptr, nullptr},
  };
  return table;
}

}  // namespace mgo::std
