// sysmon: a goroutine that never yields is preempted at its next prologue check, and a
// P stuck in a system call is handed to another M.
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <cstdint>

#include "runtime/timer.h"
#include "tests/unit/runtime_sched_test_util.h"

using namespace mgo::rt;
using namespace mgo::rt::testing;

namespace {

int64_t now_ns() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

class Sysmon : public ::testing::TestWithParam<int> {};

// GOMAXPROCS spinners that only ever run "compiled code" (prologue checks) must not
// keep main from running: sysmon preempts them after ~10ms.
std::atomic<bool> stop_spinning;
std::atomic<int> spinners_gave_up;
void preempt_main(G* g) {
  int procs = std::atoi(getenv("GOMAXPROCS"));
  auto* wg = new WaitGroup();
  wg->Add(g, procs);
  for (int i = 0; i < procs; i++) {
    go(g, [wg](G* g) {
      int64_t start = now_ns();
      while (!stop_spinning.load(std::memory_order_relaxed)) {
        prologue_check(g);
        if (now_ns() - start > 10LL * 1000 * 1000 * 1000) {  // 10s: preemption is broken
          spinners_gave_up++;
          break;
        }
      }
      wg->Done(g);
    });
  }
  // Every P is now (or soon) busy with a spinner; yielding puts main behind them.
  for (int i = 0; i < 3; i++) mgo_runtime_Gosched(g);
  stop_spinning = true;
  wg->Wait(g);
  EXPECT_EQ(spinners_gave_up.load(), 0) << "main only ran because a spinner gave up";
  delete wg;
}
TEST_P(Sysmon, SpinningGoroutinesArePreempted) {
  stop_spinning = false;
  spinners_gave_up = 0;
  run_main(GetParam(), preempt_main);
}

// Every P idle (main sleeps on a timer): sysmon deep-sleeps instead of ticking every
// 10ms. Right after, goroutines that never yield must still be preempted: the P main
// wakes on left the idle list, which must wake sysmon (a lost wake-up would leave the
// spinners running until their 10s give-up, main never runs).
std::atomic<int64_t> deep_sleeps_while_idle;
void idle_then_spin_main(G* g) {
  int64_t before = sysmon_deep_sleeps();
  timeSleep(g, 100LL * 1000 * 1000);
  deep_sleeps_while_idle = sysmon_deep_sleeps() - before;
  preempt_main(g);
}
TEST_P(Sysmon, DeepSleepsWhileIdleAndStillPreemptsAfter) {
  stop_spinning = false;
  spinners_gave_up = 0;
  deep_sleeps_while_idle = 0;
  run_main(GetParam(), idle_then_spin_main);
  EXPECT_GE(deep_sleeps_while_idle.load(), 1) << "sysmon kept ticking with every P idle";
}

// A goroutine that ignores sysmon's preemption request (it restores its guard and goes
// on) is asked again at sysmon's next tick, as Go's retake does (schedwhen stays), not
// after another 10ms: the shortest gap between a dismissed request and the next one is
// well under 10ms.
std::atomic<int64_t> min_rerequest_gap_ns;
std::atomic<int> requests_seen;
void ignore_preempt_main(G* g) {
  auto* wg = new WaitGroup();
  wg->Add(g, 1);
  go(g, [wg](G* g) {
    int64_t start = now_ns(), dismissed = 0, min_gap = INT64_MAX;
    int seen = 0;
    while (seen < 6 && now_ns() - start < 2000LL * 1000 * 1000) {
      if (g->stackguard0.load(std::memory_order_relaxed) != StackPreempt) continue;
      int64_t t = now_ns();
      if (dismissed != 0 && t - dismissed < min_gap) min_gap = t - dismissed;
      seen++;
      g->stackguard0.store(g->stack.lo + kStackRedZone, std::memory_order_relaxed);  // ignore it
      dismissed = now_ns();
    }
    requests_seen = seen;
    min_rerequest_gap_ns = min_gap;
    wg->Done(g);
  });
  wg->Wait(g);
  delete wg;
}
TEST(SysmonRetake, AnIgnoredPreemptionIsRequestedAgainAtTheNextTick) {
  run_main(1, ignore_preempt_main);
  EXPECT_EQ(requests_seen.load(), 6);
  EXPECT_LT(min_rerequest_gap_ns.load(), 5LL * 1000 * 1000) << "re-requested only after another 10ms slice";
}

// A goroutine blocked in a (simulated) system call for 300ms: with GOMAXPROCS=1 main
// still runs within a few ms, on the P that sysmon took from the blocked M.
std::atomic<int64_t> main_resumed_after;
void syscall_main(G* g) {
  void* done = makechan_int(g, 1);
  void* entered = makechan_int(g, 1);
  go(g, [=](G* g) {
    send(g, entered, 1);
    entersyscall(g);
    usleep(300 * 1000);
    exitsyscall(g);
    send(g, done, 1);
  });
  recv(g, entered);
  int64_t t0 = now_ns();
  // With one P, main can run again only once the goroutine's P is retaken.
  for (int i = 0; i < 10; i++) mgo_runtime_Gosched(g);
  main_resumed_after = now_ns() - t0;
  recv(g, done);
}
TEST_P(Sysmon, PInASyscallIsHandedOff) {
  run_main(GetParam(), syscall_main, /*extra_ms=*/2);
  EXPECT_LT(main_resumed_after.load(), 150LL * 1000 * 1000)
      << "main waited for the system call to end";
}

// GODEBUG=schedtrace=10 prints Go's summary line every 10ms (Go's exact shape).
void busy_200ms(G* g) {
  int64_t t0 = now_ns();
  while (now_ns() - t0 < 200LL * 1000 * 1000) mgo_runtime_Gosched(g);
}
TEST(SysmonDeathTest, SchedtracePrintsGosSummaryLine) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(
      {
        setenv("GODEBUG", "schedtrace=10", 1);
        setenv("GOMAXPROCS", "2", 1);
        mgo_rt_main([](G*) {}, busy_200ms, 0, nullptr);
      },
      ::testing::ExitedWithCode(0),
      "SCHED 0ms: gomaxprocs=2 idleprocs=[0-2] threads=[0-9]+ spinningthreads=[0-9]+ "
      "idlethreads=[0-9]+ runqueue=[0-9]+ \\[[0-9]+ [0-9]+\\]\n"
      "(.|\n)*SCHED [1-9][0-9]*ms: gomaxprocs=2 ");
}
TEST(SysmonDeathTest, ScheddetailAddsALinePerP) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(
      {
        setenv("GODEBUG", "schedtrace=10,scheddetail=1", 1);
        setenv("GOMAXPROCS", "2", 1);
        mgo_rt_main([](G*) {}, busy_200ms, 0, nullptr);
      },
      ::testing::ExitedWithCode(0),
      "SCHED 0ms: gomaxprocs=2 (.*) gcwaiting=[01] nmidlelocked=[0-9]+ stopwait=[0-9]+ "
      "sysmonwait=0\n"
      "  P0: status=[0-4] schedtick=[0-9]+ syscalltick=[0-9]+ "
      "m=-?[0-9]+ runqsize=[0-9]+ gfreecnt=[0-9]+ timerslen=[0-9]+\n  P1: status="
      "(.|\n)*  M[0-9]+: p=-?[0-9]+ curg=-?[0-9]+ (.|\n)*  G1: status=[0-9]\\(");
}

