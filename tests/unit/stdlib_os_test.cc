// The C++ halves of os, syscall, errors and sort: errno texts (recorded from Go 1.19's
// syscall.Errno.Error), whole-file reads with Go's error phases, the errno of blocking
// calls made by goroutines on the runtime (also when the goroutine moves to another M
// during the call), errors.As's assignment through TypeDescs, and sort.Slice's element swap.
#include <gtest/gtest.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <memory>
#include <string>
#include <sys/syscall.h>
#include <unistd.h>

#include "runtime/proc.h"
#include "runtime/rt.h"
#include "runtime/runtime2.h"
#include "tests/unit/runtime_sched_test_util.h"
#include "tests/unit/stdlib_testing.h"

extern "C" {
String mgo_syscall_errstr(G*, int64_t);
struct SliceInt { Slice s; int64_t e; };
void mgo_os_readFile(G*, SliceInt*, const uint8_t*, int64_t);
struct IntInt { int64_t a, b; };
void mgo_os_sysRead(G*, IntInt*, int64_t, uint8_t*, int64_t, int64_t);
void mgo_os_sysWrite(G*, IntInt*, int64_t, const uint8_t*, int64_t, int64_t);
void mgo_os_sysOpen(G*, IntInt*, const uint8_t*, int64_t, int64_t, uint32_t);
int64_t mgo_errors_checkTarget(G*, const TypeDesc*, void*);
bool mgo_errors_assignTo(G*, const Itab*, void*, const TypeDesc*, void*);
void mgo_sort_sliceSwap(G*, const TypeDesc*, void*, int64_t, int64_t);
int64_t mgo_sort_sliceLen(G*, const TypeDesc*, void*);
}

using namespace mgotest;
namespace rtt = mgo::rt::testing;

namespace {
G g;
const uint8_t* u(const std::string& s) { return reinterpret_cast<const uint8_t*>(s.data()); }
}  // namespace

TEST(Syscall, ErrnoTextsAsGo) {
  const std::pair<int, const char*> cases[] = {
      {1, "operation not permitted"}, {2, "no such file or directory"}, {9, "bad file descriptor"},
      {13, "permission denied"},      {17, "file exists"},              {20, "not a directory"},
      {21, "is a directory"},         {22, "invalid argument"},         {32, "broken pipe"},
      {39, "directory not empty"},
  };
  for (auto [e, want] : cases) EXPECT_EQ(str(mgo_syscall_errstr(&g, e)), want) << e;
}

TEST(Os, ReadFileContentsAndErrorPhases) {
  std::string path = testing::TempDir() + "mgo_readfile_test.txt";
  FILE* f = fopen(path.c_str(), "w");
  ASSERT_NE(f, nullptr);
  fputs("line1\nline2\n", f);
  fclose(f);
  SliceInt out;
  mgo_os_readFile(&g, &out, u(path), static_cast<int64_t>(path.size()));
  EXPECT_EQ(out.e, 0);
  EXPECT_EQ(std::string(static_cast<char*>(out.s.ptr), static_cast<size_t>(out.s.len)), "line1\nline2\n");
  std::string missing = "/nonexistent/x";
  mgo_os_readFile(&g, &out, u(missing), static_cast<int64_t>(missing.size()));
  EXPECT_EQ(out.e, ENOENT);  // open phase: positive
  std::string dir = "/tmp";
  mgo_os_readFile(&g, &out, u(dir), static_cast<int64_t>(dir.size()));
  EXPECT_EQ(out.e, -EISDIR);  // read phase: negative ("read /tmp: is a directory")
}

