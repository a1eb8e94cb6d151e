// codegen_morestack.cc — the slow path of the stack-guard prologue: how a compiled
// function continues on a new stack segment (runtime/stack.h, docs/stacks.md).
//
// A function F with a check is lowered as (codegen_func.cc emits the check itself):
//   entry:  sp = the stack pointer at entry (an inline asm read, see below)
//           if (sp - FRAME < g->stackguard0) goto more [cold]
//   body:   ...
//   more:   return musttail F$grow(F's arguments...)
// with two out-of-line helpers:
//   F$grow(args...)        [cold, noinline]: pack = {args..., result}
//                          mgo_rt_morestack_call(g, FRAME, @F$morestack, &pack)
//                          return pack.result  // F ran on a new segment (or, after a
//                                              // preemption yield, on this one)
//   F$morestack(ptr pack): pack.result = F(pack.args...)   (call not inlined)
// F's re-entry passes its check there. Every signature works the same way: arguments
// are the lowered ABI values (struct arguments are pointers to the caller's copies,
// which stay valid: segments never move), results the lowered return value.
//
// Why this shape: the fast path must do no frame work before the check. LLVM's
// shrink-wrapping places F's register saves and frame set-up at the nearest block that
// dominates every use of a callee-saved register, a frame slot or the stack pointer.
// The slow path therefore keeps nothing in F's frame (the pack lives in F$grow, reached
// by a musttail jump), and sp is read by an inline asm `mov %rsp` that the pass does not
// see as a stack-pointer use (llvm.read_register would pin the saves above the check).
// So a function like fib runs check, compare, return on its leaf calls, with the saves
// only on the recursive path, as Go's code does. The read happens before the frame is
// allocated, so FRAME also counts the frame itself (codegen_func.cc emitPrologue).
//
// Big frames: F's frame is allocated before its check runs, in the red zone of the
// current segment. A function whose static allocas exceed kMaxPreCheckAllocas (or whose
// size suggests many spill slots) is split: its body moves to F$body (noinline), and F
// keeps only the check, the pack and a tail call of F$body; the trampoline calls F$body.
//
// Heavy calls: a function that calls stdlib C++ externs (mgo_<pkg>_* outside the
// runtime's light packages) adds kHeavyCallFrame to FRAME, so deep host code (fmt,
// strconv, regexp, I/O) always starts on a segment with that much room.
#include "jit/codegen_morestack.h"

#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/IR/Module.h"

