// codegen_poll.cc — preemption polls on loop back-edges (DESIGN.md "Stack guard": loop
// back-edges poll the same word as the prologue check).
//
// Why: sysmon asks a goroutine that has run for 10 ms to yield by storing StackPreempt in
// its g->stackguard0 (runtime/proc.cc preemptone); compiled code notices at its next
// prologue check. A loop that reaches no prologue check — `for { x++ }`, a spin on
// atomic.LoadInt32, a loop calling only leaves (no check) or stdlib externs — would run
// forever and, with GOMAXPROCS=1, starve every other goroutine. So every loop polls.
//
// What a polled back-edge looks like (latch -> header, one per edge):
//     poll.count:  budget = budget - 1 ; if (budget <= 0) goto poll.check   [1 : 1023]
//     poll.check:  budget = kLoopPollEvery
//                  guard = load atomic monotonic g->stackguard0  ; partner: preemptone's store
//                  if (guard == StackPreempt) goto poll.yield    [1 : 1000]
//     poll.yield:  call cold mgo_rt_preemptcheck(g)              ; yields, returns here
//     poll.done:   br header
// `budget` is one i32 per function (shared by all its loops, so nested loops poll once per
// 1024 back-edges in total), an alloca promoted to SSA phis here (PromoteMemToReg).
// (<= rather than ==: after a recovered panic's longjmp the register copy of the budget
// is whatever it held at setjmp, still a valid count; <= is robust to any value.)
//
// When: after LLVM's optimisation pipeline (jit/driver.cc calls insertLoopPolls after
// optimizeModule). DESIGN.md measured a poll on every iteration stopping vectorisation
// (15x slower on a summation); a countdown placed before the optimiser stops it too (the
// loop has a call on a conditional path, which the vectoriser cannot if-convert). Placed
// after it, a vectorised loop polls once per 1024 *vector* iterations, and the optimiser
// never sees the poll, so it can neither hoist the guard's load (it is atomic anyway)
// nor be blocked by it. Loops the optimiser removed (fully unrolled, folded) need no poll;
// loops it created from the source's loops are natural loops and are found by LoopInfo.
//
// Which functions: those whose first argument is named "g" (codegen_func.cc
// beginFunction names it; split bodies F$body copy the names). Morestack trampolines,
// runtime thunks without g and external declarations are skipped.
//
// Rejected: (1) a poll in the IR that codegen emits for each for/range statement: also
// misses goto loops, and kills vectorisation (above); (2) polling only loops "without
// calls": a call does not imply a prologue check (leaves with small frames have none,
// stdlib externs never check), so `for atomic.LoadInt32(&f) == 0 {}` would still hang;
// (3) comparing sp with the guard as the prologue does: the equality test is enough
// (a real guard is never StackPreempt) and needs no read of rsp.
//
// GODEBUG=mgoloopPolls=0 turns the polls off (measurements only: docs/PERFORMANCE.md).
#include "jit/codegen_poll.h"

#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"
#include "llvm/Transforms/Utils/PromoteMemToReg.h"
#include "runtime/stack.h"