// The blocking calls run inside the entersyscall bracket (stdlib/syscall_blocking.h),
// which does something only on the runtime's own threads, so these tests call them from
// goroutines under mgo_rt_main (runtime_sched_test_util.h's run_main). Goroutine bodies
// only record what they saw; the assertions run on the test thread after the scheduler
// is torn down.
namespace blocking_errno {

IntInt badfd, missing, okwrite, okread, epipe;  // {result, errno} of each call, in order

void calls_main(G* g) {
  uint8_t buf[8];
  mgo_os_sysRead(g, &badfd, 12345, buf, sizeof buf, sizeof buf);
  std::string path = "/nonexistent/x";
  mgo_os_sysOpen(g, &missing, u(path), static_cast<int64_t>(path.size()), O_RDONLY, 0);
  int p[2];
  if (pipe(p) != 0) return;  // every result stays {-99, -99}: the expectations fail
  errno = EINVAL;  // a stale errno must not leak into a successful call's result
  mgo_os_sysWrite(g, &okwrite, p[1], u("abc"), 3, 3);
  mgo_os_sysRead(g, &okread, p[0], buf, sizeof buf, sizeof buf);
  close(p[0]);
  mgo_os_sysWrite(g, &epipe, p[1], u("abc"), 3, 3);
  close(p[1]);
}

// Migration: a write blocked on a full pipe fails with EPIPE while its goroutine's P runs
// another goroutine, so exitsyscall finds no P, queues the goroutine globally and puts
// its M to sleep; the goroutine resumes on the other M, whose errno is not EPIPE.
struct Migration {
  int rfd = -1, wfd = -1;
  std::atomic<G*> writer{nullptr};
  IntInt out{-99, -99};
  mgo::rt::M* m_call = nullptr;   // the M that made the call
  mgo::rt::M* m_after = nullptr;  // the M the writer resumed on
  pid_t t_call = 0, t_after = 0;  // their threads
  bool in_syscall = false;  // main saw the writer in its system call
  bool queued = false;      // main saw the writer on the global run queue
};
Migration* mig;  // fresh for each run of the test

// The calling thread's kernel id, read afresh: glibc declares pthread_self const, so the
// compiler may reuse one call's value across the move to another thread.
pid_t thread_id() { return static_cast<pid_t>(syscall(SYS_gettid)); }

bool before(std::chrono::steady_clock::time_point deadline) {
  return std::chrono::steady_clock::now() < deadline;
}

void migration_main(G* g) {
  using mgo::rt::GStatus;
  void* done = rtt::makechan_int(g, 1);
  rtt::go(g, [done](G* g) {
    mig->m_call = mgo::rt::getm();
    mig->t_call = thread_id();
    mig->writer.store(g);
    mgo_os_sysWrite(g, &mig->out, mig->wfd, u("abc"), 3, 3);  // blocks: the pipe is full
    mig->m_after = mgo::rt::getm();
    mig->t_after = thread_id();
    rtt::send(g, done, 1);
  });
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  // GOMAXPROCS=1: past the writer's entersyscall this goroutine runs again only on
  // another M, once sysmon has retaken the P from the writer's.
  auto in_syscall = [] {
    G* w = mig->writer.load();
    return w != nullptr && w->atomicstatus.load() == GStatus::Syscall;
  };
  while (!in_syscall() && before(deadline)) mgo_runtime_Gosched(g);
  mig->in_syscall = in_syscall();
  close(mig->rfd);  // the write fails with EPIPE
  // Keep the P (no yield) until the writer's exitsyscall has queued it globally: then its
  // M has found no P and sleeps, and the writer can only resume on this one.
  while (mgo::rt::sched.runqsize.load() == 0 && before(deadline)) {
  }
  mig->queued = mgo::rt::sched.runqsize.load() != 0;
  errno = EINVAL;  // this M's errno: what a read of errno after exitsyscall would find
  rtt::recv(g, done);  // park: this M takes the writer from the global queue
}

}  // namespace blocking_errno

// Each call reports the errno of the failed call itself; a success reports 0 whatever
// errno held before it.
TEST(Os, BlockingCallsReportTheirOwnErrno) {
  using namespace blocking_errno;
  for (IntInt* r : {&badfd, &missing, &okwrite, &okread, &epipe}) *r = {-99, -99};
  auto old = signal(SIGPIPE, SIG_IGN);
  rtt::run_main(2, calls_main);
  signal(SIGPIPE, old);
  EXPECT_EQ(badfd.a, 0);
  EXPECT_EQ(badfd.b, EBADF);
  EXPECT_EQ(missing.a, -1);
  EXPECT_EQ(missing.b, ENOENT);
  EXPECT_EQ(okwrite.a, 3);
  EXPECT_EQ(okwrite.b, 0);
  EXPECT_EQ(okread.a, 3);
  EXPECT_EQ(okread.b, 0);
  EXPECT_EQ(epipe.a, 0);
  EXPECT_EQ(epipe.b, EPIPE);
}

