// codegen_recover.cc — recover() and the frame rule behind it: recover returns the panic
// only when called directly by the deferred function (Go spec; runtime/panic.cc
// "recover's frame rule" is the runtime half).
//
// gopanic announces the code it is about to call for a deferred call (Panic.expect).
//   - Transparent wrappers — frames Go's user does not see: defer thunks (planClosure),
//     method-value thunks (.mv), method-expression thunks (.mexpr), func values of
//     top-level functions (.fv), itab wrappers (buildWrapper) — forward the announcement
//     to the code they call: if g->panicking is set, mgo_rt_deferforward(g, self,
//     callee). The inline null test keeps them cheap outside panics. Inlining them is
//     harmless: the test compares with their own address, not with a frame.
//   - A function whose body calls recover() (not counting nested func literals) claims
//     the panic first in its body, after the stack check (so the frame that runs the body
//     claims, also when the prologue continued on a new segment or split the body off):
//     mgo_rt_deferclaim(g, self, CFA). Its recover() calls are
//     mgo_rt_gorecover_cfa(g, CFA). It is never inlined: CFA must name its own frame
//     (a helper inlined into it would otherwise share it).
// CFA = llvm.addressofreturnaddress + 8: needs no frame pointer.
// `defer recover()` behaves as a call of recover by the deferring function D when D's
// return runs it (it recovers if D is the claimed deferred call: Go's test/recover1.go
// test5/test6) and returns nil when a panic runs it: the defer statement saves D's CFA
// and the thunk recovers with it (a panic running the thunk has not claimed that CFA).
#include <cstddef>

#include "jit/ast_walk.h"
#include "jit/codegen.h"
#include "llvm/IR/MDBuilder.h"
#include "runtime/runtime2.h"

namespace mgo::jit {

using namespace fe;

namespace {

bool bodyCallsRecover(const Node* body) {
  bool found = false;
  walk(body, [&](const Node* n) {
    if (found || isa<FuncLit>(n)) return false;
    if (auto* c = dyn_cast<CallExpr>(n);
        c && c->isBuiltin && static_cast<BuiltinId>(c->builtinId) == BuiltinId::Recover)
      found = true;
    return !found;
  });
  return found;
}

}  // namespace

llvm::Value* Codegen::frameCFA() {
  llvm::Function* ara = llvm::Intrinsic::getDeclaration(&mod, llvm::Intrinsic::addressofreturnaddress,
                                                        {ptrTy_});
  return b.CreateConstGEP1_64(b.getInt8Ty(), b.CreateCall(ara, {}), 8, "cfa");
}

void Codegen::emitRecoverClaim(FuncState& st, const Node* body) {
  if (!bodyCallsRecover(body)) return;
  st.fn->addFnAttr(llvm::Attribute::NoInline);
  callRT("mgo_rt_deferclaim", b.getVoidTy(), {st.g, st.fn, frameCFA()});
}

llvm::Value* Codegen::emitRecover(llvm::Value* cfa) {
  return callRT("mgo_rt_gorecover_cfa", ifaceTy_, {fs->g, cfa ? cfa : frameCFA()});
}

void Codegen::emitDeferForward(llvm::IRBuilder<>& ib, llvm::Value* g, llvm::Function* self,
                               llvm::Value* callee) {
  static_assert(std::is_standard_layout_v<G>, "offsetof(G, panicking) must be well defined");
  llvm::Value* p = ib.CreateLoad(ptrTy_, ib.CreateConstGEP1_64(ib.getInt8Ty(), g, offsetof(G, panicking)),
                                 "panicking");
  llvm::Function* fn = ib.GetInsertBlock()->getParent();
  auto* fwd = llvm::BasicBlock::Create(ctx, "defer.forward", fn);
  auto* cont = llvm::BasicBlock::Create(ctx, "defer.forwarded", fn);
  llvm::MDBuilder mdb(ctx);
  ib.CreateCondBr(ib.CreateIsNotNull(p), fwd, cont, mdb.createBranchWeights(1, 1000));
  ib.SetInsertPoint(fwd);
  auto fc = rtFunc("mgo_rt_deferforward", ib.getVoidTy(), {ptrTy_, ptrTy_, ptrTy_});
  ib.CreateCall(fc, {g, self, callee});
  ib.CreateBr(cont);
  ib.SetInsertPoint(cont);
}

}  // namespace mgo::jit
