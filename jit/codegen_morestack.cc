// codegen_morestack.cc — the slow path of the stack-guard prologue: how a compiled
// function continues on a new stack segment (runtime/stack.h, docs/stacks.md).
//
// A function F with a check is lowered as (codegen_func.cc emits the check itself):
//   entry:  allocas, including pack = { F's arguments..., F's result }
//   check:  if (sp - FRAME < g->stackguard0) goto more [cold]
//   more:   store every argument of F into pack
//           mgo_rt_morestack_call(g, FRAME, @F$morestack, &pack)
//           return pack.result     // F ran on a new segment (or, after a preemption
//                                  // yield, on this one: it re-checked on entry)
// and the trampoline, called by the runtime on the new segment:
//   void F$morestack(ptr pack) { pack.result = F(pack.args...) }   (call not inlined)
// F's re-entry passes its check there. Every signature works the same way: arguments
// are the lowered ABI values (struct arguments are pointers to the caller's copies,
// which stay valid: segments never move), results the lowered return value.
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

uint64_t emitMorestackPath(llvm::Function* fn, llvm::Function* target, llvm::BasicBlock* allocaBB,
                           llvm::BasicBlock* more, llvm::BasicBlock* check, uint64_t frame) {
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

  // The pack lives in fn's frame, next to its other allocas.
  llvm::IRBuilder<> ab(allocaBB, allocaBB->getFirstInsertionPt());
  auto* pack = ab.CreateAlloca(packTy, nullptr, "morestack.pack");

  llvm::IRBuilder<> mb(more);
  for (unsigned i = 0; i < fn->arg_size(); ++i)
    mb.CreateStore(fn->getArg(i), mb.CreateStructGEP(packTy, pack, i));
  auto ms = mod.getOrInsertFunction("mgo_rt_morestack_call",
                                    llvm::FunctionType::get(i64, {ptrTy, i64, ptrTy, ptrTy}, false));
  auto* r = mb.CreateCall(ms, {fn->getArg(0), mb.getInt64(frame), tramp, pack});
  r->addFnAttr(llvm::Attribute::Cold);
  // No branch back to the check: a loop here would get a back-edge poll and LLVM would
  // hoist its set-up into every call's prologue (measured: deeprec 4x slower).
  (void)check;
  llvm::IRBuilder<>& db = mb;
  if (hasRet)
    db.CreateRet(db.CreateLoad(retTy, db.CreateStructGEP(packTy, pack, fn->arg_size())));
  else
    db.CreateRetVoid();
  return dl.getTypeAllocSize(packTy);
}

}  // namespace mgo::jit