namespace mgo::jit {

bool godebugOff(const char* key) {
  const char* s = std::getenv("GODEBUG");
  if (s == nullptr) return false;
  size_t n = std::strlen(key);
  for (const char* p = s; (p = std::strstr(p, key)) != nullptr; p += n) {
    if ((p == s || p[-1] == ',') && p[n] == '=') return p[n + 1] == '0';
  }
  return false;
}

namespace {

bool isGoFunction(const llvm::Function& f) {
  return !f.isDeclaration() && f.arg_size() > 0 && f.getArg(0)->getName() == "g" &&
         f.getArg(0)->getType()->isPointerTy();
}

unsigned pollFunction(llvm::Function& f, llvm::FunctionCallee preemptcheck) {
  std::vector<std::pair<llvm::BasicBlock*, llvm::BasicBlock*>> edges;  // latch -> header
  {
    llvm::DominatorTree dt(f);
    llvm::LoopInfo li(dt);
    for (llvm::Loop* l : li.getLoopsInPreorder()) {
      llvm::BasicBlock* h = l->getHeader();
      // The prologue's own retry (stack.check -> stack.more -> stack.check) yields in
      // mgo_rt_morestack_call already.
      if (h->getName().starts_with("stack.check")) continue;
      llvm::SmallPtrSet<llvm::BasicBlock*, 4> seen;
      for (llvm::BasicBlock* p : llvm::predecessors(h))
        if (l->contains(p) && seen.insert(p).second) edges.emplace_back(p, h);
    }
  }
  if (edges.empty()) return 0;
  llvm::LLVMContext& ctx = f.getContext();
  llvm::Type* i32 = llvm::Type::getInt32Ty(ctx);
  llvm::Type* i64 = llvm::Type::getInt64Ty(ctx);
  llvm::Value* g = f.getArg(0);
  llvm::BasicBlock& entry = f.getEntryBlock();
  llvm::IRBuilder<> eb(&entry, entry.getFirstInsertionPt());
  llvm::AllocaInst* budget = eb.CreateAlloca(i32, nullptr, "poll.budget");
  eb.CreateStore(eb.getInt32(kLoopPollEvery), budget);
  llvm::MDBuilder mdb(ctx);
  for (auto [latch, header] : edges) {
    llvm::BasicBlock* count = llvm::SplitEdge(latch, header);
    count->setName("poll.count");
    llvm::IRBuilder<> b(count->getTerminator());
    llvm::Value* n = b.CreateSub(b.CreateLoad(i32, budget), b.getInt32(1));
    b.CreateStore(n, budget);
    llvm::Instruction* checkTerm = llvm::SplitBlockAndInsertIfThen(
        b.CreateICmpSLE(n, b.getInt32(0)), count->getTerminator(), false,
        mdb.createBranchWeights(1, kLoopPollEvery - 1));
    checkTerm->getParent()->setName("poll.check");
    b.SetInsertPoint(checkTerm);
    b.CreateStore(b.getInt32(kLoopPollEvery), budget);
    llvm::LoadInst* guard = b.CreateLoad(i64, g, "stackguard0");
    guard->setAtomic(llvm::AtomicOrdering::Monotonic);  // partner: preemptone's relaxed store
    guard->setAlignment(llvm::Align(8));
    llvm::Instruction* yieldTerm = llvm::SplitBlockAndInsertIfThen(
        b.CreateICmpEQ(guard, b.getInt64(rt::StackPreempt)), checkTerm, false,
        mdb.createBranchWeights(1, 1000));
    yieldTerm->getParent()->setName("poll.yield");
    b.SetInsertPoint(yieldTerm);
    llvm::CallInst* call = b.CreateCall(preemptcheck, {g});
    call->addFnAttr(llvm::Attribute::Cold);
    call->addFnAttr(llvm::Attribute::NoInline);
  }
  llvm::DominatorTree dt(f);
  llvm::PromoteMemToReg({budget}, dt);
  return static_cast<unsigned>(edges.size());
}

}  // namespace

bool loopPollsEnabled() { return !godebugOff("mgoloopPolls"); }

unsigned insertLoopPolls(llvm::Module& m) {
  if (!loopPollsEnabled()) return 0;
  llvm::LLVMContext& ctx = m.getContext();
  auto* fty = llvm::FunctionType::get(llvm::Type::getVoidTy(ctx), {llvm::PointerType::get(ctx, 0)}, false);
  llvm::FunctionCallee preemptcheck = m.getOrInsertFunction("mgo_rt_preemptcheck", fty);
  unsigned n = 0;
  for (llvm::Function& f : m)
    if (isGoFunction(f)) n += pollFunction(f, preemptcheck);
  if (auto* decl = m.getFunction("mgo_rt_preemptcheck"); decl != nullptr && decl->use_empty())
    decl->eraseFromParent();
  return n;
}

}  // namespace mgo::jit
