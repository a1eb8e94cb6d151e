// Tests for the signal handlers (runtime/signal.cc), in child processes: a nil
// dereference or division trap in JIT-like code (machine code in anonymous executable
// memory, called from the main goroutine under mgo_rt_main) becomes Go's recoverable
// panic; a fault in runtime C++ code is Go's fatal "unexpected signal" report, exit 2.
#include <setjmp.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <functional>
#include <string>

#include <gtest/gtest.h>

#include "runtime/fatal.h"
#include "runtime/iface.h"
#include "runtime/panic.h"
#include "runtime/rt.h"
#include "runtime/runtime2.h"
#include "tests/unit/runtime_test_child.h"

// Test descriptors use designated initializers; unnamed members are zero on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace mgo::rt;

namespace {

std::pair<int, std::string> child(void (*fn)()) {
  ChildResult r = run_in_child(fn);
  return {r.status, r.err};
}

using JitFn = int64_t (*)();

// Copies machine code into fresh anonymous executable memory, as the JIT's code lives.
JitFn make_code(const uint8_t* code, size_t n) {
  void* p = mmap(nullptr, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  std::memcpy(p, code, n);
  mprotect(p, 4096, PROT_READ | PROT_EXEC);
  return reinterpret_cast<JitFn>(p);
}
const uint8_t kNilLoad[] = {0x48, 0x8b, 0x04, 0x25, 0x10, 0, 0, 0, 0xc3};   // mov rax,[0x10]; ret
const uint8_t kDivZero[] = {0x31, 0xc9, 0xb8, 1, 0, 0, 0, 0x99, 0xf7, 0xf9, 0xc3};  // idiv by 0

JitFn jit_fn;
Eface recovered;

void recover_closure_code(G* g, void* ctx) { recovered = mgo_rt_gorecover(g); }
Closure recover_closure{reinterpret_cast<void*>(&recover_closure_code)};

// func main() { defer func() { recovered = recover() }(); jit_fn() }
void main_recovering(G* g) {
  minit_signals();
  DeferFrame frame;
  mgo_rt_deferframe_push(g, &frame);
  if (_setjmp(reinterpret_cast<__jmp_buf_tag*>(frame.jb)) != 0) goto out;
  mgo_rt_defer(g, &frame, &recover_closure);
  jit_fn();
out:
  mgo_rt_deferreturn(g, &frame);
  // Report what was recovered, through its Error method, then exit 0.
  const Itab* tab = mgo_rt_getitab(&error_type, recovered.type, true);
  if (tab == nullptr) {
    write_stderr("nothing recovered\n");
    return;
  }
  String s = reinterpret_cast<String (*)(G*, void*)>(tab->fun[0])(g, recovered.data);
  write_stderr(reinterpret_cast<const char*>(s.ptr), s.len);
  write_stderr("\n");
}

void main_plain(G* g) {
  minit_signals();
  jit_fn();
}

TEST(RuntimeCoreSignal, NilDereferenceInJitCodeIsARecoverablePanic) {
  auto r = child([] {
    jit_fn = make_code(kNilLoad, sizeof kNilLoad);
    _exit(mgo_rt_main([](G*) {}, main_recovering, 0, nullptr));
  });
  EXPECT_EQ(r.first, 0);
  EXPECT_EQ(r.second, "runtime error: invalid memory address or nil pointer dereference\n");
}

TEST(RuntimeCoreSignal, DivisionTrapInJitCodeIsARecoverablePanic) {
  auto r = child([] {
    jit_fn = make_code(kDivZero, sizeof kDivZero);
    _exit(mgo_rt_main([](G*) {}, main_recovering, 0, nullptr));
  });
  EXPECT_EQ(r.first, 0);
  EXPECT_EQ(r.second, "runtime error: integer divide by zero\n");
}

TEST(RuntimeCoreSignal, UnrecoveredNilDereferenceReportsLikeGo) {
  auto r = child([] {
    jit_fn = make_code(kNilLoad, sizeof kNilLoad);
    _exit(mgo_rt_main([](G*) {}, main_plain, 0, nullptr));
  });
  EXPECT_EQ(r.first, 2);
  EXPECT_EQ(r.second.substr(0, r.second.find('\n') + 1),
            "panic: runtime error: invalid memory address or nil pointer dereference\n");
}

const uint8_t kWildLoad[] = {0x48, 0x8b, 0x04, 0x25, 0x00, 0x20, 0, 0, 0xc3};  // mov rax,[0x2000]

TEST(RuntimeCoreSignal, WildAddressInJitCodeIsGosFault) {
  // Go 1.19 for a non-nil bad address in Go code: "unexpected fault address 0x2000",
  // "fatal error: fault", exit 2.
  auto r = child([] {
    jit_fn = make_code(kWildLoad, sizeof kWildLoad);
    _exit(mgo_rt_main([](G*) {}, main_plain, 0, nullptr));
  });
  EXPECT_EQ(r.first, 2);
  EXPECT_EQ(r.second.substr(0, r.second.find("\n[signal")),
            "unexpected fault address 0x2000\nfatal error: fault");
}

volatile int* volatile null_ptr = nullptr;

TEST(RuntimeCoreSignal, FaultInRuntimeCodeIsAFatalUnexpectedSignal) {
  auto r = child([] {
    _exit(mgo_rt_main([](G*) {}, [](G*) {
      minit_signals();
      (void)*null_ptr;  // a runtime (host) code fault: not a Go panic
    }, 0, nullptr));
  });
  EXPECT_EQ(r.first, 2);
  EXPECT_EQ(r.second.substr(0, r.second.find('\n') + 1),
            "fatal error: unexpected signal during runtime execution\n");
  EXPECT_NE(r.second.find("[signal SIGSEGV: segmentation violation code="), std::string::npos)
      << r.second;
}

}  // namespace
