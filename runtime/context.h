// context.h — switching between stacks: the one place that knows Boost.Context.
//
// What: a Context is a suspended stack (g0's system stack or a goroutine's stack).
// context_switch(from, to, payload) suspends the running stack into *from and resumes
// *to, handing it `payload`; it returns when someone switches back to *from, with the
// payload they passed. This is swapcontext's shape built on fcontext's jump_fcontext
// (~11 ns a round trip; swapcontext costs two sigprocmask syscalls, ~460 ns; DESIGN.md).
//
// Protocol (fcontext only learns a suspended context's handle when it is jumped away
// from, so each switch carries a SwitchMsg on the suspending stack):
//   1. the suspending side puts {from, payload} on its own stack and jumps to to->fctx;
//   2. the resumed side reads payload, then stores the returned handle into from->fctx.
//      The store comes last: once from->fctx is written the scheduler may resume
//      `from` on another thread, and the SwitchMsg lives on that stack.
// A new context (context_make) starts in a trampoline that does step 2 and calls
// ctx->start(payload), which must never return (fcontext would exit the thread).
//
// ThreadSanitizer does not see stack switches: under MGO_TSAN each Context owns a TSAN
// fiber and every switch calls __tsan_switch_to_fiber first (DESIGN.md, tests).
//
// Invariants: a Context is resumed at most once per suspension; only the thread that
// suspended it or the scheduler (which owns the G at that point) reads fctx.
#pragma once
#include <cstdint>

namespace mgo::rt {

struct Context {
  void* fctx = nullptr;                 // fcontext handle while suspended
  void (*start)(void* payload) = nullptr;  // entry of a fresh context (context_make)
  void* tsan_fiber = nullptr;           // MGO_TSAN only: TSAN's fiber for this stack
  bool owns_fiber = false;              // MGO_TSAN only: created by context_make
};

// Makes *ctx a fresh context that will run start(payload) on the stack [lo, hi) when
// first switched to. Any previous fiber of ctx is reused.
void context_make(Context* ctx, uintptr_t lo, uintptr_t hi, void (*start)(void* payload));
// Records the calling thread's own stack (an M's g0) as the context `ctx` describes.
void context_init_current(Context* ctx);
// Releases what context_make acquired (the TSAN fiber). ctx must not be running.
void context_destroy(Context* ctx);
// Suspends the running stack into *from, resumes *to with `payload`; returns the
// payload of whoever resumes *from later.
void* context_switch(Context* from, Context* to, void* payload);

}  // namespace mgo::rt
