// context.cc — see context.h for the protocol.
#include "runtime/context.h"

#include <boost/context/detail/fcontext.hpp>

namespace bctx = boost::context::detail;

#ifdef MGO_TSAN
extern "C" {
void* __tsan_get_current_fiber(void);
void* __tsan_create_fiber(unsigned flags);
void __tsan_destroy_fiber(void* fiber);
void __tsan_switch_to_fiber(void* fiber, unsigned flags);
}
#endif

namespace mgo::rt {
namespace {

// Lives on the suspending stack for the duration of one switch (context.h, step 1).
struct SwitchMsg {
  Context* from;
  Context* to;
  void* payload;
};

// Step 2 of the protocol: read everything, then publish the suspended handle.
void* receive(bctx::transfer_t t) {
  auto* msg = static_cast<SwitchMsg*>(t.data);
  void* payload = msg->payload;
  msg->from->fctx = t.fctx;  // publishes `from`: msg may be dead after this line
  return payload;
}

void trampoline(bctx::transfer_t t) {
  Context* self = static_cast<SwitchMsg*>(t.data)->to;
  void (*start)(void*) = self->start;
  void* payload = receive(t);
  start(payload);
  __builtin_trap();  // start must not return: there is nowhere to return to
}

}  // namespace

void context_make(Context* ctx, uintptr_t lo, uintptr_t hi, void (*start)(void*)) {
  ctx->start = start;
  ctx->fctx = bctx::make_fcontext(reinterpret_cast<void*>(hi), hi - lo, trampoline);
#ifdef MGO_TSAN
  if (!ctx->owns_fiber) {
    ctx->tsan_fiber = __tsan_create_fiber(0);
    ctx->owns_fiber = true;
  }
#endif
}

void context_init_current(Context* ctx) {
  ctx->fctx = nullptr;  // filled in when this stack first switches away
  ctx->start = nullptr;
#ifdef MGO_TSAN
  ctx->tsan_fiber = __tsan_get_current_fiber();
  ctx->owns_fiber = false;
#endif
}

void context_destroy(Context* ctx) {
#ifdef MGO_TSAN
  if (ctx->owns_fiber) __tsan_destroy_fiber(ctx->tsan_fiber);
  ctx->tsan_fiber = nullptr;
  ctx->owns_fiber = false;
#endif
  ctx->fctx = nullptr;
}

void* context_switch(Context* from, Context* to, void* payload) {
  SwitchMsg msg{from, to, payload};
#ifdef MGO_TSAN
  __tsan_switch_to_fiber(to->tsan_fiber, 0);
#endif
  void* target = to->fctx;
  bctx::transfer_t t = bctx::jump_fcontext(target, &msg);
  return receive(t);
}

}  // namespace mgo::rt
