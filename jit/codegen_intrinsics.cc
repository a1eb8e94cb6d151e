// codegen_intrinsics.cc — standard-library calls lowered at the call site instead of
// calls of their C++ externs, as gc does: package math functions become LLVM
// instructions (below), and sync.(*Mutex).Lock/Unlock get mutex.go's inlined fast paths
// (emitMutexFastPath, at the end).
//
// math:
// Only functions whose LLVM counterpart has exactly Go's semantics, including NaN, ±Inf
// and -0, are listed:
//   Sqrt       llvm.sqrt       (sqrtsd, as Go's SQRTSD; Sqrt(-0) = -0, Sqrt(x<0) = NaN)
//   Abs        llvm.fabs       (clears the sign bit, as Go's bit operation, NaN too)
//   Floor, Ceil, Trunc         llvm.floor/ceil/trunc (roundsd with SSE4.1, as Go's
//                              amd64 code; ±0, ±Inf and NaN are returned as they are)
//   RoundToEven llvm.roundeven
//   Copysign   llvm.copysign   (sign bit only)
//   FMA        llvm.fma        (fused, one rounding, as Go's FMA)
//   Float64bits, Float64frombits, Float32bits, Float32frombits: bitcasts; Signbit: the
//   sign bit of the bitcast.
// Not listed: Round (Go's bit manipulation returns a signalling NaN unchanged, llvm.round
// quiets it: golden core_math_intrinsics), Max and Min (Go returns its own NaN bit
// pattern, 0x7FF8000000000001, where llvm.maximum propagates the operand's), and everything Go computes with its own
// approximations (Exp, Log, Pow, trig: stdlib/math_go.cc has Go's algorithms).
#include "jit/codegen.h"
#include "llvm/IR/Intrinsics.h"

namespace mgo::jit {

llvm::Value* Codegen::emitMathIntrinsic(const fe::Func* f, const std::vector<llvm::Value*>& args) {
  if (!f->isExtern || f->recv || !f->pkg || f->pkg->path != "math") return nullptr;
  const std::string& n = f->name;
  auto unary = [&](llvm::Intrinsic::ID id) -> llvm::Value* {
    return b.CreateUnaryIntrinsic(id, args[0]);
  };
  if (n == "Sqrt") return unary(llvm::Intrinsic::sqrt);
  if (n == "Abs") return unary(llvm::Intrinsic::fabs);
  if (n == "Floor") return unary(llvm::Intrinsic::floor);
  if (n == "Ceil") return unary(llvm::Intrinsic::ceil);
  if (n == "Trunc") return unary(llvm::Intrinsic::trunc);
  if (n == "RoundToEven") return unary(llvm::Intrinsic::roundeven);
  if (n == "Copysign") return b.CreateBinaryIntrinsic(llvm::Intrinsic::copysign, args[0], args[1]);
  if (n == "FMA")
    return b.CreateIntrinsic(llvm::Intrinsic::fma, {args[0]->getType()}, {args[0], args[1], args[2]});
  if (n == "Float64bits") return b.CreateBitCast(args[0], b.getInt64Ty());
  if (n == "Float64frombits") return b.CreateBitCast(args[0], b.getDoubleTy());
  if (n == "Float32bits") return b.CreateBitCast(args[0], b.getInt32Ty());
  if (n == "Float32frombits") return b.CreateBitCast(args[0], b.getFloatTy());
  if (n == "Signbit") return b.CreateICmpSLT(b.CreateBitCast(args[0], b.getInt64Ty()), b.getInt64(0));
  return nullptr;
}

// sync.(*Mutex).Lock and Unlock at a direct call site: the fast path inline, the slow
// path a call of the runtime's lockSlow/unlockSlow (runtime/sema.cc), as gc inlines
// mutex.go's Lock and Unlock into the caller. The receiver is nil-checked first, as
// the externs do.
//
// Lock tests before it sets (a load, then the CAS from 0 only if the load saw 0): under
// contention the state almost never is 0 (waiter and woken bits stay set), and a CAS that
// fails still takes the cache line exclusively, from the goroutine inside the critical
// section. gc's Lock CASes at once; with that shape mgo's mutex benchmark at GOMAXPROCS=2
// swung between 0.9x and 1.8x go's time with the placement of the runtime's code, and the
// load first removed that swing (measurements: docs/PERFORMANCE.md, mutex, session 4).
// Same semantics: the slow path decides everything the fast path does not.
bool Codegen::emitMutexFastPath(const fe::Func* f, const std::vector<llvm::Value*>& args) {
  if (!f->isExtern || !f->recv || !f->pkg || f->pkg->path != "sync") return false;
  bool lock = f->name == "Lock";
  if (!lock && f->name != "Unlock") return false;
  const fe::Type* recv = f->recv->type;  // *Mutex
  if (recv->kind == fe::TypeKind::Pointer) recv = recv->elem;
  if (recv->kind != fe::TypeKind::Named || !recv->obj || recv->obj->name != "Mutex") return false;
  llvm::Value* m = nilCheck(args[0], {});
  llvm::Function* fn = b.GetInsertBlock()->getParent();
  auto* slow = llvm::BasicBlock::Create(ctx, lock ? "lock.slow" : "unlock.slow", fn);
  auto* done = llvm::BasicBlock::Create(ctx, lock ? "lock.done" : "unlock.done", fn);
  const auto order = llvm::AtomicOrdering::SequentiallyConsistent;
  if (lock) {
    auto* tryCas = llvm::BasicBlock::Create(ctx, "lock.try", fn);
    auto* ld = b.CreateAlignedLoad(b.getInt32Ty(), m, llvm::MaybeAlign(4));
    ld->setAtomic(order);
    b.CreateCondBr(b.CreateICmpEQ(ld, b.getInt32(0)), tryCas, slow);
    b.SetInsertPoint(tryCas);
    auto* cas = b.CreateAtomicCmpXchg(m, b.getInt32(0), b.getInt32(1), llvm::MaybeAlign(4), order, order);
    b.CreateCondBr(b.CreateExtractValue(cas, 1), done, slow);
    b.SetInsertPoint(slow);
    callRT("mgo_sync_Mutex_lockSlow", b.getVoidTy(), {fs->g, m});
  } else {
    llvm::Value* old = b.CreateAtomicRMW(llvm::AtomicRMWInst::Sub, m, b.getInt32(1), llvm::MaybeAlign(4), order);
    llvm::Value* nw = b.CreateSub(old, b.getInt32(1));
    b.CreateCondBr(b.CreateICmpEQ(nw, b.getInt32(0)), done, slow);
    b.SetInsertPoint(slow);
    callRT("mgo_sync_Mutex_unlockSlow", b.getVoidTy(), {fs->g, m, nw});
  }
  b.CreateBr(done);
  b.SetInsertPoint(done);
  return true;
}

}  // namespace mgo::jit