// The scheddetail counters are live: while runtime.GOMAXPROCS(1) waits to stop the world
// for a goroutine that reaches no preemption point for 150ms, the summary line shows
// the stop-the-world under way (gcwaiting=1) and the one P still to stop (stopwait=1).
std::atomic<bool> nopoll_started;
void stw_waits_main(G* g) {
  nopoll_started = false;
  go(g, [](G*) {
    nopoll_started = true;
    int64_t t0 = now_ns();
    while (now_ns() - t0 < 150LL * 1000 * 1000) {
    }  // no prologue check: cannot be preempted
  });
  while (!nopoll_started.load()) mgo_runtime_Gosched(g);
  mgo_runtime_GOMAXPROCS(g, 1);
}
TEST(SysmonDeathTest, ScheddetailShowsAStopTheWorldWaiting) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(
      {
        setenv("GODEBUG", "schedtrace=10,scheddetail=1", 1);
        setenv("GOMAXPROCS", "2", 1);
        mgo_rt_main([](G*) {}, stw_waits_main, 0, nullptr);
      },
      ::testing::ExitedWithCode(0),
      "SCHED [0-9]+ms: gomaxprocs=2 (.*) gcwaiting=1 nmidlelocked=0 stopwait=1 sysmonwait=0\n");
}

INSTANTIATE_TEST_SUITE_P(Gomaxprocs, Sysmon, ::testing::Values(1, 2, 4),
                         [](const auto& info) { return "P" + std::to_string(info.param); });

}  // namespace