TEST(Os, BlockingCallErrnoSurvivesMigrationToAnotherM) {
  using namespace blocking_errno;
  int p[2];
  ASSERT_EQ(pipe(p), 0);
  // Fill the pipe so that the writer's write blocks.
  int fl = fcntl(p[1], F_GETFL);
  ASSERT_EQ(fcntl(p[1], F_SETFL, fl | O_NONBLOCK), 0);
  char chunk[4096] = {};
  while (write(p[1], chunk, sizeof chunk) > 0) {
  }
  ASSERT_EQ(errno, EAGAIN);
  ASSERT_EQ(fcntl(p[1], F_SETFL, fl), 0);
  auto fresh = std::make_unique<Migration>();
  mig = fresh.get();
  mig->rfd = p[0];
  mig->wfd = p[1];
  auto old = signal(SIGPIPE, SIG_IGN);
  rtt::run_main(1, migration_main);
  signal(SIGPIPE, old);
  close(p[1]);
  ASSERT_TRUE(mig->in_syscall) << "the writer never reached its system call";
  ASSERT_TRUE(mig->queued) << "the writer's exitsyscall never queued it";
  EXPECT_NE(mig->m_after, mig->m_call) << "the writer did not move to another M";
  EXPECT_NE(mig->t_after, mig->t_call) << "the writer did not move to another thread";
  EXPECT_EQ(mig->out.a, 0);
  EXPECT_EQ(mig->out.b, EPIPE);
}

namespace {
struct EV { String msg; };
String E_Error(G*, void* d) { return static_cast<EV*>(d)->msg; }
}  // namespace

TEST(Errors, AsAssignsThroughTypeDescs) {
  TypeDesc* et = struct_of("main.E", true, {{"msg", T().String}});
  TypeDesc* ep = ptr_to(et, "*main.E");
  set_methods(ep, {string_method("Error", E_Error)});
  TypeDesc* epp = ptr_to(ep, "**main.E");
  const Itab* tab = error_itab(ep);
  EV* val = new EV{gs("boom")};

  EV* target = nullptr;  // var target *E; errors.As(err, &target)
  EXPECT_EQ(mgo_errors_checkTarget(&g, epp, &target), 0);
  EXPECT_TRUE(mgo_errors_assignTo(&g, tab, val, epp, &target));
  EXPECT_EQ(target, val);

  TypeDesc* ip = ptr_to(T().Int, "*int");
  int64_t x = 0;
  EXPECT_EQ(mgo_errors_checkTarget(&g, ip, &x), 2);       // *int: not interface, no Error
  EXPECT_EQ(mgo_errors_checkTarget(&g, ip, nullptr), 1);  // nil pointer
  EXPECT_EQ(mgo_errors_checkTarget(&g, T().Int, nullptr), 1);

  TypeDesc* other = ptr_to(struct_of("main.O", true, {{"msg", T().String}}), "*main.O");
  set_methods(other, {string_method("Error", E_Error)});
  TypeDesc* otherpp = ptr_to(other, "**main.O");
  EV* otarget = nullptr;
  EXPECT_FALSE(mgo_errors_assignTo(&g, tab, val, otherpp, &otarget));
  EXPECT_EQ(otarget, nullptr);

  Iface errtarget{nullptr, nullptr};  // var target error
  const TypeDesc* errp = ptr_to(error_type(), "*error");
  EXPECT_EQ(mgo_errors_checkTarget(&g, errp, &errtarget), 0);
  EXPECT_TRUE(mgo_errors_assignTo(&g, tab, val, errp, &errtarget));
  EXPECT_EQ(errtarget.data, val);
  ASSERT_NE(errtarget.tab, nullptr);
  EXPECT_EQ(errtarget.tab->type, ep);
}

TEST(Sort, SliceSwapMovesWholeElements) {
  struct Rec { int64_t k; String name; int32_t tag; };
  TypeDesc* rt = struct_of("main.Rec", true, {{"K", T().Int}, {"Name", T().String}, {"Tag", T().Int32}});
  ASSERT_EQ(rt->size, sizeof(Rec));
  TypeDesc* st = slice_of(rt, "[]main.Rec");
  Rec recs[3] = {{1, gs("a"), 10}, {2, gs("b"), 20}, {3, gs("c"), 30}};
  Slice s{recs, 3, 3};
  EXPECT_EQ(mgo_sort_sliceLen(&g, st, &s), 3);
  mgo_sort_sliceSwap(&g, st, &s, 0, 2);
  EXPECT_EQ(recs[0].k, 3);
  EXPECT_EQ(str(recs[0].name), "c");
  EXPECT_EQ(recs[0].tag, 30);
  EXPECT_EQ(recs[2].k, 1);
  EXPECT_EQ(str(recs[2].name), "a");
  EXPECT_EQ(recs[1].k, 2);
}
