// Per-P timers (runtime/timer.cc): heap order under adds and deletes, Sleep wake order,
// sleeping goroutines holding no thread, timer channels, Stop/Reset, periodic timers,
// functions started as goroutines, and timers firing while their own P is busy.
// Durations are generous: the machine may be loaded; only orders and bounds are checked.
#include <algorithm>
#include <atomic>
#include <random>
#include <vector>

#include "runtime/timer.h"
#include "tests/unit/runtime_sched_test_util.h"

using namespace mgo::rt;
using namespace mgo::rt::testing;

namespace {

constexpr int64_t kMs = 1000000;

class Timers : public ::testing::TestWithParam<int> {};

// time.Time as time.go lays it out (what a timer sends).
struct TimeValue {
  int64_t sec, nsec, mono;
};
const TypeDesc* chan_time_type() {
  static TypeDesc elem{};
  elem.size = sizeof(TimeValue);
  elem.align = 8;
  elem.kind = KindStruct;
  static TypeDesc t{};
  t.size = 8;
  t.align = 8;
  t.kind = KindChan;
  t.elem = &elem;
  t.len = 3;
  return &t;
}
void* make_time_chan(G* g) { return mgo_rt_makechan(g, chan_time_type(), 1); }

// Checks the 4-ary heap of pp: parents no later than children, indices right.
void expect_heap(P* pp) {
  const auto& h = pp->timers;
  for (size_t i = 0; i < h.size(); i++) {
    ASSERT_EQ(h[i]->index, static_cast<int64_t>(i));
    ASSERT_EQ(h[i]->pp.load(), pp);
    if (i > 0) {
      ASSERT_LE(h[(i - 1) / 4]->when, h[i]->when) << "heap order broken at " << i;
    }
  }
  ASSERT_EQ(pp->timer0When.load(), h.empty() ? 0 : h[0]->when);
}

void heap_main(G* g) {
  constexpr int kN = 2000;
  std::vector<Timer> ts(kN);
  std::mt19937_64 rng(12345);
  int64_t base = nanotime() + 3600 * 1000 * kMs;  // an hour away: none fires
  for (auto& t : ts) {
    t.when = base + static_cast<int64_t>(rng() % 1000000);
    t.c = make_time_chan(g);
    addtimer(&t);
  }
  P* pp = getp();
  expect_heap(pp);
  EXPECT_EQ(timers_in_heaps(), kN);
  std::vector<int> idx(kN);
  for (int i = 0; i < kN; i++) idx[i] = i;
  std::shuffle(idx.begin(), idx.end(), rng);
  for (int i = 0; i < kN / 2; i++) {
    ASSERT_TRUE(deltimer(&ts[idx[i]]));
    ASSERT_FALSE(deltimer(&ts[idx[i]])) << "a stopped timer is not pending";
    if (i % 97 == 0) expect_heap(pp);
  }
  expect_heap(pp);
  int64_t min = INT64_MAX;
  for (int i = kN / 2; i < kN; i++) min = std::min(min, ts[idx[i]].when);
  EXPECT_EQ(nextTimerWhen(), min);
  // Reset moves a timer: to the front, then back.
  Timer* t = &ts[idx[kN - 1]];
  EXPECT_TRUE(modtimer(t, base - 1));
  expect_heap(pp);
  EXPECT_EQ(nextTimerWhen(), base - 1);
  EXPECT_TRUE(modtimer(t, base + 5000000));
  expect_heap(pp);
  for (int i = kN / 2; i < kN; i++) ASSERT_TRUE(deltimer(&ts[idx[i]]));
  EXPECT_EQ(timers_in_heaps(), 0);
  EXPECT_EQ(nextTimerWhen(), 0);
}
TEST(Timers, HeapOrderUnderAddDeleteReset) { run_main(1, heap_main); }

// Sleepers wake in deadline order, whatever order they went to sleep in.
int64_t wake_order[3];
std::atomic<int> wake_next;
void sleep_order_main(G* g) {
  wake_next = 0;
  WaitGroup wg;
  const int64_t delays[3] = {150, 10, 80};
  wg.Add(g, 3);
  for (int64_t d : delays) {
    go(g, [d, &wg](G* g) {
      timeSleep(g, d * kMs);
      wake_order[wake_next.fetch_add(1)] = d;
      wg.Done(g);
    });
  }
  wg.Wait(g);
  EXPECT_EQ(wake_order[0], 10);
  EXPECT_EQ(wake_order[1], 80);
  EXPECT_EQ(wake_order[2], 150);
}
TEST_P(Timers, SleepersWakeInDeadlineOrder) { run_main(GetParam(), sleep_order_main); }

// 200 goroutines sleeping 100 ms each on one P: they sleep at the same time (parked,
// holding no thread; run_main checks no extra M was made).
void sleep_no_thread_main(G* g) {
  constexpr int kN = 200;
  int64_t start = nanotime();
  WaitGroup wg;
  wg.Add(g, kN);
  for (int i = 0; i < kN; i++) {
    go(g, [&wg](G* g) {
      int64_t t0 = nanotime();
      timeSleep(g, 100 * kMs);
      EXPECT_GE(nanotime() - t0, 100 * kMs) << "woke early";
      wg.Done(g);
    });
  }
  wg.Wait(g);
  EXPECT_LT(nanotime() - start, 5000 * kMs) << "sleeps were serialised (200 x 100 ms = 20 s)";
}
TEST(Timers, SleepingGoroutinesHoldNoThread) { run_main(1, sleep_no_thread_main); }

// A timer sends the time on its channel when it fires; the receiver blocks meanwhile
// (and, alone in the program, is not a deadlock).
void timer_chan_main(G* g) {
  Timer t;
  t.c = make_time_chan(g);
  int64_t start = nanotime();
  t.when = whenafter(20 * kMs);
  addtimer(&t);
  TimeValue v{};
  EXPECT_TRUE(mgo_rt_chanrecv(g, t.c, &v));
  EXPECT_GE(nanotime() - start, 20 * kMs);
  EXPECT_GT(v.sec, 1600000000) << "wall clock seconds";
  EXPECT_GE(v.mono - 1, start + 20 * kMs) << "the time sent is the firing time";
  EXPECT_FALSE(deltimer(&t)) << "a fired timer is not pending";
}
TEST_P(Timers, TimerChannelReceivesFiringTime) { run_main(GetParam(), timer_chan_main); }

void stop_reset_main(G* g) {
  Timer t;
  t.c = make_time_chan(g);
  // Stopped before it fires: nothing is sent.
  t.when = whenafter(30 * kMs);
  addtimer(&t);
  EXPECT_TRUE(deltimer(&t));
  timeSleep(g, 60 * kMs);
  TimeValue v{};
  bool received = false;
  EXPECT_FALSE(mgo_rt_selectnbrecv(g, t.c, &v, &received)) << "a stopped timer fired";
  EXPECT_FALSE(deltimer(&t));
  // Reset of a stopped timer: fires once, at the new time; Reset reports "not pending".
  int64_t start = nanotime();
  EXPECT_FALSE(modtimer(&t, whenafter(15 * kMs)));
  EXPECT_TRUE(mgo_rt_chanrecv(g, t.c, &v));
  EXPECT_GE(nanotime() - start, 15 * kMs);
  // Reset of a pending timer to later: it does not fire at the old time.
  t.when = whenafter(10 * kMs);
  addtimer(&t);
  start = nanotime();
  EXPECT_TRUE(modtimer(&t, whenafter(80 * kMs)));
  timeSleep(g, 40 * kMs);
  EXPECT_FALSE(mgo_rt_selectnbrecv(g, t.c, &v, &received)) << "fired at the time before Reset";
  EXPECT_TRUE(mgo_rt_chanrecv(g, t.c, &v));
  EXPECT_GE(nanotime() - start, 80 * kMs);
  EXPECT_FALSE(deltimer(&t));
}
TEST_P(Timers, StopAndReset) { run_main(GetParam(), stop_reset_main); }

// A periodic timer (Ticker) keeps firing every period until stopped.
void ticker_main(G* g) {
  Timer t;
  t.c = make_time_chan(g);
  t.period = 5 * kMs;
  int64_t start = nanotime();
  t.when = whenafter(5 * kMs);
  addtimer(&t);
  int64_t last = 0;
  for (int i = 0; i < 6; i++) {
    TimeValue v{};
    EXPECT_TRUE(mgo_rt_chanrecv(g, t.c, &v));
    EXPECT_GT(v.mono, last) << "ticks go forward";
    last = v.mono;
  }
  EXPECT_GE(nanotime() - start, 6 * 5 * kMs - 5 * kMs) << "six ticks came too fast";
  EXPECT_TRUE(deltimer(&t)) << "a ticker stays pending until stopped";
  EXPECT_FALSE(deltimer(&t));
}
TEST_P(Timers, PeriodicTimerTicksUntilStopped) { run_main(GetParam(), ticker_main); }

// A timer with a func() starts it as a new goroutine (time.AfterFunc).
void afterfunc_main(G* g) {
  void* done = makechan_int(g, 1);
  Timer t;
  t.f = make_closure([done](G* g) { send(g, done, g->goid); });
  t.when = whenafter(10 * kMs);
  addtimer(&t);
  int64_t goid = recv(g, done);
  EXPECT_NE(goid, g->goid);
  EXPECT_GT(goid, 1);
}
TEST_P(Timers, FuncTimerRunsInItsOwnGoroutine) { run_main(GetParam(), afterfunc_main); }

// The goroutine that added a timer keeps its P busy (no yield, no preemption): another
// M must run that P's timer.
std::atomic<bool> busy_fired;
void busy_adder_main(G* g) {
  busy_fired = false;
  Timer t;
  t.f = make_closure([](G* g) { busy_fired.store(true); });
  t.when = whenafter(10 * kMs);
  addtimer(&t);
  int64_t start = nanotime();
  while (!busy_fired.load() && nanotime() - start < 10000 * kMs) {
  }
  EXPECT_TRUE(busy_fired.load()) << "a busy P's timer never fired";
  deltimer(&t);  // (if it never fired: it must not outlive this frame)
}
TEST(Timers, BusyPsTimerFiresOnAnotherM) { run_main(2, busy_adder_main); }

// Timer churn: deadlines that pass while an M is on its way to sleep (a negative
// timeout once meant "sleep forever" and hung the program), timers added and fired by
// the thousand from several goroutines.
std::atomic<int64_t> churn_done;
void churn_main(G* g) {
  constexpr int kG = 20, kIters = 200;
  churn_done = 0;
  WaitGroup wg;
  wg.Add(g, kG);
  for (int i = 0; i < kG; i++) {
    go(g, [i, &wg](G* g) {
      uint64_t x = 0x9e3779b97f4a7c15ULL * (i + 1);
      for (int k = 0; k < kIters; k++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        timeSleep(g, static_cast<int64_t>(x % 300000));  // 0-300 us
        churn_done++;
      }
      wg.Done(g);
    });
  }
  wg.Wait(g);
  EXPECT_EQ(churn_done.load(), kG * kIters);
  EXPECT_EQ(timers_in_heaps(), 0);
}
TEST_P(Timers, ShortSleepChurn) { run_main(GetParam(), churn_main); }

// procresize's hand-over: timers moved to another P keep their order and still fire
// (that P's heap is searched like any other).
void move_main(G* g) {
  P* from = getp();
  P* to = sched.allp[0] == from ? sched.allp[1] : sched.allp[0];
  void* c = makechan_int(g, 3);
  Timer ts[3];
  for (int i = 0; i < 3; i++) {
    ts[i].f = make_closure([c, i](G* g) { send(g, c, i); });
    ts[i].when = whenafter((30 - 10 * i) * kMs);
    addtimer(&ts[i]);
  }
  moveTimers(to, from);
  EXPECT_EQ(from->timer0When.load(), 0);
  EXPECT_TRUE(from->timers.empty());
  EXPECT_EQ(to->timers.size(), 3u);
  for (Timer& t : ts) EXPECT_EQ(t.pp.load(), to);
  int64_t sum = 0;
  for (int i = 0; i < 3; i++) sum += recv(g, c);
  EXPECT_EQ(sum, 0 + 1 + 2);
  EXPECT_EQ(timers_in_heaps(), 0);
}
TEST(Timers, MovedTimersStillFire) { run_main(2, move_main); }

INSTANTIATE_TEST_SUITE_P(Gomaxprocs, Timers, ::testing::Values(1, 2),
                         [](const ::testing::TestParamInfo<int>& i) {
                           return "P" + std::to_string(i.param);
                         });

}  // namespace
