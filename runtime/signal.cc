// signal.cc — synchronous signals (SIGSEGV, SIGBUS, SIGFPE): Go's sigpanic, or Go's
// fatal "unexpected signal" report.
//
// Protocol:
//   1. minit_signals() runs on every M: it gives the thread an alternate signal stack
//      (sigaltstack; a goroutine segment may be too small for a handler; unminit_signals
//      disables and unmaps it when the M's thread ends, as Go's unminit), and on first
//      call records the executable segments of every loaded object (dl_iterate_phdr) and
//      installs the handlers with SA_ONSTACK | SA_SIGINFO.
//   2. On a fault, the handler decides, as Go's sighandler does, whether it was "Go
//      code" that faulted: the pc is in none of the recorded segments (JIT code lives in
//      anonymous memory), the thread runs a user goroutine (getg()->goid > 0), and the
//      fault is a nil dereference (SIGSEGV/SIGBUS below address 4096) or SIGFPE.
//   3. If so, it makes the interrupted context call sigpanic: the stack pointer moves
//      below the red zone (the faulting frame is never resumed, so clobbering its red
//      zone is harmless), the faulting pc is pushed as a fake return address, and rip
//      points at sigpanic. When the handler returns, sigpanic runs on the goroutine's
//      stack and raises the Go panic; a recover longjmps out as for any panic.
//   4. Otherwise the handler prints Go's report and exits 2:
//        fatal error: unexpected signal during runtime execution
//        [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x...]
//      for a fault in runtime (host) code; "unexpected fault address 0x...\nfatal error:
//      fault" for a wild address in compiled code (Go's sigpanic); or, for a fault just
//      below the goroutine's stack, Go's stack overflow words.
// Everything in the handler is async-signal-safe: ErrWriter writes with write(2),
// getg() reads a thread-local of the main executable, exit() runs the exit hooks then
// _exit (a hook that is not signal-safe is the hook owner's risk, as documented).
#include <link.h>
#include <signal.h>
#include <sys/mman.h>
#include <ucontext.h>

#include <atomic>
#include <mutex>

#include "runtime/fatal.h"
#include "runtime/rt.h"
#include "runtime/runtime2.h"

