// codegen_morestack.h — the slow path of the stack-guard prologue (jit/codegen_morestack.cc).
#pragma once
#include <cstdint>

#include "llvm/IR/Function.h"

namespace mgo::jit {

// Extra bytes fn's prologue asks for because it calls deep host code: stdlib C++ externs
// (runtime/stack.h kHeavyCallFrame), which must never run on a small segment's red zone.
uint64_t heavyCallFrame(const llvm::Function& fn);

// True when fn's own frame (allocaBytes of static allocas, its size) is too big to be
// allocated before the check: its body then moves to a separate function (splitBody).
bool needsSplit(const llvm::Function& fn, uint64_t allocaBytes);

// Moves all of fn's blocks into a new internal noinline function `fn$body` with fn's
// type and attributes, leaving fn empty; returns the new function.
llvm::Function* splitBody(llvm::Function* fn);

// Fills `more` (a block of fn): packs fn's arguments in an alloca of allocaBB, calls
//   mgo_rt_morestack_call(g, frame, @fn$morestack, pack)
// (the trampoline calls `target` — fn, or its split body — with the unpacked arguments
// and stores the result in the pack), then returns the packed result; `check` is not
// branched back to (no loop in the prologue). Returns the pack's size.
uint64_t emitMorestackPath(llvm::Function* fn, llvm::Function* target, llvm::BasicBlock* allocaBB,
                           llvm::BasicBlock* more, llvm::BasicBlock* check, uint64_t frame);

}  // namespace mgo::jit
