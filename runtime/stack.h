// stack.h — goroutine stacks, behind a small interface so that segmented stacks (a
// later issue) replace stack.cc without touching the scheduler.
//
// Today: every goroutine gets one fixed-size region of lazily committed memory
// (kGoroutineStack bytes reserved, pages committed on first touch by the kernel);
// the main goroutine gets one region of Go's whole 1,000,000,000-byte limit, so deep
// recursion in main works. g->stackguard0 = stack.lo + kStackRedZone: compiled
// prologues call mgo_rt_morestack below it, and the red zone below the guard is where
// runtime C++ code called from a goroutine may still run.
//
// Invariants: a Stack from stackalloc is returned with stackfree exactly once; stacks
// never move (sudog elem pointers may point into a parked goroutine's stack).
#pragma once
#include <cstdint>

#include "runtime/runtime2.h"

namespace mgo::rt {

// Go's maxstacksize: past this, "goroutine stack exceeds 1000000000-byte limit".
constexpr uintptr_t kMaxStackBytes = 1000000000;
#ifdef MGO_TSAN
constexpr uintptr_t kStackRedZone = 128 << 10;      // TSAN frames are several times larger
constexpr uintptr_t kGoroutineStack = 1024 << 10;
#else
constexpr uintptr_t kStackRedZone = 32 << 10;       // C++ runtime code runs below the guard
constexpr uintptr_t kGoroutineStack = 256 << 10;
#endif
// Go's stackPreempt on 64-bit (uintptrMask & -1314, i.e. 0xfffffffffffffade; the
// 0xfffffade of Go's 32-bit ports would sit below every x86-64 stack): a guard above any
// sp, so every prologue's unsigned compare sends the goroutine to morestack.
constexpr uintptr_t StackPreempt = ~uintptr_t(0) - 1313;
static_assert(StackPreempt == 0xfffffffffffffadeULL);

// A goroutine stack of kGoroutineStack bytes (segments come from big reservations: one
// mmap per stack would run into vm.max_map_count with 100,000 goroutines).
Stack stackalloc();
void stackfree(Stack s);
// The main goroutine's stack: kMaxStackBytes plus the red zone, lazily committed.
Stack stackalloc_main();
void stackfree_main(Stack s);
// Stacks handed out and not yet freed (tests assert 0 at tear-down).
int64_t stacks_in_use();

}  // namespace mgo::rt
