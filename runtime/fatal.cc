// fatal.cc — raw stderr output, exit hooks, throw_ and fatal. See fatal.h.
//
// Invariants: nothing here allocates or takes a user-space lock; everything is usable
// from a signal handler except the exit hooks themselves (which the hook owners keep
// simple). A second fatal error while exiting (a hook crashed, or two threads failed at
// once) does not rerun the hooks: the first caller runs them, later callers skip to _exit.
#include "runtime/fatal.h"

#include <unistd.h>

#include <atomic>
#include <cerrno>

namespace mgo::rt {

void write_stderr(const char* p, size_t n) {
  while (n > 0) {
    ssize_t w = ::write(2, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return;  // nowhere left to report to
    }
    p += w;
    n -= static_cast<size_t>(w);
  }
}

ErrWriter& ErrWriter::str(std::string_view s) {
  if (s.size() > sizeof(buf_) - n_) {
    flush();
    if (s.size() > sizeof(buf_)) {
      write_stderr(s.data(), s.size());
      return *this;
    }
  }
  for (char c : s) buf_[n_++] = c;
  return *this;
}

ErrWriter& ErrWriter::ch(char c) {
  if (n_ == sizeof(buf_)) flush();
  buf_[n_++] = c;
  return *this;
}

ErrWriter& ErrWriter::u64(uint64_t v) {
  char tmp[24];
  int i = sizeof(tmp);
  do {
    tmp[--i] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0);
  return str(std::string_view(tmp + i, sizeof(tmp) - i));
}

ErrWriter& ErrWriter::i64(int64_t v) {
  if (v < 0) {
    ch('-');
    return u64(0 - static_cast<uint64_t>(v));
  }
  return u64(static_cast<uint64_t>(v));
}

ErrWriter& ErrWriter::hex(uint64_t v) {
  static constexpr char kDigits[] = "0123456789abcdef";
  char tmp[20];
  int i = sizeof(tmp);
  do {
    tmp[--i] = kDigits[v & 15];
    v >>= 4;
  } while (v != 0);
  tmp[--i] = 'x';
  tmp[--i] = '0';
  return str(std::string_view(tmp + i, sizeof(tmp) - i));
}

void ErrWriter::flush() {
  if (n_ > 0) write_stderr(buf_, n_);
  n_ = 0;
}

namespace {
constexpr int kMaxExitHooks = 8;
std::atomic<void (*)()> exit_hooks[kMaxExitHooks];
std::atomic<int> nexit_hooks{0};
std::atomic<bool> exiting{false};
}  // namespace

void add_exit_hook(void (*hook)()) {
  int i = nexit_hooks.fetch_add(1);
  if (i >= kMaxExitHooks) throw_("add_exit_hook: too many hooks");
  exit_hooks[i].store(hook, std::memory_order_release);
}

void exit(int code) {
  // Only the first exiting thread runs the hooks; a crash inside a hook, or a second
  // thread failing concurrently, goes straight to _exit.
  if (!exiting.exchange(true)) {
    int n = nexit_hooks.load();
    if (n > kMaxExitHooks) n = kMaxExitHooks;
    for (int i = n - 1; i >= 0; i--) {
      if (auto* h = exit_hooks[i].load(std::memory_order_acquire)) h();
    }
  }
  ::_exit(code);
}

void throw_(std::string_view msg) {
  {
    ErrWriter w;
    w.str("fatal error: ").str(msg).ch('\n');
  }
  exit(2);
}

void fatal(std::string_view msg, int64_t goid) {
  {
    ErrWriter w;
    w.str("fatal error: ").str(msg).ch('\n');
    if (goid > 0) w.str("\ngoroutine ").i64(goid).str(" [running]:\n");
  }
  exit(2);
}

}  // namespace mgo::rt