namespace mgo::jit {

namespace {
// Keep in step with runtime/stack.h (kHeavyCallFrame; kStackRedZone = 768: a frame
// allocated before the check must leave room for morestack in the red zone).
constexpr uint64_t kHeavyCallFrameBytes = 64 << 10;
constexpr uint64_t kMaxPreCheckAllocas = 128;
constexpr size_t kMaxPreCheckInstructions = 1500;

// Externs of these packages are small and bounded (runtime-implemented).
bool isLightExtern(llvm::StringRef name) {
  static const char* const kLight[] = {
      "mgo_rt_", "mgo_runtime_", "mgo_sync_", "mgo_unicode_", "mgo_math_bits_", "mgo_time_",
  };
  for (const char* p : kLight)
    if (name.starts_with(p)) return true;
  return false;
}
}  // namespace

uint64_t heavyCallFrame(const llvm::Function& fn) {
  for (const auto& bb : fn)
    for (const auto& inst : bb)
      if (auto* call = llvm::dyn_cast<llvm::CallBase>(&inst))
        if (const llvm::Function* callee = call->getCalledFunction())
          if (callee->isDeclaration() && !callee->isIntrinsic()) {
            llvm::StringRef n = callee->getName();
            if (n.starts_with("mgo_") && !isLightExtern(n)) return kHeavyCallFrameBytes;
          }
  return 0;
}

bool needsSplit(const llvm::Function& fn, uint64_t allocaBytes) {
  if (allocaBytes > kMaxPreCheckAllocas) return true;
  size_t n = 0;
  for (const auto& bb : fn) n += bb.size();
  return n > kMaxPreCheckInstructions;
}

llvm::Function* splitBody(llvm::Function* fn) {
  auto* body = llvm::Function::Create(fn->getFunctionType(), llvm::GlobalValue::InternalLinkage,
                                      fn->getName() + "$body", fn->getParent());
  body->copyAttributesFrom(fn);
  body->setLinkage(llvm::GlobalValue::InternalLinkage);
  body->addFnAttr(llvm::Attribute::NoInline);
  body->splice(body->end(), fn);
  for (unsigned i = 0; i < fn->arg_size(); ++i) {
    fn->getArg(i)->replaceAllUsesWith(body->getArg(i));
    body->getArg(i)->setName(fn->getArg(i)->getName());
  }
  return body;
}

uint64_t emitMorestackPath(llvm::Function* fn, llvm::Function* target, llvm::BasicBlock* more,
                           uint64_t frame) {
  llvm::Module& mod = *fn->getParent();
  llvm::LLVMContext& ctx = mod.getContext();
  llvm::Type* ptrTy = llvm::PointerType::get(ctx, 0);
  llvm::Type* i64 = llvm::Type::getInt64Ty(ctx);
  llvm::Type* retTy = fn->getReturnType();
  std::vector<llvm::Type*> fields;
  for (auto& a : fn->args()) fields.push_back(a.getType());
  bool hasRet = !retTy->isVoidTy();
  if (hasRet) fields.push_back(retTy);
  auto* packTy = llvm::StructType::get(ctx, fields);
  const auto& dl = mod.getDataLayout();

  // The trampoline: unpack, call, store the result.
  auto* tramp = llvm::Function::Create(llvm::FunctionType::get(llvm::Type::getVoidTy(ctx), {ptrTy}, false),
                                       llvm::GlobalValue::InternalLinkage,
                                       fn->getName() + "$morestack", &mod);
  tramp->addFnAttr(llvm::Attribute::NoUnwind);
  {
    llvm::IRBuilder<> tb(llvm::BasicBlock::Create(ctx, "entry", tramp));
    llvm::Value* pack = tramp->getArg(0);
    std::vector<llvm::Value*> args;
    for (unsigned i = 0; i < fn->arg_size(); ++i)
      args.push_back(tb.CreateLoad(fields[i], tb.CreateStructGEP(packTy, pack, i)));
    auto* call = tb.CreateCall(target, args);
    call->setAttributes(target->getAttributes());
    call->setIsNoInline();
    if (hasRet) tb.CreateStore(call, tb.CreateStructGEP(packTy, pack, fn->arg_size()));
    tb.CreateRetVoid();
  }

  // F$grow: packs the arguments in its own frame and asks the runtime for room.
  auto* grow = llvm::Function::Create(fn->getFunctionType(), llvm::GlobalValue::InternalLinkage,
                                      fn->getName() + "$grow", &mod);
  grow->copyAttributesFrom(fn);
  grow->setLinkage(llvm::GlobalValue::InternalLinkage);
  grow->addFnAttr(llvm::Attribute::NoInline);
  grow->addFnAttr(llvm::Attribute::Cold);
  {
    llvm::IRBuilder<> gb(llvm::BasicBlock::Create(ctx, "entry", grow));
    auto* pack = gb.CreateAlloca(packTy, nullptr, "morestack.pack");
    for (unsigned i = 0; i < grow->arg_size(); ++i)
      gb.CreateStore(grow->getArg(i), gb.CreateStructGEP(packTy, pack, i));
    auto ms = mod.getOrInsertFunction("mgo_rt_morestack_call",
                                      llvm::FunctionType::get(i64, {ptrTy, i64, ptrTy, ptrTy}, false));
    gb.CreateCall(ms, {grow->getArg(0), gb.getInt64(frame), tramp, pack});
    if (hasRet)
      gb.CreateRet(gb.CreateLoad(retTy, gb.CreateStructGEP(packTy, pack, fn->arg_size())));
    else
      gb.CreateRetVoid();
  }

  // F's slow path: a guaranteed tail call, so that it needs no frame of F's (see above).
  llvm::IRBuilder<> mb(more);
  std::vector<llvm::Value*> args;
  for (auto& a : fn->args()) args.push_back(&a);
  auto* call = mb.CreateCall(grow, args);
  call->setAttributes(grow->getAttributes());
  call->setTailCallKind(llvm::CallInst::TCK_MustTail);
  if (hasRet) mb.CreateRet(call);
  else mb.CreateRetVoid();
  return dl.getTypeAllocSize(packTy);
}

}  // namespace mgo::jit
