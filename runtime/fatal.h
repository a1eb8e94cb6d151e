// fatal.h — the runtime's last-resort output and its two non-recoverable failure tiers.
//
// Three tiers of failure (STYLE.md §6), one wording style, all as Go's runtime words them:
//   throw_("runqsteal: runq overflow")  a runtime bug, never recoverable. Go's throw().
//   fatal("all goroutines are asleep - deadlock!")  a user-caused fatal error, never
//                                       recoverable, Go's exact words. Go 1.19's fatal().
//   a Go panic (runtime/panic.h)        language errors; always recoverable.
// Both throw_ and fatal print "fatal error: MSG\n" on stderr and exit with status 2.
//
// Everything here writes with write(2) straight to fd 2: no allocation, no locks other
// than the kernel's, no stdio buffering, safe on a small goroutine segment (a few hundred
// bytes of stack), safe in a signal handler. Output from one ErrWriter is written with a
// single write(2) per flush, so lines from different threads do not interleave mid-line.
//
// Exit: mgo::rt::exit() runs the registered exit hooks (e.g. GODEBUG=mgostackstats=1's
// counter report) and then _exit()s; fatal paths use it. (os.Stdout is not buffered, as in
// Go: every Write is a write(2), so nothing printed before a panic waits for a hook.)
// Hooks must not allocate from the Go heap or take locks that a crashing thread
// might hold; they run at most once.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "runtime/abi.h"

namespace mgo::rt {

// Writes all n bytes to fd 2 (retrying on EINTR and short writes). Async-signal-safe.
void write_stderr(const char* p, size_t n);
inline void write_stderr(std::string_view s) { write_stderr(s.data(), s.size()); }

// A fixed-size, stack-allocated line builder for stderr output without allocation.
// Appends past the buffer flush it first, so arbitrarily long output works.
class ErrWriter {
 public:
  ErrWriter() = default;
  ~ErrWriter() { flush(); }
  ErrWriter(const ErrWriter&) = delete;
  ErrWriter& operator=(const ErrWriter&) = delete;

  ErrWriter& str(std::string_view s);
  ErrWriter& str(const uint8_t* p, int64_t n) {
    return str(std::string_view(reinterpret_cast<const char*>(p), static_cast<size_t>(n)));
  }
  ErrWriter& str(String s) { return str(s.ptr, s.len); }
  ErrWriter& ch(char c);
  ErrWriter& i64(int64_t v);                        // decimal, as Go's printint
  ErrWriter& u64(uint64_t v);                       // decimal, as Go's printuint
  ErrWriter& hex(uint64_t v);                       // 0x-prefixed lower-case, as Go's printhex
  void flush();

 private:
  char buf_[256];
  size_t n_ = 0;
};

// Registers a hook run once by exit() before the process ends (at most 8 hooks).
void add_exit_hook(void (*hook)());
// Ends the process with status code: runs the exit hooks once, then _exit(code).
[[noreturn]] void exit(int code);

// A runtime bug: prints "fatal error: MSG" and exits 2, as Go's throw.
[[noreturn]] void throw_(std::string_view msg);
// A user-caused fatal error with Go's exact words ("all goroutines are asleep -
// deadlock!", "stack overflow", "concurrent map writes"): prints "fatal error: MSG" and
// exits 2, as Go 1.19's fatal. When goid > 0, also prints "\ngoroutine N [running]:".
[[noreturn]] void fatal(std::string_view msg, int64_t goid = 0);

// Signals (runtime/signal.cc). Call on every new M (OS thread) before it runs Go code:
// gives the thread an alternate signal stack and, the first time, installs handlers for
// SIGSEGV, SIGBUS and SIGFPE. A fault in compiled (JIT) code on a goroutine — a nil
// dereference (address below 4096) or an integer division trap — becomes Go's
// recoverable panic ("runtime error: invalid memory address or nil pointer
// dereference", "runtime error: integer divide by zero"); any other fault prints Go's
// "fatal error: unexpected signal during runtime execution" report and exits 2.
void minit_signals();

// Debug-build invariant check: `MGO_ASSERT(cond)` throws "assertion failed: cond" with
// the location. Compiled out unless MGO_DEBUG is defined, like Go's debug constants.
#ifdef MGO_DEBUG
#define MGO_ASSERT(cond) \
  ((cond) ? (void)0 : ::mgo::rt::throw_("assertion failed: " #cond " at " __FILE__))
#else
#define MGO_ASSERT(cond) ((void)0)
#endif

}  // namespace mgo::rt
