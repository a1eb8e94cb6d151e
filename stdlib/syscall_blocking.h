// syscall_blocking.h — running a system call that can block the thread as Go's syscall
// package does: between entersyscall and exitsyscall (runtime/proc.h), so that sysmon
// hands the goroutine's P to another M while the thread waits (a read from a terminal or
// pipe, a write to a full pipe, an open of a FIFO).
//
// Inside the bracket nothing may touch the Go heap or the P. errno is captured
// (thread_errno()) right after the call, before exitsyscall: the goroutine may resume on
// another thread, whose errno is not the one the call set. Off runtime threads (unit tests
// calling the stdlib from plain C++) the bracket does nothing.
//
// Include it before any header that opens namespace mgo::std: the runtime headers it pulls
// in write std::, which inside namespace mgo would then name mgo::std.
#pragma once
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <string_view>

#include "runtime/proc.h"

namespace mgo::std {

// This thread's errno. glibc declares __errno_location const, so the compiler may compute
// errno's (thread-local) address once and reuse it across exitsyscall, after which the
// goroutine may run on another thread: a cached address would read the old thread's errno.
// noinline and the barrier force a fresh lookup on every call, as getm() does for the M.
__attribute__((noinline)) inline int thread_errno() {
  int e = errno;
  __asm__ volatile("" ::: "memory");
  return e;
}

// Runs call() as a blocking system call of g: retried on EINTR; returns its result, with
// errno in *err (0 unless the result is negative).
template <class F>
auto blocking(G* g, int* err, F call) {
  mgo::rt::entersyscall(g);
  decltype(call()) r;
  int e;
  do {
    r = call();
    e = r < 0 ? thread_errno() : 0;
  } while (e == EINTR);
  *err = e;
  mgo::rt::exitsyscall(g);
  return r;
}

// Writes all of s to fd as blocking system calls of g (a short write continues where it
// stopped, as Go's poll.FD.Write); returns the bytes written, with errno in *err (0 when
// everything was written).
inline int64_t write_all(G* g, int fd, ::std::string_view s, int* err) {
  *err = 0;
  size_t done = 0;
  while (done < s.size()) {
    ssize_t n = blocking(g, err, [&] { return ::write(fd, s.data() + done, s.size() - done); });
    if (n < 0) break;
    done += static_cast<size_t>(n);
  }
  return static_cast<int64_t>(done);
}

}  // namespace mgo::std