namespace mgo::rt {

namespace {

constexpr size_t kAltStackBytes = 64 * 1024;
constexpr int kMaxRanges = 512;

struct Range {
  uintptr_t lo, hi;
};
Range code_ranges[kMaxRanges];
int ncode_ranges = 0;
std::once_flag install_once;
thread_local void* altstack = nullptr;  // this thread's alternate signal stack
std::atomic<int64_t> naltstacks{0};      // mapped now, all threads (a counter: relaxed)
thread_local int pending_sig = 0;  // the signal sigpanic reports; set by the handler

bool in_host_code(uintptr_t pc) {
  for (int i = 0; i < ncode_ranges; i++) {
    if (pc >= code_ranges[i].lo && pc < code_ranges[i].hi) return true;
  }
  return false;
}

int record_object(struct dl_phdr_info* info, size_t, void*) {
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    if (ph.p_type != PT_LOAD || !(ph.p_flags & PF_X)) continue;
    if (ncode_ranges == kMaxRanges) return 1;
    uintptr_t lo = info->dlpi_addr + ph.p_vaddr;
    code_ranges[ncode_ranges++] = Range{lo, lo + ph.p_memsz};
  }
  return 0;
}

const char* signame(int sig) {
  switch (sig) {
    case SIGSEGV: return "SIGSEGV: segmentation violation";
    case SIGBUS: return "SIGBUS: bus error";
    case SIGFPE: return "SIGFPE: floating-point exception";
    default: return "signal";
  }
}

[[noreturn]] void sigpanic() {
  G* g = getg();
  int sig = pending_sig;
  pending_sig = 0;
  if (sig == SIGFPE) mgo_rt_panicdivide(g);
  mgo_rt_panicmem(g);
}

void sighandler(int sig, siginfo_t* info, void* ctxp) {
  auto* uc = static_cast<ucontext_t*>(ctxp);
  auto pc = static_cast<uintptr_t>(uc->uc_mcontext.gregs[REG_RIP]);
  auto sp = static_cast<uintptr_t>(uc->uc_mcontext.gregs[REG_RSP]);
  auto addr = reinterpret_cast<uintptr_t>(info->si_addr);
  G* g = getg();
  bool user_g = g != nullptr && g->goid > 0;
  bool nil_fault = (sig == SIGSEGV || sig == SIGBUS) && addr < 4096;
  if (user_g && !in_host_code(pc) && (nil_fault || sig == SIGFPE)) {
    uintptr_t nsp = ((sp - 128) & ~uintptr_t(15)) - 8;
    *reinterpret_cast<uintptr_t*>(nsp) = pc;  // fake return address
    uc->uc_mcontext.gregs[REG_RSP] = static_cast<greg_t>(nsp);
    uc->uc_mcontext.gregs[REG_RIP] = static_cast<greg_t>(reinterpret_cast<uintptr_t>(&sigpanic));
    pending_sig = sig;
    return;
  }
  {
    ErrWriter w;
    if (user_g && sig == SIGSEGV && addr < g->stack.lo && addr + (1 << 20) >= g->stack.lo) {
      w.str("runtime: goroutine stack exceeds 1000000000-byte limit\n");
      w.str("runtime: sp=").hex(sp).str(" stack=[").hex(g->stack.lo).str(", ")
          .hex(g->stack.hi).str("]\n");
      w.str("fatal error: stack overflow\n");
    } else if (user_g && !in_host_code(pc) && (sig == SIGSEGV || sig == SIGBUS)) {
      // A wild (non-nil) address in compiled code: Go's sigpanic reports it this way.
      w.str("unexpected fault address ").hex(addr).str("\n");
      w.str("fatal error: fault\n");
    } else {
      w.str("fatal error: unexpected signal during runtime execution\n");
    }
    w.str("[signal ").str(signame(sig)).str(" code=").hex(static_cast<uint64_t>(info->si_code))
        .str(" addr=").hex(addr).str(" pc=").hex(pc).str("]\n");
    if (g != nullptr) w.str("\ngoroutine ").i64(g->goid).str(" [running]:\n");
  }
  exit(2);
}

void install() {
  dl_iterate_phdr(record_object, nullptr);
  struct sigaction sa = {};
  sa.sa_sigaction = sighandler;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  for (int sig : {SIGSEGV, SIGBUS, SIGFPE}) {
    if (sigaction(sig, &sa, nullptr) != 0) throw_("minit_signals: sigaction failed");
  }
}

}  // namespace

void minit_signals() {
  if (altstack == nullptr) {
    void* p = ::mmap(nullptr, kAltStackBytes, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) throw_("minit_signals: cannot allocate signal stack");
    stack_t ss = {};
    ss.ss_sp = p;
    ss.ss_size = kAltStackBytes;
    if (sigaltstack(&ss, nullptr) != 0) throw_("minit_signals: sigaltstack failed");
    altstack = p;
    naltstacks.fetch_add(1, std::memory_order_relaxed);
  }
  std::call_once(install_once, install);
}

// On the M's own thread, on g0, as it ends (no handler runs on the alternate stack then:
// signals are synchronous faults of this thread). Disabled first, so a signal during the
// rest of the thread's exit would use the thread's stack, never unmapped memory.
void unminit_signals() {
  if (altstack == nullptr) return;
  stack_t ss = {};
  ss.ss_flags = SS_DISABLE;
  if (sigaltstack(&ss, nullptr) != 0) throw_("unminit_signals: sigaltstack failed");
  ::munmap(altstack, kAltStackBytes);
  altstack = nullptr;
  naltstacks.fetch_sub(1, std::memory_order_relaxed);
}

int64_t signal_altstacks() { return naltstacks.load(std::memory_order_relaxed); }

}  // namespace mgo::rt
