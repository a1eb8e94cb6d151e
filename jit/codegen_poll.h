// codegen_poll.h — loop back-edge preemption polls (jit/codegen_poll.cc).
#pragma once

#include "llvm/IR/Module.h"

namespace mgo::jit {

// Every back-edge of every natural loop in the Go functions of m (those whose first
// argument is the goroutine `g`, abi.h) gets a strip-mined preemption poll: a countdown
// shared by the function's loops, and once per kLoopPollEvery back-edges an atomic load
// of g->stackguard0 that calls mgo_rt_preemptcheck(g) when it holds StackPreempt.
// Runs after the optimisation pipeline (so vectorised loops keep their speed).
// Returns the number of back-edges polled.
unsigned insertLoopPolls(llvm::Module& m);

// True when GODEBUG contains key=0 (e.g. GODEBUG=mgoloopPolls=0: polls off;
// mgostackchecks=0: no prologue checks, jit/driver.cc). Measurement knobs only.
bool godebugOff(const char* key);

// Whether insertLoopPolls places polls (off with GODEBUG=mgoloopPolls=0). The
// compiled-code cache keys on this same answer (jit/driver.cc).
bool loopPollsEnabled();

// Back-edges between two polls (DESIGN.md "Back-edge polls").
inline constexpr int kLoopPollEvery = 1024;

}  // namespace mgo::jit
