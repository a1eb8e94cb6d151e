// Fatal errors and panics of the scheduler and channels, run as subprocesses (gtest
// death tests): exit status 2 and Go's exact first lines on stderr.
#include "tests/unit/runtime_sched_test_util.h"

using namespace mgo::rt;
using namespace mgo::rt::testing;

namespace {

int run_in_child(int procs, void (*main_fn)(G*)) {
  setenv("GOMAXPROCS", std::to_string(procs).c_str(), 1);
  return mgo_rt_main([](G*) {}, main_fn, 0, nullptr);
}

class SchedFatal : public ::testing::TestWithParam<int> {
 protected:
  void SetUp() override { GTEST_FLAG_SET(death_test_style, "threadsafe"); }
};

TEST_P(SchedFatal, DeadlockOnReceive) {
  EXPECT_EXIT(run_in_child(GetParam(), [](G* g) { recv(g, makechan_int(g, 0)); }),
              ::testing::ExitedWithCode(2),
              "^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \\[chan receive\\]:\n");
}

TEST_P(SchedFatal, DeadlockListsEveryBlockedGoroutine) {
  EXPECT_EXIT(run_in_child(GetParam(),
                           [](G* g) {
                             void* c = makechan_int(g, 0);
                             go(g, [=](G* g) { send(g, c, 1); send(g, c, 2); });
                             auto* wg = new WaitGroup();
                             wg->Add(g, 1);
                             go(g, [=](G* g) { wg->Wait(g); });
                             recv(g, c);
                             recv(g, makechan_int(g, 0));
                           }),
              ::testing::ExitedWithCode(2),
              "^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \\[chan receive\\]:\n"
              "(.|\n)*\\[chan send\\](.|\n)*\\[semacquire\\]");
}

TEST_P(SchedFatal, DeadlockOnNilChannel) {
  EXPECT_EXIT(run_in_child(GetParam(), [](G* g) { send(g, nullptr, 1); }),
              ::testing::ExitedWithCode(2),
              "^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \\[chan send \\(nil chan\\)\\]:\n");
}

TEST_P(SchedFatal, MainGoexitWithNothingLeft) {
  EXPECT_EXIT(run_in_child(GetParam(), [](G* g) { mgo_runtime_Goexit(g); }),
              ::testing::ExitedWithCode(2),
              "^fatal error: no goroutines \\(main called runtime.Goexit\\) - deadlock!");
}

TEST_P(SchedFatal, MainReturningEndsTheProgramWhateverOthersDo) {
  EXPECT_EXIT(
      {
        sched_set_return_from_main(true);
        int st = run_in_child(GetParam(), [](G* g) {
          void* c = makechan_int(g, 0);
          for (int i = 0; i < 10; i++) go(g, [=](G* g) { recv(g, c); });          // blocked forever
          go(g, [](G* g) { for (;;) mgo_runtime_Gosched(g); });                     // busy forever
        });
        std::_Exit(st == 0 ? 0 : 1);
      },
      ::testing::ExitedWithCode(0), "");
}

TEST_P(SchedFatal, SendOnClosedChannelPanics) {
  EXPECT_EXIT(run_in_child(GetParam(),
                           [](G* g) {
                             void* c = makechan_int(g, 1);
                             mgo_rt_closechan(g, c);
                             send(g, c, 1);
                           }),
              ::testing::ExitedWithCode(2), "^panic: send on closed channel\n");
}

TEST_P(SchedFatal, ParkedSenderPanicsWhenChannelCloses) {
  EXPECT_EXIT(run_in_child(GetParam(),
                           [](G* g) {
                             void* c = makechan_int(g, 0);
                             void* started = makechan_int(g, 0);
                             go(g, [=](G* g) { send(g, started, 0); send(g, c, 1); });
                             recv(g, started);
                             for (int i = 0; i < 100; i++) mgo_runtime_Gosched(g);
                             mgo_rt_closechan(g, c);
                             recv(g, makechan_int(g, 0));  // the sender's panic ends the program
                           }),
              ::testing::ExitedWithCode(2), "^panic: send on closed channel\n");
}

TEST_P(SchedFatal, CloseOfClosedChannelPanics) {
  EXPECT_EXIT(run_in_child(GetParam(),
                           [](G* g) {
                             void* c = makechan_int(g, 0);
                             mgo_rt_closechan(g, c);
                             mgo_rt_closechan(g, c);
                           }),
              ::testing::ExitedWithCode(2), "^panic: close of closed channel\n");
}

TEST_P(SchedFatal, CloseOfNilChannelPanics) {
  EXPECT_EXIT(run_in_child(GetParam(), [](G* g) { mgo_rt_closechan(g, nullptr); }),
              ::testing::ExitedWithCode(2), "^panic: close of nil channel\n");
}

TEST_P(SchedFatal, NegativeWaitGroupCounterPanics) {
  EXPECT_EXIT(run_in_child(GetParam(),
                           [](G* g) {
                             WaitGroup wg;
                             wg.Done(g);
                           }),
              ::testing::ExitedWithCode(2), "^panic: sync: negative WaitGroup counter\n");
}

TEST_P(SchedFatal, UnlockOfUnlockedMutexIsFatal) {
  EXPECT_EXIT(run_in_child(GetParam(),
                           [](G* g) {
                             GoMutex mu;
                             mu.Unlock(g);
                           }),
              ::testing::ExitedWithCode(2), "^fatal error: sync: unlock of unlocked mutex\n");
}

TEST_P(SchedFatal, MakechanNegativeSizePanics) {
  EXPECT_EXIT(run_in_child(GetParam(), [](G* g) { makechan_int(g, -1); }),
              ::testing::ExitedWithCode(2), "^panic: makechan: size out of range\n");
}

INSTANTIATE_TEST_SUITE_P(Gomaxprocs, SchedFatal, ::testing::Values(1, 2, 4),
                         [](const auto& info) { return "P" + std::to_string(info.param); });

}  // namespace
