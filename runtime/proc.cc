// proc.cc — goroutine scheduler (step 1: a single M running the main goroutine).
#include "runtime/proc.h"

#include <unistd.h>

#include "runtime/fatal.h"
#include "runtime/rt.h"
#include "runtime/stack.h"

namespace mgo::rt {
namespace {

thread_local M* tls_m = nullptr;

struct MainArgs {
  void (*init_fn)(G*);
  void (*main_fn)(G*);
};
MainArgs main_args;
M m0;

void mainstart(void* payload) {
  G* gp = static_cast<G*>(payload);
  main_args.init_fn(gp);
  main_args.main_fn(gp);
  context_switch(&gp->context, &gp->m->g0.context, nullptr);
  __builtin_trap();
}

}  // namespace

M* getm() { return tls_m; }

G* getg() {
  M* m = tls_m;
  if (m == nullptr) return nullptr;
  return m->curg != nullptr ? m->curg : &m->g0;
}

void gosched(G* gp) {}

}  // namespace mgo::rt

using namespace mgo::rt;

extern "C" int mgo_rt_main(void (*init_fn)(G*), void (*main_fn)(G*), int argc,
                           const char* const* argv) {
  main_args = MainArgs{init_fn, main_fn};
  tls_m = &m0;
  context_init_current(&m0.g0.context);
  G* gp = new G();
  gp->goid = 1;
  gp->stack = stackalloc_main();
  gp->stackguard0.store(gp->stack.lo + kStackRedZone);
  gp->m = &m0;
  gp->atomicstatus.store(GStatus::Running);
  context_make(&gp->context, gp->stack.lo, gp->stack.hi, mainstart);
  m0.curg = gp;
  context_switch(&m0.g0.context, &gp->context, gp);
  m0.curg = nullptr;
  stackfree_main(gp->stack);
  context_destroy(&gp->context);
  delete gp;
  return 0;
}

extern "C" [[noreturn]] void mgo_rt_exit(int code) { mgo::rt::exit(code); }
