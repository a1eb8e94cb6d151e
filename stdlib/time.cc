// time.cc — the clock and sleep behind stdlib/go/time.go.
// sleep parks the goroutine through the scheduler's mgo_time_Sleep when the runtime
// provides it (weak reference); until then it blocks the thread in nanosleep, which is
// correct but holds the goroutine's P for the duration.
#include <cerrno>
#include <ctime>

#include "runtime/rt.h"
#include "stdlib/symbols.h"

extern "C" __attribute__((weak)) void mgo_time_Sleep(G* g, int64_t ns);

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

void mgo_time_sleep(G* g, int64_t ns) {
  if (ns <= 0) return;
  if (&mgo_time_Sleep != nullptr) {
    mgo_time_Sleep(g, ns);
    return;
  }
  timespec ts{static_cast<time_t>(ns / 1000000000), static_cast<long>(ns % 1000000000)};
  while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
  }
}

}  // extern "C"

namespace mgo::std {

const ExternSymbol* time_symbols() {
  static const ExternSymbol table[] = {
      MGO_SYM(mgo_time_now),
      MGO_SYM(mgo_time_sleep),
      {nullptr, nullptr},
  };
  return table;
}

}  // namespace mgo::std
