// selectgo (runtime/select.cc): the choice among ready cases is uniform and unpredictable;
// a blocked select is woken by a sender, a receiver or a close from another goroutine;
// many selects on both ends of the same channels neither lose nor duplicate values;
// non-blocking selects neither park nor allocate. Each under GOMAXPROCS 1 and 2 where
// scheduling matters; tear-down (run_main) checks that no G or sudog leaked.
#include <atomic>
#include <cmath>
#include <vector>

#include "runtime/malloc.h"
#include "runtime/select.h"
#include "tests/unit/runtime_sched_test_util.h"

using namespace mgo::rt;
using namespace mgo::rt::testing;

namespace {

class Select : public ::testing::TestWithParam<int> {};

// Pearson's chi-square statistic of counts against a uniform expectation.
double chi2_uniform(const std::vector<int64_t>& counts) {
  int64_t total = 0;
  for (int64_t c : counts) total += c;
  double e = static_cast<double>(total) / static_cast<double>(counts.size());
  double x = 0;
  for (int64_t c : counts) x += (c - e) * (c - e) / e;
  return x;
}

// Runs `rounds` selects over `n` receive cases on channels that are always ready
// (closed) and returns the chosen indices.
std::vector<int> choices;
constexpr int kFairCases = 4;
constexpr int kFairRounds = 40000;
void fairness_main(G* g) {
  void* ch[kFairCases];
  for (auto& c : ch) {
    c = makechan_int(g, 0);
    mgo_rt_closechan(g, c);
  }
  choices.clear();
  for (int r = 0; r < kFairRounds; r++) {
    int64_t v[kFairCases];
    Scase cases[kFairCases];
    uint16_t order[2 * kFairCases];
    for (int i = 0; i < kFairCases; i++) {
      v[i] = 7;
      cases[i] = Scase{ch[i], &v[i]};
    }
    bool ok = true;
    int64_t k = mgo_rt_selectgo(g, cases, order, 0, kFairCases, true, &ok);
    ASSERT_GE(k, 0);
    ASSERT_LT(k, kFairCases);
    ASSERT_FALSE(ok) << "a closed channel delivers ok=false";
    ASSERT_EQ(v[k], 0) << "a closed channel delivers the zero value";
    choices.push_back(static_cast<int>(k));
  }
}

// Each case wins 1/n of the time (chi-square, df=3, p < 1e-7 to fail), and the winner
// of one round says nothing about the next: the n*n pairs of consecutive winners are
// uniform too (df=15, p < 1e-7). A fixed order (always case 0) fails the first check; a
// round-robin order (0,1,2,3,0,...) passes the first and fails the second.
TEST(SelectFairness, ReadyCasesChosenUniformlyAndUnpredictably) {
  run_main(1, fairness_main);
  ASSERT_EQ(choices.size(), static_cast<size_t>(kFairRounds));
  std::vector<int64_t> counts(kFairCases, 0);
  std::vector<int64_t> pairs(kFairCases * kFairCases, 0);
  for (size_t i = 0; i < choices.size(); i++) {
    counts[choices[i]]++;
    if (i > 0) pairs[choices[i - 1] * kFairCases + choices[i]]++;
  }
  EXPECT_LT(chi2_uniform(counts), 35.0) << "winners are not uniform";
  EXPECT_LT(chi2_uniform(pairs), 65.0) << "consecutive winners are predictable";
}

// The test above must be able to fail: the same statistics on a round-robin sequence
// and on a biased one.
TEST(SelectFairness, StatisticsRejectRoundRobinAndBias) {
  std::vector<int64_t> counts(kFairCases, 0), pairs(kFairCases * kFairCases, 0);
  for (int i = 0; i < kFairRounds; i++) {
    counts[i % kFairCases]++;
    if (i > 0) pairs[((i - 1) % kFairCases) * kFairCases + i % kFairCases]++;
  }
  EXPECT_LT(chi2_uniform(counts), 35.0);
  EXPECT_GT(chi2_uniform(pairs), 65.0);
  std::vector<int64_t> biased{10600, 10000, 9700, 9700};  // 6% off on one case
  EXPECT_GT(chi2_uniform(biased), 35.0);
}

// Among ready send cases too, with some cases never ready: only the ready ones win,
// each about half the time.
std::vector<int64_t> send_counts;
void send_fairness_main(G* g) {
  constexpr int kRounds = 20000;
  void* ready1 = makechan_int(g, kRounds);
  void* ready2 = makechan_int(g, kRounds);
  void* full = makechan_int(g, 0);  // unbuffered, nobody receives
  send_counts.assign(4, 0);
  for (int r = 0; r < kRounds; r++) {
    int64_t v0 = 1, v1 = 2, v2 = 3;
    Scase cases[4] = {{full, &v0}, {ready1, &v1}, {ready2, &v2}, {nullptr, &v0}};
    uint16_t order[8];
    int64_t k = mgo_rt_selectgo(g, cases, order, 4, 0, true, nullptr);
    ASSERT_TRUE(k == 1 || k == 2) << k;
    send_counts[k]++;
  }
  EXPECT_EQ(mgo_rt_chanlen(ready1) + mgo_rt_chanlen(ready2), kRounds);
  EXPECT_EQ(mgo_rt_chanlen(ready1), send_counts[1]);
}
TEST(SelectFairness, ReadySendCasesUniformNotReadyNeverChosen) {
  run_main(1, send_fairness_main);
  std::vector<int64_t> ready{send_counts[1], send_counts[2]};
  EXPECT_LT(chi2_uniform(ready), 35.0);
}

// --- non-blocking select ---
void nonblocking_main(G* g) {
  void* empty = makechan_int(g, 1);
  void* unbuf = makechan_int(g, 0);
  void* full = makechan_int(g, 1);
  send(g, full, 5);
  int64_t sudogs_before = sudogs_allocated();
  uint64_t mallocs_before = read_memstats().mallocs;
  for (int i = 0; i < 1000; i++) {
    int64_t a = 0, b = 0, c = 9, d = 0;
    Scase cases[5] = {{full, &c}, {unbuf, &c}, {empty, &a}, {unbuf, &b}, {nullptr, &d}};
    uint16_t order[10];
    bool ok = true;
    ASSERT_EQ(mgo_rt_selectgo(g, cases, order, 2, 3, false, &ok), -1);
    EXPECT_FALSE(ok);
  }
  // Only nil channels: nothing can proceed.
  int64_t x = 0;
  Scase nils[2] = {{nullptr, &x}, {nullptr, &x}};
  uint16_t order[4];
  EXPECT_EQ(mgo_rt_selectgo(g, nils, order, 1, 1, false, nullptr), -1);
  EXPECT_EQ(read_memstats().mallocs, mallocs_before) << "a non-blocking select allocated";
  EXPECT_EQ(sudogs_allocated(), sudogs_before) << "a non-blocking select took sudogs";
  EXPECT_EQ(sudogs_in_use(), 0);
  // And one that can proceed: the buffered value, ok=true.
  int64_t v = 0;
  Scase one[2] = {{unbuf, &v}, {full, &v}};
  bool ok = false;
  EXPECT_EQ(mgo_rt_selectgo(g, one, order, 0, 2, false, &ok), 1);
  EXPECT_TRUE(ok);
  EXPECT_EQ(v, 5);
}
TEST(SelectNonBlocking, NeverParksNorAllocates) { run_main(1, nonblocking_main); }

// --- blocking select woken from another goroutine ---
void woken_by_sender_main(G* g) {
  for (int round = 0; round < 200; round++) {
    void* a = makechan_int(g, 0);
    void* b = makechan_int(g, 0);
    go(g, [b, round](G* g) { send(g, b, 1000 + round); });
    int64_t va = -1, vb = -1;
    Scase cases[3] = {{a, &va}, {nullptr, &va}, {b, &vb}};
    uint16_t order[6];
    bool ok = false;
    int64_t k = mgo_rt_selectgo(g, cases, order, 0, 3, true, &ok);
    ASSERT_EQ(k, 2);
    EXPECT_TRUE(ok);
    EXPECT_EQ(vb, 1000 + round);
    EXPECT_EQ(va, -1);
  }
}
TEST_P(Select, BlockedSelectWokenBySender) { run_main(GetParam(), woken_by_sender_main); }

void woken_by_receiver_main(G* g) {
  for (int round = 0; round < 200; round++) {
    void* out = makechan_int(g, 0);
    void* in = makechan_int(g, 0);
    void* got = makechan_int(g, 1);
    go(g, [out, got](G* g) { send(g, got, recv(g, out)); });
    int64_t v = 77 + round, r = -1;
    Scase cases[2] = {{out, &v}, {in, &r}};
    uint16_t order[4];
    bool ok = true;
    int64_t k = mgo_rt_selectgo(g, cases, order, 1, 1, true, &ok);
    ASSERT_EQ(k, 0);
    EXPECT_FALSE(ok) << "recvOK is false for a send case";
    EXPECT_EQ(recv(g, got), 77 + round);
    EXPECT_EQ(r, -1);
  }
}
TEST_P(Select, BlockedSelectWokenByReceiver) { run_main(GetParam(), woken_by_receiver_main); }

void woken_by_close_main(G* g) {
  for (int round = 0; round < 200; round++) {
    void* a = makechan_int(g, 0);
    void* b = makechan_int(g, 0);
    go(g, [a](G* g) { mgo_rt_closechan(g, a); });
    int64_t va = 5, vb = 6;
    Scase cases[2] = {{a, &va}, {b, &vb}};
    uint16_t order[4];
    bool ok = true;
    int64_t k = mgo_rt_selectgo(g, cases, order, 0, 2, true, &ok);
    ASSERT_EQ(k, 0);
    EXPECT_FALSE(ok);
    EXPECT_EQ(va, 0) << "close delivers the zero value";
    EXPECT_EQ(vb, 6);
  }
}
TEST_P(Select, BlockedSelectWokenByClose) { run_main(GetParam(), woken_by_close_main); }

// The same channel in several cases (locked once), both directions.
void same_channel_main(G* g) {
  for (int round = 0; round < 100; round++) {
    void* c = makechan_int(g, 0);
    go(g, [c](G* g) { send(g, c, 42); });
    int64_t v1 = -1, v2 = -1, s = 1;
    Scase cases[3] = {{c, &s}, {c, &v1}, {c, &v2}};
    uint16_t order[6];
    bool ok = false;
    int64_t k = mgo_rt_selectgo(g, cases, order, 1, 2, true, &ok);
    ASSERT_TRUE(k == 1 || k == 2) << k;
    EXPECT_TRUE(ok);
    EXPECT_EQ(k == 1 ? v1 : v2, 42);
    EXPECT_EQ(k == 1 ? v2 : v1, -1);
  }
}
TEST_P(Select, SameChannelInSeveralCases) { run_main(GetParam(), same_channel_main); }

// Selects on both ends: senders select over two channels, receivers select over the
// same two plus a quit channel. Every value arrives exactly once.
std::atomic<int64_t> received_sum, received_count;
void both_ends_main(G* g) {
  constexpr int kSenders = 4, kReceivers = 3;
  constexpr int64_t kPer = 5000;
  received_sum = 0;
  received_count = 0;
  void* c1 = makechan_int(g, 0);
  void* c2 = makechan_int(g, 0);
  void* quit = makechan_int(g, 0);
  WaitGroup senders, receivers;
  senders.Add(g, kSenders);
  receivers.Add(g, kReceivers);
  for (int s = 0; s < kSenders; s++) {
    go(g, [=, &senders](G* g) {
      for (int64_t i = 1; i <= kPer; i++) {
        int64_t v = s * kPer + i;
        Scase cases[2] = {{c1, &v}, {c2, &v}};
        uint16_t order[4];
        int64_t k = mgo_rt_selectgo(g, cases, order, 2, 0, true, nullptr);
        if (k != 0 && k != 1) ADD_FAILURE() << k;
      }
      senders.Done(g);
    });
  }
  for (int r = 0; r < kReceivers; r++) {
    go(g, [=, &receivers](G* g) {
      for (;;) {
        int64_t v = 0;
        Scase cases[3] = {{c1, &v}, {c2, &v}, {quit, &v}};
        uint16_t order[6];
        bool ok = false;
        int64_t k = mgo_rt_selectgo(g, cases, order, 0, 3, true, &ok);
        if (k == 2) break;
        if (!ok) ADD_FAILURE() << "value channel closed";
        received_sum += v;
        received_count++;
      }
      receivers.Done(g);
    });
  }
  senders.Wait(g);
  mgo_rt_closechan(g, quit);
  receivers.Wait(g);
  int64_t n = kSenders * kPer;
  EXPECT_EQ(received_count.load(), n);
  EXPECT_EQ(received_sum.load(), n * (n + 1) / 2);
}
TEST_P(Select, SelectsOnBothEndsLoseNothing) { run_main(GetParam(), both_ends_main); }

INSTANTIATE_TEST_SUITE_P(Gomaxprocs, Select, ::testing::Values(1, 2),
                         [](const ::testing::TestParamInfo<int>& i) {
                           return "P" + std::to_string(i.param);
                         });

}  // namespace
