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

// Fills `more` (a block of fn) with `return musttail fn$grow(args...)`, and creates
// fn$grow (packs the arguments, calls mgo_rt_morestack_call(g, frame, @fn$morestack,
// pack), returns the packed result) and the trampoline fn$morestack (calls `target` —
// fn, or its split body — with the unpacked arguments). Returns the pack's size.
uint64_t emitMorestackPath(llvm::Function* fn, llvm::Function* target, llvm::BasicBlock* more,
                           uint64_t frame);

}  // namespace mgo::jit
