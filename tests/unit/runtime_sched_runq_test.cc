// Run queues: put/get/steal/overflow single-threaded, and an owner racing several
// thieves over millions of operations with no G lost or duplicated.
#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

#include "runtime/runq.h"

using namespace mgo::rt;

namespace {

// Drains the global queue (as the owner of pp would), returning how many Gs came out.
std::vector<G*> drain_global(P* pp) {
  std::vector<G*> out;
  for (;;) {
    G* gp;
    {
      LockGuard lk(sched.lock);
      gp = globrunqget(pp, 1);
    }
    if (gp == nullptr) break;
    out.push_back(gp);
  }
  return out;
}

struct RunqTest : ::testing::Test {
  void SetUp() override {
    saved_procs = sched.gomaxprocs;
    if (sched.gomaxprocs == 0) sched.gomaxprocs = 1;
    ASSERT_EQ(sched.runqsize.load(), 0);
  }
  void TearDown() override {
    EXPECT_EQ(sched.runqsize.load(), 0) << "global runq left non-empty";
    sched.gomaxprocs = saved_procs;
  }
  int32_t saved_procs = 0;
};

TEST_F(RunqTest, PutGetIsFifoAndRunnextGoesFirst) {
  auto pp = std::make_unique<P>();
  std::vector<G> gs(10);
  EXPECT_TRUE(runqempty(pp.get()));
  for (int i = 0; i < 5; i++) runqput(pp.get(), &gs[i], false);
  runqput(pp.get(), &gs[5], true);
  runqput(pp.get(), &gs[6], true);  // kicks gs[5] to the tail of the ring
  EXPECT_FALSE(runqempty(pp.get()));
  EXPECT_EQ(runqget(pp.get()), &gs[6]);
  for (int i = 0; i < 6; i++) EXPECT_EQ(runqget(pp.get()), &gs[i]);
  EXPECT_EQ(runqget(pp.get()), nullptr);
  EXPECT_TRUE(runqempty(pp.get()));
}

TEST_F(RunqTest, OverflowMovesHalfPlusOneToGlobalQueue) {
  auto pp = std::make_unique<P>();
  std::vector<G> gs(kRunqSize + 1);
  for (auto& g : gs) runqput(pp.get(), &g, false);
  EXPECT_EQ(runqlen(pp.get()), kRunqSize / 2);
  EXPECT_EQ(sched.runqsize.load(), int32_t(kRunqSize / 2 + 1));
  // The oldest half went to the global queue, in order, followed by the new G.
  std::vector<G*> global = drain_global(pp.get());
  ASSERT_EQ(global.size(), kRunqSize / 2 + 1);
  for (uint32_t i = 0; i < kRunqSize / 2; i++) EXPECT_EQ(global[i], &gs[i]);
  EXPECT_EQ(global.back(), &gs[kRunqSize]);
  for (uint32_t i = kRunqSize / 2; i < kRunqSize; i++) EXPECT_EQ(runqget(pp.get()), &gs[i]);
  EXPECT_EQ(runqget(pp.get()), nullptr);
}

TEST_F(RunqTest, StealTakesHalfAndRunnextOnlyWhenAsked) {
  auto victim = std::make_unique<P>();
  auto thief = std::make_unique<P>();
  std::vector<G> gs(11);
  for (int i = 0; i < 10; i++) runqput(victim.get(), &gs[i], false);
  runqput(victim.get(), &gs[10], true);
  G* got = runqsteal(thief.get(), victim.get(), false);
  EXPECT_EQ(got, &gs[4]);                 // the last of the stolen half is returned
  EXPECT_EQ(runqlen(thief.get()), 4u);    // gs[0..3] went to the thief's ring
  EXPECT_EQ(runqlen(victim.get()), 5u);
  for (int i = 0; i < 4; i++) EXPECT_EQ(runqget(thief.get()), &gs[i]);
  // Steal the rest of the ring: 3 of 5, then 1 of 2, then the last one.
  int stolen = 0;
  while (G* gp = runqsteal(thief.get(), victim.get(), false)) {
    stolen++;
    while (runqget(thief.get()) != nullptr) stolen++;
    (void)gp;
  }
  EXPECT_EQ(stolen, 5);
  EXPECT_FALSE(runqempty(victim.get())) << "runnext is only stolen when asked";
  EXPECT_EQ(runqsteal(thief.get(), victim.get(), true), &gs[10]);
  EXPECT_TRUE(runqempty(victim.get()));
}

// One owner puts (sometimes into runnext) and gets; several thieves steal and consume
// from their own Ps. Every token is "queued" exactly once at a time: a duplicate makes
// the consumer's CAS fail, a lost G leaves a token queued that no queue holds.
TEST_F(RunqTest, ConcurrentStealingLosesAndDuplicatesNothing) {
  constexpr int kThieves = 3;
  constexpr int kTokens = 2048;
#ifdef MGO_TSAN
  constexpr int64_t kPuts = 200000;  // TSAN runs this ~20x slower
#else
  constexpr int64_t kPuts = 2000000;
#endif
  sched.gomaxprocs = kThieves + 1;
  auto owner = std::make_unique<P>();
  owner->status.store(PStatus::Running);
  std::vector<std::unique_ptr<P>> thiefp;
  for (int i = 0; i < kThieves; i++) thiefp.push_back(std::make_unique<P>());
  std::vector<G> gs(kTokens);
  std::unique_ptr<std::atomic<int>[]> state(new std::atomic<int>[kTokens]);
  for (int i = 0; i < kTokens; i++) state[i] = 0;
  std::atomic<int64_t> consumed{0};
  std::atomic<bool> failed{false};
  std::atomic<bool> done{false};
  auto consume = [&](G* gp) {
    int idx = static_cast<int>(gp - gs.data());
    int one = 1;
    if (!state[idx].compare_exchange_strong(one, 0)) failed = true;  // duplicate
    consumed.fetch_add(1);
  };
  std::vector<std::thread> thieves;
  for (int t = 0; t < kThieves; t++) {
    thieves.emplace_back([&, t] {
      P* mine = thiefp[t].get();
      while (!done.load()) {
        if (G* gp = runqsteal(mine, owner.get(), t == 0)) consume(gp);
        while (G* gp = runqget(mine)) consume(gp);
      }
    });
  }
  int next = 0;
  int64_t puts = 0;
  while (puts < kPuts) {
    int idx = next;
    next = (next + 1) % kTokens;
    if (state[idx].load() != 0) {
      // Still queued somewhere: consume some ourselves (the owner's runqget and the
      // global queue) and come back to it later.
      if (G* gp = runqget(owner.get())) consume(gp);
      G* fromglobal;
      {
        LockGuard lk(sched.lock);
        fromglobal = globrunqget(owner.get(), 1);
      }
      if (fromglobal != nullptr) consume(fromglobal);
      continue;
    }
    state[idx] = 1;
    runqput(owner.get(), &gs[idx], puts % 5 == 0);
    puts++;
  }
  done = true;
  for (auto& t : thieves) t.join();
  while (G* gp = runqget(owner.get())) consume(gp);
  for (auto& p : thiefp) {
    while (G* gp = runqget(p.get())) consume(gp);
  }
  for (G* gp : drain_global(owner.get())) consume(gp);
  EXPECT_FALSE(failed.load()) << "a G was consumed twice";
  EXPECT_EQ(consumed.load(), kPuts) << "a G was lost";
  for (int i = 0; i < kTokens; i++) ASSERT_EQ(state[i].load(), 0) << "token " << i << " never came out";
}

}  // namespace
