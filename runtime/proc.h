// proc.h — the scheduler's interface to the rest of the runtime (runtime/proc.cc).
#pragma once
#include "runtime/runtime2.h"

namespace mgo::rt {

// runtime.Gosched: puts gp on the run queue and runs something else.
void gosched(G* gp);

}  // namespace mgo::rt
