// Preemption storm: with GODEBUG=mgosysmonpreempt=50 sysmon asks every running goroutine
// to yield every 50µs, while producers and consumers hand values through unbuffered and
// buffered channels and a select. Every value must arrive exactly once, every goroutine
// must end (run_main checks nothing leaked), and nothing may deadlock; run under TSAN by
// tools/test.sh, where it must stay well under 10 s.
#include <atomic>
#include <string>

#include "tests/unit/runtime_sched_test_util.h"

using namespace mgo::rt;
using namespace mgo::rt::testing;

namespace {

constexpr int kProducers = 6;
constexpr int64_t kItems = 1500;  // per producer

std::atomic<int64_t> storm_sum;
std::atomic<int64_t> storm_count;
std::atomic<int64_t> preempt_seen;  // prologue checks that found a preemption request

// A compiled function's prologue, counting the requests it finds before yielding.
void poll(G* g) {
  if (g->stackguard0.load(std::memory_order_relaxed) == StackPreempt) preempt_seen++;
  prologue_check(g);
}

void storm_main(G* g) {
  void* unbuf = makechan_int(g, 0);
  void* buf = makechan_int(g, 16);
  void* done = makechan_int(g, 0);
  // Producers: even ones send on the unbuffered channel, odd ones on the buffered one.
  for (int p = 0; p < kProducers; p++) {
    void* c = p % 2 == 0 ? unbuf : buf;
    go(g, [=](G* g) {
      volatile uint64_t x = 0;
      for (int64_t i = 1; i <= kItems; i++) {
        for (int j = 0; j < 8000; j++) {  // some work between sends, polled as loops are
          x = x * 31 + j;
          if (j % 100 == 0) poll(g);
        }
        send(g, c, p * kItems + i);
      }
      send(g, done, 1);
    });
  }
  // Consumers: one per channel plus one selecting over both, until the channels close.
  auto consumer = [=](G* g, void* c) {
    for (;;) {
      poll(g);
      bool ok = false;
      int64_t v = recv(g, c, &ok);
      if (!ok) break;
      storm_sum += v;
      storm_count++;
    }
    send(g, done, 2);
  };
  go(g, [=](G* g) { consumer(g, unbuf); });
  go(g, [=](G* g) { consumer(g, buf); });
  go(g, [=](G* g) {
    Scase cases[2] = {{unbuf, nullptr}, {buf, nullptr}};
    while (cases[0].c != nullptr || cases[1].c != nullptr) {
      poll(g);
      int64_t v = -1;
      cases[0].elem = cases[1].elem = &v;
      uint16_t order[4];
      bool ok = false;
      int64_t chosen = mgo_rt_selectgo(g, cases, order, 0, 2, true, &ok);
      if (!ok) {
        cases[chosen].c = nullptr;  // closed: a nil channel's case never proceeds
        continue;
      }
      storm_sum += v;
      storm_count++;
    }
    send(g, done, 2);
  });
  for (int p = 0; p < kProducers; p++) recv(g, done);
  mgo_rt_closechan(g, unbuf);
  mgo_rt_closechan(g, buf);
  for (int i = 0; i < 3; i++) recv(g, done);
}

class Storm : public ::testing::TestWithParam<int> {};

TEST_P(Storm, NoValueLostNoGoroutineLostNoDeadlock) {
  storm_sum = 0;
  storm_count = 0;
  preempt_seen = 0;
  setenv("GODEBUG", "mgosysmonpreempt=50", 1);
  run_main(GetParam(), storm_main);
  unsetenv("GODEBUG");
  int64_t n = kProducers * kItems;
  EXPECT_EQ(storm_count.load(), n) << "values lost or duplicated";
  EXPECT_EQ(storm_sum.load(), n * (n + 1) / 2);
  // The storm happened: running goroutines kept finding preemption requests.
  EXPECT_GT(preempt_seen.load(), 20) << "sysmon did not preempt (GODEBUG knob ignored?)";
  RecordProperty("preemptions_seen", std::to_string(preempt_seen.load()));
}

INSTANTIATE_TEST_SUITE_P(Gomaxprocs, Storm, ::testing::Values(1, 2, 4),
                         [](const auto& info) { return "P" + std::to_string(info.param); });

}  // namespace
