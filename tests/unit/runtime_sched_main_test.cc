// Start-up, deep recursion on the main goroutine's stack, stack overflow report.
#include <gtest/gtest.h>

#include "runtime/proc.h"
#include "runtime/rt.h"
#include "runtime/stack.h"
#include "runtime/sudog.h"

using namespace mgo::rt;

namespace {

int init_calls = 0;
int main_calls = 0;
G* seen_g = nullptr;

void test_init(G* g) { init_calls++; EXPECT_EQ(main_calls, 0); }
void test_main(G* g) {
  main_calls++;
  seen_g = g;
  EXPECT_EQ(getg(), g);
  EXPECT_EQ(g->goid, 1);
}

// A C++ stand-in for a compiled function: checks the guard as a prologue does.
__attribute__((noinline)) int64_t recurse(G* g, int64_t n) {
  volatile char frame[256];
  frame[0] = static_cast<char>(n);
  uintptr_t sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  if (sp - 512 < g->stackguard0.load(std::memory_order_relaxed)) mgo_rt_morestack(g, 512);
  if (n == 0) return 0;
  int64_t r = recurse(g, n - 1);
  frame[1] = 1;  // volatile work after the call: the recursion cannot become a loop
  return r + frame[1];
}

int64_t depth_result = 0;
void deep_main(G* g) { depth_result = recurse(g, 1000000); }
void overflow_main(G* g) { recurse(g, 100000000); }

}  // namespace

TEST(SchedMain, RunsInitThenMainOnGoroutineOne) {
  init_calls = main_calls = 0;
  sched_set_return_from_main(true);
  EXPECT_EQ(mgo_rt_main(test_init, test_main, 0, nullptr), 0);
  EXPECT_EQ(sched_shutdown(), 0);
  EXPECT_EQ(stacks_in_use(), 0);
  EXPECT_EQ(init_calls, 1);
  EXPECT_EQ(main_calls, 1);
  ASSERT_NE(seen_g, nullptr);
}

// ThreadSanitizer keeps its own fixed-size shadow call stack per thread (fiber), which
// overflows long before a million frames: the deep-stack tests run in normal builds only.
#ifdef MGO_TSAN
#define SKIP_UNDER_TSAN() GTEST_SKIP() << "TSAN's shadow call stack cannot hold 1e6 frames"
#else
#define SKIP_UNDER_TSAN() (void)0
#endif

TEST(SchedMain, MainStackHoldsAMillionFrames) {
  SKIP_UNDER_TSAN();
  sched_set_return_from_main(true);
  EXPECT_EQ(mgo_rt_main([](G*) {}, deep_main, 0, nullptr), 0);
  EXPECT_EQ(sched_shutdown(), 0);
  EXPECT_EQ(depth_result, 1000000);
}

TEST(SchedMainDeathTest, StackOverflowReportsGoMessage) {
  SKIP_UNDER_TSAN();
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(mgo_rt_main([](G*) {}, overflow_main, 0, nullptr), testing::ExitedWithCode(2),
              "runtime: goroutine stack exceeds 1000000000-byte limit\n"
              "(.|\n)*fatal error: stack overflow");
}

TEST(SchedMainDeathTest, MainReturnEndsTheProcessWithStatusZero) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(
      {
        sched_set_return_from_main(false);
        mgo_rt_main([](G*) {}, [](G*) {}, 0, nullptr);
        std::_Exit(3);  // not reached: mgo_rt_main ends the process itself
      },
      testing::ExitedWithCode(0), "");
}

TEST(SchedMainDeathTest, ExitUsesTheGivenCode) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(mgo_rt_main([](G*) {}, [](G*) { mgo_rt_exit(7); }, 0, nullptr),
              testing::ExitedWithCode(7), "");
}
