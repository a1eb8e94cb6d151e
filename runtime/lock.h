// lock.h — the runtime's mutex: a futex lock as Go's lock_futex.go.
//
// Why not std::mutex: a runtime lock taken on a goroutine's stack is released on the
// same M's g0 stack after a context switch (gopark's unlockf); under ThreadSanitizer
// with fibers a pthread mutex unlocked from another fiber is reported as misuse, while
// the atomics below give TSAN the same happens-before edges. Blocking parks the M (the
// thread), not the G: hold these only for short, non-blocking critical sections.
//
// States of key: 0 unlocked, 1 locked, 2 locked with possible sleepers (Drepper's
// "Futexes are tricky", mutex #2).
#pragma once
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <cstdint>

namespace mgo::rt {

inline void futexsleep(std::atomic<uint32_t>* addr, uint32_t val, const struct timespec* ts) {
  syscall(SYS_futex, reinterpret_cast<uint32_t*>(addr), FUTEX_WAIT_PRIVATE, val, ts, nullptr, 0);
}
inline void futexwakeup(std::atomic<uint32_t>* addr, int n) {
  syscall(SYS_futex, reinterpret_cast<uint32_t*>(addr), FUTEX_WAKE_PRIVATE, n, nullptr, nullptr, 0);
}

class Mutex {
 public:
  void lock() {
    uint32_t c = 0;
    // acquire: pairs with the release exchange in unlock().
    if (key_.compare_exchange_strong(c, 1, std::memory_order_acquire)) return;
    for (int spin = 0; spin < 100; spin++) {
      c = key_.load(std::memory_order_relaxed);
      if (c == 0 && key_.compare_exchange_weak(c, 1, std::memory_order_acquire)) return;
      __builtin_ia32_pause();
    }
    // acquire: pairs with the release exchange in unlock().
    while (key_.exchange(2, std::memory_order_acquire) != 0) futexsleep(&key_, 2, nullptr);
  }
  bool try_lock() {
    uint32_t c = 0;
    return key_.compare_exchange_strong(c, 1, std::memory_order_acquire);  // partner: unlock
  }
  void unlock() {
    // release: pairs with the acquire exchanges in lock().
    if (key_.exchange(0, std::memory_order_release) == 2) futexwakeup(&key_, 1);
  }
  bool held() const { return key_.load(std::memory_order_relaxed) != 0; }  // debug only

 private:
  std::atomic<uint32_t> key_{0};
};

// RAII holder for the common scoped case.
class LockGuard {
 public:
  explicit LockGuard(Mutex& m) : m_(m) { m_.lock(); }
  ~LockGuard() { m_.unlock(); }
  LockGuard(const LockGuard&) = delete;
  LockGuard& operator=(const LockGuard&) = delete;

 private:
  Mutex& m_;
};

}  // namespace mgo::rt
