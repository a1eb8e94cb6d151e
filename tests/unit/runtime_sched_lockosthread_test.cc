// LockOSThread (runtime/lockosthread.cc): a locked goroutine always resumes on its own M
// (thread) whatever made it stop — a channel, Gosched, a system call, preemption — no
// other goroutine runs on that M meanwhile, nesting counts, and a goroutine that ends
// while locked takes its thread with it.
#include <pthread.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstring>
#include <string>

#include "runtime/proc_internal.h"
#include "tests/unit/runtime_sched_test_util.h"

using namespace mgo::rt;
using namespace mgo::rt::testing;

namespace {

class LockOSThread : public ::testing::TestWithParam<int> {};

std::atomic<M*> locked_m;
std::atomic<int> moved;            // times the locked G resumed on another M or thread
std::atomic<int> intruders;        // times another G ran on the locked M
std::atomic<int> resumes;

void check_same(G* g, M* m0, pthread_t t0) {
  resumes++;
  if (getm() != m0 || g->m != m0 || !pthread_equal(pthread_self(), t0)) moved++;
}

void resume_main(G* g) {
  int procs = std::atoi(getenv("GOMAXPROCS"));
  void* ping = makechan_int(g, 0);
  void* pong = makechan_int(g, 0);
  auto* wg = new WaitGroup();
  std::atomic<bool>* stop = new std::atomic<bool>(false);
  // Others: busy with channels and yields, watching for the locked M.
  wg->Add(g, 2 * procs);
  for (int i = 0; i < 2 * procs; i++) {
    go(g, [=](G* g) {
      while (!stop->load()) {
        if (getm() == locked_m.load()) intruders++;
        mgo_runtime_Gosched(g);
      }
      wg->Done(g);
    });
  }
  // The partner: answers every ping.
  go(g, [=](G* g) {
    for (;;) {
      int64_t v = recv(g, ping);
      if (v < 0) break;
      send(g, pong, v + 1);
    }
  });
  void* done = makechan_int(g, 1);
  go(g, [=](G* g) {
    mgo_runtime_LockOSThread(g);
    M* m0 = getm();
    pthread_t t0 = pthread_self();
    locked_m = m0;
    for (int64_t i = 0; i < 300; i++) {
      send(g, ping, i);  // blocks until the partner takes it
      check_same(g, m0, t0);
      if (recv(g, pong) != i + 1) moved += 1000;  // wrong answer: count as failure
      check_same(g, m0, t0);
      if (i % 10 == 0) {
        mgo_runtime_Gosched(g);
        check_same(g, m0, t0);
      }
      if (i % 50 == 0) {  // long enough for sysmon to retake the P
        entersyscall(g);
        usleep(300);
        exitsyscall(g);
        check_same(g, m0, t0);
      }
      prologue_check(g);  // where a preemption request lands
      check_same(g, m0, t0);
    }
    locked_m = nullptr;
    mgo_runtime_UnlockOSThread(g);
    send(g, done, 1);
  });
  recv(g, done);
  send(g, ping, -1);
  stop->store(true);
  wg->Wait(g);
  delete wg;
  delete stop;
}

TEST_P(LockOSThread, LockedGoroutineAlwaysResumesOnItsM) {
  moved = 0;
  intruders = 0;
  resumes = 0;
  locked_m = nullptr;
  run_main(GetParam(), resume_main, /*extra_ms=*/4);
  EXPECT_EQ(resumes.load(), 300 * 3 + 300 / 10 + 300 / 50) << "the locked goroutine did not finish its rounds";
  EXPECT_EQ(moved.load(), 0) << "the locked goroutine resumed on another M";
  EXPECT_EQ(intruders.load(), 0) << "another goroutine ran on the locked M";
}

// Nested calls count (Go's lockedExt); UnlockOSThread without a lock does nothing.
std::atomic<int> nest_errors;
void nest_main(G* g) {
  M* m = getm();
  mgo_runtime_UnlockOSThread(g);
  if (g->lockedm != nullptr || m->lockedExt != 0) nest_errors++;
  mgo_runtime_LockOSThread(g);
  mgo_runtime_LockOSThread(g);
  mgo_runtime_UnlockOSThread(g);
  if (g->lockedm != m || m->lockedg != g || m->lockedExt != 1) nest_errors++;
  mgo_runtime_Gosched(g);
  if (getm() != m) nest_errors++;
  mgo_runtime_UnlockOSThread(g);
  if (g->lockedm != nullptr || m->lockedg != nullptr || m->lockedExt != 0) nest_errors++;
}
TEST_P(LockOSThread, NestedCallsCount) {
  nest_errors = 0;
  run_main(GetParam(), nest_main);
  EXPECT_EQ(nest_errors.load(), 0);
}

// A goroutine that ends while locked: its thread ends (as Go), the program goes on.
std::atomic<long> ended_tid;
std::atomic<bool> thread_gone;
void exit_main(G* g) {
  void* done = makechan_int(g, 1);
  go(g, [=](G* g) {
    mgo_runtime_LockOSThread(g);
    ended_tid = syscall(SYS_gettid);
    send(g, done, 1);
  });
  recv(g, done);
  std::string path = "/proc/self/task/" + std::to_string(ended_tid.load());
  struct stat st;
  for (int i = 0; i < 2000 && stat(path.c_str(), &st) == 0; i++) {
    mgo_runtime_Gosched(g);
    usleep(1000);
  }
  thread_gone = stat(path.c_str(), &st) != 0;
  // Still schedules: a round trip through a new goroutine.
  void* c = makechan_int(g, 0);
  go(g, [=](G* g) { send(g, c, 42); });
  if (recv(g, c) != 42) thread_gone = false;
}
TEST_P(LockOSThread, GoroutineEndingLockedEndsItsThread) {
  thread_gone = false;
  run_main(GetParam(), exit_main, /*extra_ms=*/2);
  EXPECT_TRUE(thread_gone.load()) << "the locked goroutine's thread outlived it";
}

// Many goroutines ending locked, in rounds: each takes a thread with it; values all arrive.
std::atomic<int64_t> round_errors;
void many_exit_main(G* g) {
  for (int r = 0; r < 30; r++) {
    void* done = makechan_int(g, 20);
    for (int64_t i = 0; i < 20; i++) {
      go(g, [=](G* g) {
        mgo_runtime_LockOSThread(g);
        send(g, done, i);
      });
    }
    int64_t total = 0;
    for (int i = 0; i < 20; i++) total += recv(g, done);
    if (total != 190) round_errors++;
  }
}
TEST_P(LockOSThread, ManyGoroutinesEndingLocked) {
  round_errors = 0;
  run_main(GetParam(), many_exit_main, /*extra_ms=*/30 * 20);
  EXPECT_EQ(round_errors.load(), 0);
}

// What an M whose locked goroutine ended holds is given back: its alternate signal stack
// when its thread ends, the M itself to the next newm. 40 goroutines end locked one after
// another (each waits until the previous thread has exited), so 40 threads start and
// end, yet allm stays as short as the Ms alive at once and no signal stack outlives
// its thread.
std::atomic<int64_t> reuse_allm, reuse_mnext, reuse_stacks_live;
void reuse_main(G* g) {
  void* done = makechan_int(g, 0);
  int64_t most_stacks = 0;
  for (int i = 0; i < 40; i++) {
    int64_t freed0;
    {
      LockGuard lk(sched.lock);
      freed0 = sched.nmfreed;
    }
    go(g, [=](G* g) {
      mgo_runtime_LockOSThread(g);
      send(g, done, 1);
    });
    recv(g, done);
    for (;;) {  // until its M has exited (mexit counts it under sched.lock)
      {
        LockGuard lk(sched.lock);
        if (sched.nmfreed > freed0) break;
      }
      mgo_runtime_Gosched(g);
      usleep(100);
    }
    int64_t live = signal_altstacks();
    if (live > most_stacks) most_stacks = live;
  }
  LockGuard lk(sched.lock);
  int64_t n = 0;
  for (M* m = sched.allm; m != nullptr; m = m->alllink) n++;
  reuse_allm = n;
  reuse_mnext = sched.mnext;
  reuse_stacks_live = most_stacks;
}
TEST_P(LockOSThread, AnEndedThreadsMAndSignalStackAreGivenBack) {
  int64_t stacks0 = signal_altstacks();  // the test thread's own, if a signal test ran
  run_main(GetParam(), reuse_main, /*extra_ms=*/40);
  EXPECT_GE(reuse_mnext.load(), 40) << "threads did not end and start as expected";
  EXPECT_LE(reuse_allm.load(), 2 * GetParam() + 4) << "Ms of ended threads were not reused";
  EXPECT_LE(reuse_stacks_live.load(), stacks0 + 2 * GetParam() + 4)
      << "signal stacks of ended threads were not unmapped";
  EXPECT_EQ(signal_altstacks(), stacks0) << "an M's signal stack outlived its thread";
}

// A locked goroutine left parked forever when main returns: its M sleeps in stoplockedm,
// on no idle list. sched_shutdown must still wake and join it (it hung in pthread_join),
// reporting the goroutine as leaked. In a child process: the leak stays there.
std::atomic<bool> locked_parked;
void locked_leak_main(G* g) {
  void* never = makechan_int(g, 0);
  locked_parked = false;
  go(g, [never](G* g) {
    mgo_runtime_LockOSThread(g);
    locked_parked = true;
    recv(g, never);  // nobody sends: parks forever, its M in stoplockedm
  });
  while (!locked_parked.load()) mgo_runtime_Gosched(g);
  usleep(20 * 1000);  // let it park and its M go to sleep
}
TEST(LockOSThreadDeathTest, ShutdownWakesAnMWaitingForItsParkedLockedG) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(
      {
        setenv("GOMAXPROCS", "2", 1);
        sched_set_return_from_main(true);
        mgo_rt_main([](G*) {}, locked_leak_main, 0, nullptr);
        alarm(10);  // a hang in sched_shutdown dies of SIGALRM instead of timing out ctest
        _exit(sched_shutdown() == 1 ? 0 : 1);
      },
      ::testing::ExitedWithCode(0), "");
}

