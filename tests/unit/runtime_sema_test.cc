// Semaphores and what package sync builds on them (runtime/sema.cc): sync.Mutex's
// starvation mode (a waiter past 1 ms gets the lock handed to it) and the notify lists
// behind sync.Cond (tickets served in order, Broadcast wakes everyone, a ticket served
// before its Wait does not park). Run under GOMAXPROCS 1 and 2.
#include <atomic>
#include <vector>

#include "runtime/runq.h"
#include "runtime/timer.h"
#include "tests/unit/runtime_sched_test_util.h"

using namespace mgo::rt;
using namespace mgo::rt::testing;

namespace {

constexpr int64_t kMs = 1000000;
constexpr int32_t kMutexStarving = 4;  // sync/mutex.go's mutexStarving bit

class Sema : public ::testing::TestWithParam<int> {};

// A hog re-locks the mutex at once after each unlock and holds it 2 ms; a second
// goroutine needs the lock 10 times. In normal mode the woken waiter loses every race to
// the running hog; after waiting over 1 ms it switches the mutex to starvation mode and
// the hog's Unlock hands the lock straight to it.
struct StarveState {
  GoMutex mu;
  std::atomic<bool> stop{false};
  std::atomic<int> saw_starving{0};
  int64_t waiter_ns = 0;
  WaitGroup wg;
};
void starvation_main(G* g) {
  auto* s = new StarveState();
  s->wg.Add(g, 2);
  go(g, [s](G* g) {
    while (!s->stop.load()) {
      s->mu.Lock(g);
      timeSleep(g, 2 * kMs);
      if (std::atomic_ref<int32_t>(s->mu.state).load() & kMutexStarving) s->saw_starving++;
      s->mu.Unlock(g);
    }
    s->wg.Done(g);
  });
  go(g, [s](G* g) {
    timeSleep(g, 1 * kMs);  // the hog holds the lock by now
    int64_t t0 = nanotime();
    for (int i = 0; i < 10; i++) {
      s->mu.Lock(g);
      s->mu.Unlock(g);
    }
    s->waiter_ns = nanotime() - t0;
    s->stop.store(true);
    s->wg.Done(g);
  });
  s->wg.Wait(g);
  EXPECT_GT(s->saw_starving.load(), 0) << "the waiter never put the mutex in starvation mode";
  // 10 hand-offs at ~2 ms each; normal mode alone would starve the waiter indefinitely.
  EXPECT_LT(s->waiter_ns, 5000 * kMs) << "the waiter starved";
  EXPECT_EQ(s->mu.state, 0) << "mutex left locked, starving or with waiters";
  delete s;
}
TEST_P(Sema, MutexStarvationHandsTheLockToALongWaiter) { run_main(GetParam(), starvation_main); }

// After a starving hand-off the unlocker yields as Go's goyield does: to the tail of its
// own P's local run queue (the waiter it readied runs first, from runnext), never to the
// global queue. The holder sleeps 3 ms holding the lock, wakes the blocked waiter, re-locks
// before it runs and sleeps again; the waiter, now past 1 ms, makes the mutex starving,
// so the holder's next Unlock hands the lock over and yields. The waiter looks at the
// queues as soon as it owns the lock.
struct HandoffState {
  GoMutex mu;
  WaitGroup wg;
  bool saw_starving = false;   // the holder, before its last Unlock
  bool checked = false;        // the waiter, once it owns the lock
  int32_t global_runq = -1;    // sched.runqsize then
  uint32_t local_runq = 0;     // its P's ring then (GOMAXPROCS=1: the yielded holder)
};
void handoff_yield_main(G* g) {
  auto* s = new HandoffState();
  s->wg.Add(g, 2);
  go(g, [s](G* g) {
    s->mu.Lock(g);
    go(g, [s](G* g) {
      s->mu.Lock(g);  // blocks: the holder sleeps with the lock
      s->global_runq = sched.runqsize.load();
      s->local_runq = runqlen(getp());
      s->checked = true;
      s->mu.Unlock(g);
      s->wg.Done(g);
    });
    timeSleep(g, 3 * kMs);
    s->mu.Unlock(g);  // wakes the waiter into our runnext; we take the lock back first
    s->mu.Lock(g);
    timeSleep(g, 3 * kMs);  // the waiter runs, has waited > 1 ms: starvation mode
    s->saw_starving = (std::atomic_ref<int32_t>(s->mu.state).load() & kMutexStarving) != 0;
    s->mu.Unlock(g);  // hand-off, then goyield
    s->wg.Done(g);
  });
  s->wg.Wait(g);
  ASSERT_TRUE(s->saw_starving) << "the waiter never made the mutex starving: no hand-off to test";
  ASSERT_TRUE(s->checked);
  EXPECT_EQ(s->global_runq, 0) << "the yielding unlocker went to the global run queue";
  if (sched.gomaxprocs == 1) {
    EXPECT_EQ(s->local_runq, 1u) << "the yielding unlocker is not on its P's local run queue";
  }
  EXPECT_EQ(s->mu.state, 0);
  delete s;
}
TEST_P(Sema, StarvingHandoffYieldsToTheLocalRunQueue) { run_main(GetParam(), handoff_yield_main); }

// A ticket taken and then served (Signal) before its Wait: Wait returns without parking
// (parking would deadlock this single goroutine).
void served_before_wait_main(G* g) {
  NotifyList l{};
  uint32_t t = notifyListAdd(&l);
  notifyListNotifyOne(&l);
  notifyListWait(g, &l, t);
  uint32_t t2 = notifyListAdd(&l);
  notifyListNotifyAll(&l);
  notifyListWait(g, &l, t2);
  EXPECT_EQ(l.wait, 2u);
  EXPECT_EQ(l.notify, 2u);
  EXPECT_EQ(l.head, nullptr);
}
TEST_P(Sema, TicketServedBeforeWaitDoesNotPark) { run_main(GetParam(), served_before_wait_main); }

// Waiters take tickets 0..4 in order; each Signal wakes exactly the oldest one.
constexpr int kWaiters = 5;
void signal_order_main(G* g) {
  auto* l = new NotifyList{};
  void* ready = makechan_int(g, 0);
  void* woke = makechan_int(g, kWaiters);
  for (int i = 0; i < kWaiters; i++) {
    go(g, [=](G* g) {
      uint32_t t = notifyListAdd(l);
      send(g, ready, i);
      notifyListWait(g, l, t);
      send(g, woke, i);
    });
    EXPECT_EQ(recv(g, ready), i);
  }
  for (int i = 0; i < kWaiters; i++) {
    notifyListNotifyOne(l);
    EXPECT_EQ(recv(g, woke), i) << "Signal woke a waiter out of ticket order";
  }
  notifyListNotifyOne(l);  // nobody waits: no effect
  EXPECT_EQ(l->notify, static_cast<uint32_t>(kWaiters));
  EXPECT_EQ(l->head, nullptr);
  EXPECT_EQ(l->tail, nullptr);
  delete l;
}
TEST_P(Sema, SignalWakesWaitersInTicketOrder) { run_main(GetParam(), signal_order_main); }

// Broadcast wakes every waiter that took a ticket before it, and none that came after.
void broadcast_main(G* g) {
  auto* l = new NotifyList{};
  void* ready = makechan_int(g, 0);
  void* woke = makechan_int(g, kWaiters + 1);
  for (int i = 0; i < kWaiters; i++) {
    go(g, [=](G* g) {
      uint32_t t = notifyListAdd(l);
      send(g, ready, i);
      notifyListWait(g, l, t);
      send(g, woke, i);
    });
    recv(g, ready);
  }
  timeSleep(g, 5 * kMs);  // let every waiter reach its park (either order is correct)
  notifyListNotifyAll(l);
  int sum = 0;
  for (int i = 0; i < kWaiters; i++) sum += recv(g, woke);
  EXPECT_EQ(sum, 0 + 1 + 2 + 3 + 4);
  // A late waiter is not covered by the earlier Broadcast.
  go(g, [=](G* g) {
    uint32_t t = notifyListAdd(l);
    send(g, ready, 99);
    notifyListWait(g, l, t);
    send(g, woke, 99);
  });
  recv(g, ready);
  timeSleep(g, 5 * kMs);
  int64_t v = 0;
  EXPECT_FALSE(mgo_rt_selectnbrecv(g, woke, &v, nullptr)) << "a waiter after Broadcast woke without a signal";
  notifyListNotifyAll(l);
  EXPECT_EQ(recv(g, woke), 99);
  delete l;
}
TEST_P(Sema, BroadcastWakesEveryEarlierWaiter) { run_main(GetParam(), broadcast_main); }

INSTANTIATE_TEST_SUITE_P(Gomaxprocs, Sema, ::testing::Values(1, 2),
                         [](const ::testing::TestParamInfo<int>& i) { return "P" + std::to_string(i.param); });

}  // namespace
