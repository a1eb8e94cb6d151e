// runtime.GOMAXPROCS(n): stop the world, procresize, start the world (proc.cc). What a
// user checks: the old value comes back, the new one is reported, and every goroutine
// (runnable, blocked on channels, sleeping on a removed P's timer, spinning) still runs
// to completion; nothing leaks at tear-down (run_main).
#include <time.h>

#include <atomic>
#include <vector>

#include "runtime/timer.h"
#include "tests/unit/runtime_sched_test_util.h"

using namespace mgo::rt;
using namespace mgo::rt::testing;

namespace {

class Procresize : public ::testing::TestWithParam<int> {};

std::atomic<bool> stop_spinning;
std::atomic<int64_t> spins;
std::atomic<int> sleepers_woken;
std::vector<int64_t> seen;  // what main read back from GOMAXPROCS

// Up and down while goroutines spin (only prologue checks: they must be preempted for
// the world to stop), pass values over a channel and sleep on timers that may sit in a
// removed P's heap.
void resize_main(G* g) {
  int procs = std::atoi(getenv("GOMAXPROCS"));
  seen.clear();
  seen.push_back(mgo_runtime_GOMAXPROCS(g, 0));
  auto* wg = new WaitGroup();
  wg->Add(g, 2);
  for (int i = 0; i < 2; i++) {
    go(g, [wg](G* g) {
      while (!stop_spinning.load(std::memory_order_relaxed)) {
        prologue_check(g);
        spins.fetch_add(1, std::memory_order_relaxed);
      }
      wg->Done(g);
    });
  }
  constexpr int kSleepers = 16;
  wg->Add(g, kSleepers);
  for (int i = 0; i < kSleepers; i++) {
    go(g, [wg, i](G* g) {
      timeSleep(g, (5 + i) * 1000 * 1000LL);
      sleepers_woken++;
      wg->Done(g);
    });
  }
  void* c = makechan_int(g, 0);
  wg->Add(g, 1);
  go(g, [wg, c](G* g) {
    for (int64_t i = 1; i <= 300; i++) send(g, c, i);
    wg->Done(g);
  });
  // The spinners run before the first resize: the world stops only if they yield.
  while (spins.load() == 0) mgo_runtime_Gosched(g);
  int64_t sum = 0;
  const int64_t sizes[] = {1, 4, 2, 3, 1, procs};
  for (int64_t n : sizes) {
    seen.push_back(mgo_runtime_GOMAXPROCS(g, n));
    seen.push_back(mgo_runtime_GOMAXPROCS(g, 0));
    for (int k = 0; k < 50; k++) sum += recv(g, c);
  }
  EXPECT_EQ(sum, 300 * 301 / 2);
  stop_spinning = true;
  wg->Wait(g);
  EXPECT_EQ(sleepers_woken.load(), kSleepers);
  delete wg;
}

TEST_P(Procresize, UpAndDownWhileGoroutinesRun) {
  stop_spinning = false;
  spins = 0;
  sleepers_woken = 0;
  int procs = GetParam();
  run_main(procs, resize_main, /*extra Ms: up to 4 Ps*/ 8);
  // GOMAXPROCS(n) returns the previous value; GOMAXPROCS(0) the current one.
  std::vector<int64_t> want = {procs, procs, 1, 1, 4, 4, 2, 2, 3, 3, 1, 1, procs};
  EXPECT_EQ(seen, want);
}

// GOMAXPROCS with the same value or n <= 0 only reads (Go: no stop-the-world).
void readonly_main(G* g) {
  int64_t n = mgo_runtime_GOMAXPROCS(g, 0);
  EXPECT_EQ(mgo_runtime_GOMAXPROCS(g, -3), n);
  EXPECT_EQ(mgo_runtime_GOMAXPROCS(g, n), n);
  EXPECT_EQ(mgo_runtime_GOMAXPROCS(g, 0), n);
}
TEST_P(Procresize, ZeroNegativeAndSameOnlyRead) { run_main(GetParam(), readonly_main); }

INSTANTIATE_TEST_SUITE_P(Gomaxprocs, Procresize, ::testing::Values(1, 2, 4),
                         [](const auto& info) { return "P" + std::to_string(info.param); });

}  // namespace
