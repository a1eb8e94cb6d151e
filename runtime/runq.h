// runq.h — run queues: each P's lock-free ring of kRunqSize Gs plus runnext, and the
// global run queue under sched.lock (Go's runqput/runqget/runqsteal/globrunqput).
//
// Per-P ring protocol (runq.cc has the argument beside each atomic):
//   - Only the P's holder writes runqtail and the slots at [tail, head+kRunqSize).
//   - Anyone (the holder in runqget, thieves in runqgrab) consumes by reading slots
//     [head, tail) and then CAS-ing runqhead forward; a failed CAS discards what it read.
//   - runnext is a single slot; the holder CASes a G in, consumers CAS it out.
// Overflow: when the ring is full, runqput moves half of it plus the new G to the
// global queue in one batch (runqputslow), so a spawning loop stays O(1) amortised.
#pragma once
#include "runtime/runtime2.h"

namespace mgo::rt {

// Holder only. next=true: gp goes to runnext (kicking the old runnext to the ring).
void runqput(P* pp, G* gp, bool next);
// Holder only. Returns null when empty. *inheritTime (if given) is set to whether the G
// came from runnext: it then runs in the current time slice (execute), as in Go.
G* runqget(P* pp, bool* inheritTime = nullptr);
// True if pp has nothing (ring and runnext); racy by nature, exact when quiescent.
bool runqempty(P* pp);
// Holder of pp only: steals half of p2's Gs into pp's ring and returns one to run.
// stealRunNextG: may take p2's runnext too.
G* runqsteal(P* pp, P* p2, bool stealRunNextG);
// Number of Gs in pp's ring (not counting runnext); racy.
uint32_t runqlen(P* pp);

// Global queue, sched.lock held.
void globrunqput(G* gp);
void globrunqputhead(G* gp);
void globrunqputbatch(GQueue* batch, int32_t n);
// Takes a share of the global queue for pp (the rest of the share goes to pp's ring);
// max > 0 limits the share. sched.lock held.
G* globrunqget(P* pp, int32_t max);

}  // namespace mgo::rt
