// select.h — the select statement, after Go's select.go (runtime/select.cc).
//
// Compiled code calls mgo_rt_selectgo (rt.h) with the cases in a frame-owned array,
// sends first; the C++ entry point below is the same function for runtime code and tests.
#pragma once
#include <cstdint>

#include "runtime/rt.h"
#include "runtime/runtime2.h"

namespace mgo::rt {

// cases[0, nsends) are sends, cases[nsends, nsends+nrecvs) receives; order is scratch
// for 2*(nsends+nrecvs) entries. block=false (the select has a default) never parks and
// never allocates: returns -1 when no case is ready. Otherwise returns the chosen case's
// index; *recvOK is chanrecv's ok for a receive (false for a send).
int64_t selectgo(G* gp, Scase* cases, uint16_t* order, int64_t nsends, int64_t nrecvs,
                 bool block, bool* recvOK);

// select {}: parks gp forever (wait reason "select (no cases)"); deadlock detection sees it.
[[noreturn]] void block(G* gp);

}  // namespace mgo::rt
