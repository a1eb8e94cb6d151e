// Goroutines and channels under GOMAXPROCS 1, 2 and 4: C++ goroutine bodies (the G*
// convention) joined by WaitGroups, talking over channels; tear-down checks leaks.
#include <atomic>
#include <vector>

#include "tests/unit/runtime_sched_test_util.h"

using namespace mgo::rt;
using namespace mgo::rt::testing;

namespace {

class Sched : public ::testing::TestWithParam<int> {};

// --- 100,000 goroutines joined with a WaitGroup ---
std::atomic<int64_t> counter;
std::atomic<int> running_now, running_max;
std::vector<int64_t>* slots;
// ThreadSanitizer counts each goroutine's fiber as a thread and dies past 8128 of them.
#ifdef MGO_TSAN
constexpr int kManyGoroutines = 4000;
#else
constexpr int kManyGoroutines = 100000;
#endif
void many_main(G* g) {
  constexpr int kN = kManyGoroutines;
  WaitGroup wg;
  slots = new std::vector<int64_t>(kN, 0);
  wg.Add(g, kN);
  for (int i = 0; i < kN; i++) {
    go(g, [i, &wg](G* g) {
      int r = running_now.fetch_add(1) + 1;
      for (int m = running_max.load(); r > m && !running_max.compare_exchange_weak(m, r);) {
      }
      (*slots)[i] = i + 1;
      counter.fetch_add(1);
      running_now.fetch_sub(1);
      wg.Done(g);
    });
  }
  wg.Wait(g);
  EXPECT_EQ(counter.load(), kN);
  EXPECT_LE(running_max.load(), std::atoi(getenv("GOMAXPROCS")))
      << "more goroutines ran at once than GOMAXPROCS allows";
  int64_t sum = 0;
  for (int64_t v : *slots) sum += v;
  EXPECT_EQ(sum, int64_t(kN) * (kN + 1) / 2);
  delete slots;
}
TEST_P(Sched, HundredThousandGoroutinesJoinedByWaitGroup) {
  counter = 0;
  running_now = 0;
  running_max = 0;
  run_main(GetParam(), many_main);
}

// --- ping-pong over unbuffered channels ---
void pingpong_main(G* g) {
  constexpr int64_t kRounds = 50000;
  void* ping = makechan_int(g, 0);
  void* pong = makechan_int(g, 0);
  void* done = makechan_int(g, 0);
  go(g, [=](G* g) {
    for (;;) {
      bool ok;
      int64_t v = recv(g, ping, &ok);
      if (!ok) break;
      send(g, pong, v + 1);
    }
    send(g, done, 42);
  });
  int64_t v = 0;
  for (int64_t i = 0; i < kRounds; i++) {
    send(g, ping, v);
    int64_t w = recv(g, pong);
    ASSERT_EQ(w, v + 1);
    v = w + 1;
  }
  EXPECT_EQ(v, 2 * kRounds);
  mgo_rt_closechan(g, ping);
  EXPECT_EQ(recv(g, done), 42);
}
TEST_P(Sched, PingPongOverUnbufferedChannels) { run_main(GetParam(), pingpong_main); }

// --- buffered producers/consumers, close and range ---
void prodcons_main(G* g) {
  constexpr int kProducers = 4, kConsumers = 3;
  constexpr int64_t kPer = 20000;
  void* c = makechan_int(g, 16);
  void* results = makechan_int(g, kConsumers);
  auto* wg = new WaitGroup();
  wg->Add(g, kProducers);
  for (int p = 0; p < kProducers; p++) {
    go(g, [=](G* g) {
      for (int64_t i = 1; i <= kPer; i++) send(g, c, p * kPer + i);
      wg->Done(g);
    });
  }
  for (int k = 0; k < kConsumers; k++) {
    go(g, [=](G* g) {
      int64_t sum = 0;
      for (;;) {  // for v := range c
        bool ok;
        int64_t v = recv(g, c, &ok);
        if (!ok) break;
        sum += v;
      }
      send(g, results, sum);
    });
  }
  wg->Wait(g);
  EXPECT_LE(mgo_rt_chanlen(c), 16);
  EXPECT_EQ(mgo_rt_chancap(c), 16);
  mgo_rt_closechan(g, c);
  int64_t total = 0;
  for (int k = 0; k < kConsumers; k++) total += recv(g, results);
  int64_t n = kProducers * kPer;
  EXPECT_EQ(total, n * (n + 1) / 2);
  delete wg;
}
TEST_P(Sched, BufferedProducersConsumersCloseAndRange) { run_main(GetParam(), prodcons_main); }

// --- close: in-order drain of a buffer, then zero values with ok=false ---
void closerange_main(G* g) {
  void* c = makechan_int(g, 100);
  go(g, [=](G* g) {
    for (int64_t i = 1; i <= 1000; i++) send(g, c, i);
    mgo_rt_closechan(g, c);
  });
  int64_t want = 1;
  for (;;) {
    bool ok;
    int64_t v = recv(g, c, &ok);
    if (!ok) {
      EXPECT_EQ(v, 0) << "receive from a closed channel yields the zero value";
      break;
    }
    ASSERT_EQ(v, want++);
  }
  EXPECT_EQ(want, 1001);
  bool ok = true;
  EXPECT_EQ(recv(g, c, &ok), 0);
  EXPECT_FALSE(ok);
}
TEST_P(Sched, CloseThenRangeSeesEveryValueInOrder) { run_main(GetParam(), closerange_main); }

// --- close wakes every parked receiver ---
void closewake_main(G* g) {
  void* c = makechan_int(g, 0);
  void* res = makechan_int(g, 10);
  for (int i = 0; i < 10; i++) {
    go(g, [=](G* g) {
      bool ok = true;
      int64_t v = recv(g, c, &ok);
      send(g, res, ok ? 100 : v);
    });
  }
  for (int i = 0; i < 50; i++) mgo_runtime_Gosched(g);  // let them park (not required)
  mgo_rt_closechan(g, c);
  for (int i = 0; i < 10; i++) EXPECT_EQ(recv(g, res), 0);
}
TEST_P(Sched, CloseWakesAllReceivers) { run_main(GetParam(), closewake_main); }

// --- non-blocking send/receive (select with default) ---
void nonblocking_main(G* g) {
  void* c = makechan_int(g, 1);
  int64_t v = 7, out = 0;
  bool received = true;
  EXPECT_FALSE(mgo_rt_selectnbrecv(g, c, &out, &received));
  EXPECT_TRUE(mgo_rt_selectnbsend(g, c, &v));
  EXPECT_FALSE(mgo_rt_selectnbsend(g, c, &v)) << "buffer full";
  EXPECT_TRUE(mgo_rt_selectnbrecv(g, c, &out, &received));
  EXPECT_TRUE(received);
  EXPECT_EQ(out, 7);
  void* u = makechan_int(g, 0);
  EXPECT_FALSE(mgo_rt_selectnbsend(g, u, &v)) << "no receiver waiting";
  EXPECT_FALSE(mgo_rt_selectnbsend(g, nullptr, &v)) << "nil channel never ready";
  EXPECT_FALSE(mgo_rt_selectnbrecv(g, nullptr, &out, &received));
  mgo_rt_closechan(g, u);
  out = 5;
  EXPECT_TRUE(mgo_rt_selectnbrecv(g, u, &out, &received));
  EXPECT_FALSE(received);
  EXPECT_EQ(out, 0);
  EXPECT_EQ(mgo_rt_chanlen(nullptr), 0);
  EXPECT_EQ(mgo_rt_chancap(nullptr), 0);
}
TEST_P(Sched, NonBlockingOperations) { run_main(GetParam(), nonblocking_main); }

// --- sync.Mutex guarding a plain counter ---
int64_t plain_counter;
void mutex_main(G* g) {
  constexpr int kG = 8, kIters = 20000;
  auto* mu = new GoMutex();
  WaitGroup wg;
  wg.Add(g, kG);
  for (int i = 0; i < kG; i++) {
    go(g, [mu, &wg](G* g) {
      for (int j = 0; j < kIters; j++) {
        mu->Lock(g);
        plain_counter++;
        if (j % 100 == 0) mgo_runtime_Gosched(g);  // hold the lock across a yield
        mu->Unlock(g);
      }
      wg.Done(g);
    });
  }
  wg.Wait(g);
  EXPECT_EQ(plain_counter, int64_t(kG) * kIters);
  EXPECT_EQ(mu->state, 0);
  delete mu;
}
TEST_P(Sched, MutexCounter) {
  plain_counter = 0;
  run_main(GetParam(), mutex_main);
}

// --- sync/atomic ---
void atomic_main(G* g) {
  constexpr int kG = 16, kIters = 10000;
  auto* v64 = new int64_t(0);
  auto* v32 = new uint32_t(0);
  WaitGroup wg;
  wg.Add(g, kG);
  for (int i = 0; i < kG; i++) {
    go(g, [=, &wg](G* g) {
      for (int j = 0; j < kIters; j++) {
        mgo_sync_atomic_AddInt64(g, v64, 2);
        for (;;) {
          uint32_t old = mgo_sync_atomic_LoadUint32(g, v32);
          if (mgo_sync_atomic_CompareAndSwapUint32(g, v32, old, old + 1)) break;
        }
      }
      wg.Done(g);
    });
  }
  wg.Wait(g);
  EXPECT_EQ(mgo_sync_atomic_LoadInt64(g, v64), 2LL * kG * kIters);
  EXPECT_EQ(mgo_sync_atomic_LoadUint32(g, v32), uint32_t(kG * kIters));
  mgo_sync_atomic_StoreInt64(g, v64, -5);
  EXPECT_EQ(mgo_sync_atomic_SwapInt64(g, v64, 3), -5);
  EXPECT_EQ(*v64, 3);
  delete v64;
  delete v32;
}
TEST_P(Sched, AtomicCounters) { run_main(GetParam(), atomic_main); }

// --- runtime.Gosched, Goexit, NumGoroutine, GOMAXPROCS ---
std::atomic<int> after_goexit;
void runtime_pkg_main(G* g) {
  EXPECT_EQ(mgo_runtime_GOMAXPROCS(g, 0), std::atoi(getenv("GOMAXPROCS")));
  EXPECT_GE(mgo_runtime_NumCPU(g), 1);
  EXPECT_EQ(mgo_runtime_NumGoroutine(g), 1);
  void* c = makechan_int(g, 0);
  WaitGroup wg;
  wg.Add(g, 1);
  go(g, [&](G* g) {
    wg.Done(g);
    mgo_runtime_Goexit(g);
    after_goexit = 1;  // never runs
  });
  go(g, [=](G* g) { recv(g, c); });
  wg.Wait(g);
  // The parked receiver counts; the exited one stops counting once it is gone.
  int64_t n = 0;
  for (int i = 0; i < 1000 && (n = mgo_runtime_NumGoroutine(g)) != 2; i++) mgo_runtime_Gosched(g);
  EXPECT_EQ(n, 2);
  send(g, c, 1);
  EXPECT_EQ(after_goexit.load(), 0);
}
TEST_P(Sched, RuntimePackage) { run_main(GetParam(), runtime_pkg_main); }

// --- goroutine ids are unique and main is 1 ---
void goid_main(G* g) {
  EXPECT_EQ(g->goid, 1);
  constexpr int kN = 2000;
  auto* ids = new std::vector<int64_t>(kN);
  WaitGroup wg;
  wg.Add(g, kN);
  for (int i = 0; i < kN; i++) {
    go(g, [=, &wg](G* g) {
      (*ids)[i] = g->goid;
      wg.Done(g);
    });
  }
  wg.Wait(g);
  std::sort(ids->begin(), ids->end());
  EXPECT_EQ(std::adjacent_find(ids->begin(), ids->end()), ids->end()) << "duplicate goid";
  EXPECT_GT(ids->front(), 1);
  delete ids;
}
TEST_P(Sched, GoroutineIdsAreUnique) { run_main(GetParam(), goid_main); }

INSTANTIATE_TEST_SUITE_P(Gomaxprocs, Sched, ::testing::Values(1, 2, 4),
                         [](const auto& info) { return "P" + std::to_string(info.param); });

}  // namespace