// The crash JIT programs had: goroutines that lock their thread keep new Ms starting
// while goroutines run. A new thread's first malloc is deep in glibc (tcache_init ->
// arena_get2, and at the ninth arena __get_nprocs -> read_sysfs_file, a 1 KiB frame);
// it came from a goroutine's runtime call (mallocgc's per-thread cache, acquireSudog's
// new) on a small segment, past the 768-byte red zone and the segment's end into the
// segment below, a parked goroutine's saved context. mstart now makes that first malloc
// on g0. Here 20 goroutines lock (each gets a thread of its own: 20 arenas), and each
// measures how much stack below its frame the allocation compiled code makes
// (mgo_rt_mallocgc) wrote to; they stay parked until all have measured. A runtime call
// from compiled code must fit the red zone. In a fresh process: glibc counts the CPUs
// once per process, at its ninth arena.
constexpr size_t kPaintWindow = 16 << 10;  // unit-test goroutines have 48 KiB segments

// Paints kPaintWindow bytes below this frame, runs mgo_rt_mallocgc(g) and returns how far
// below this frame the deepest byte it wrote lies.
__attribute__((noinline)) size_t stack_use_of_mallocgc(G* g) {
  auto* top = static_cast<unsigned char*>(__builtin_frame_address(0));
  unsigned char* lo = top - kPaintWindow;
  // The last 512 bytes stay unpainted: this frame and memset's.
  memset(lo, 0xa5, kPaintWindow - 512);
  __asm__ volatile("" : : "r"(lo) : "memory");
  if (mgo_rt_mallocgc(g, 16, nullptr) == nullptr) _exit(3);
  __asm__ volatile("" : : "r"(lo) : "memory");
  unsigned char* p = lo;
  while (p < top - 512 && *p == 0xa5) p++;
  return static_cast<size_t>(top - p);
}

