// The C++ halves of os, syscall, errors and sort: errno texts (recorded from Go 1.19's
// syscall.Errno.Error), whole-file reads with Go's error phases, errors.As's assignment
// through TypeDescs, and sort.Slice's element swap.
#include <gtest/gtest.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <string>
#include <unistd.h>

#include "runtime/rt.h"
#include "runtime/runtime2.h"
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

// The blocking calls (run inside the entersyscall bracket) report the errno of the
// failed call itself, and a success leaves no stale errno behind.
TEST(Os, BlockingCallsReportTheirOwnErrno) {
  uint8_t buf[8];
  IntInt out;
  errno = 0;
  mgo_os_sysRead(&g, &out, 12345, buf, sizeof buf, sizeof buf);
  EXPECT_EQ(out.a, 0);
  EXPECT_EQ(out.b, EBADF);
  std::string missing = "/nonexistent/x";
  mgo_os_sysOpen(&g, &out, u(missing), static_cast<int64_t>(missing.size()), O_RDONLY, 0);
  EXPECT_EQ(out.a, -1);
  EXPECT_EQ(out.b, ENOENT);

  int p[2];
  ASSERT_EQ(pipe(p), 0);
  errno = EINVAL;  // a stale errno must not leak into a successful call's result
  mgo_os_sysWrite(&g, &out, p[1], u("abc"), 3, 3);
  EXPECT_EQ(out.a, 3);
  EXPECT_EQ(out.b, 0);
  mgo_os_sysRead(&g, &out, p[0], buf, sizeof buf, sizeof buf);
  EXPECT_EQ(out.a, 3);
  EXPECT_EQ(out.b, 0);
  close(p[0]);
  auto old = signal(SIGPIPE, SIG_IGN);
  mgo_os_sysWrite(&g, &out, p[1], u("abc"), 3, 3);
  signal(SIGPIPE, old);
  EXPECT_EQ(out.a, 0);
  EXPECT_EQ(out.b, EPIPE);
  close(p[1]);
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