std::atomic<size_t> deepest_malloc;
void first_malloc_main(G* g) {
  void* ready = makechan_int(g, 0);
  void* release = makechan_int(g, 0);
  for (int64_t i = 0; i < 20; i++) {
    go(g, [=](G* g) {
      mgo_runtime_LockOSThread(g);
      size_t use = stack_use_of_mallocgc(g);
      size_t cur = deepest_malloc.load();
      while (use > cur && !deepest_malloc.compare_exchange_weak(cur, use)) {
      }
      send(g, ready, i);
      recv(g, release);  // parks: its thread (and arena) stays until every one measured
    });
  }
  int64_t total = 0;
  for (int i = 0; i < 20; i++) total += recv(g, ready);
  if (total != 190) _exit(3);
  mgo_rt_closechan(g, release);
  while (mgo_runtime_NumGoroutine(g) > 1) mgo_runtime_Gosched(g);  // all Dead before shutdown
}
TEST(LockOSThreadDeathTest, NewThreadsFirstMallocIsNotOnAGoroutineStack) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(
      {
        setenv("GOMAXPROCS", "2", 1);
        sched_set_return_from_main(true);
        alarm(30);
        if (mgo_rt_main([](G*) {}, first_malloc_main, 0, nullptr) != 0) _exit(4);
        if (sched_shutdown() != 0) _exit(5);
        size_t use = deepest_malloc.load();
        fprintf(stderr, "deepest mallocgc stack use %zu bytes (red zone %zu)\n", use,
                static_cast<size_t>(kStackRedZone));
        _exit(use < kStackRedZone ? 0 : 7);
      },
      ::testing::ExitedWithCode(0), "");
}

INSTANTIATE_TEST_SUITE_P(Gomaxprocs, LockOSThread, ::testing::Values(1, 2, 4),
                         [](const auto& info) { return "P" + std::to_string(info.param); });

}  // namespace
