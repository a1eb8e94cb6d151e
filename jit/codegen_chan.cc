// codegen_chan.cc — channel operations: send, receive (plain and comma-ok), range over a
// channel, and select.
//
// Send and receive pass the element through memory (a slot in the frame), as the runtime
// entry points take element pointers (runtime/rt.h "goroutines and channels").
// select: all channel operands and send values are evaluated once, in source order, on
// entry (spec "Select statements"). Then, as Go's compiler does:
//   - no cases: block forever (mgo_rt_block);
//   - one case: the plain blocking operation, or with a default its non-blocking form
//     (selectnbsend/selectnbrecv);
//   - otherwise mgo_rt_selectgo over a frame array of {chan, elem} (sends first), which
//     returns the chosen case (or -1 for the default) and the receive's ok. It blocks
//     the goroutine on every channel at once (runtime/select.cc); with a default it
//     neither parks nor allocates. The arrays are frame slots: no allocation here either.
// break inside a case targets select.done (fs->targets); labelled break/continue of an
// enclosing loop leave through that loop's own targets.
#include "jit/codegen.h"

namespace mgo::jit {

using namespace fe;


llvm::Value* Codegen::emitRecv(const Expr* chanExpr, llvm::Value** okOut) {
  const Type* ct = chanExpr->type;
  const Type* et = underlying(ct)->elem;
  llvm::Value* c = emitExpr(chanExpr);
  llvm::Value* slot = entryAlloca(lowerType(et), "recv");
  llvm::Value* ok = callRT("mgo_rt_chanrecv", b.getInt1Ty(), {fs->g, c, slot});
  if (okOut) *okOut = ok;
  return loadTyped(slot, et);
}

void Codegen::emitSend(const SendStmt* s) {
  const Type* et = underlying(s->chan->type)->elem;
  llvm::Value* c = emitExpr(s->chan);
  llvm::Value* v = emitExprTo(s->value, et);
  callRT("mgo_rt_chansend", b.getVoidTy(), {fs->g, c, spill(v)});
}

void Codegen::emitRangeChan(const RangeStmt* s) {
  const Type* et = underlying(s->x->type)->elem;
  llvm::Value* c = emitExpr(s->x);
  const Expr* ke = s->key;
  if (ke) {
    auto* id = dyn_cast<Ident>(unparen(ke));
    if (id && id->name == "_") ke = nullptr;
  }
  llvm::Value* kAddr = nullptr;
  if (ke && s->op == Tok::Define) {
    auto* id = cast<Ident>(unparen(ke));
    kAddr = allocVar(id->obj, id->obj->type);
  }
  auto* cond = newBB("rangech.cond");
  auto* body = newBB("rangech.body");
  auto* done = newBB("rangech.done");
  fs->targets[s] = {done, cond};
  llvm::Value* slot = entryAlloca(lowerType(et), "recv");
  b.CreateBr(cond);
  setBB(cond);
  llvm::Value* ok = callRT("mgo_rt_chanrecv", b.getInt1Ty(), {fs->g, c, slot});
  b.CreateCondBr(ok, body, done);
  setBB(body);
  if (ke) {
    llvm::Value* v = loadTyped(slot, et);
    if (kAddr) {
      b.CreateStore(convert(v, et, ke->type, ke->pos), kAddr);
    } else {
      LValue lv = emitLValue(ke);
      storeLValue(lv, convert(v, et, lv.type, ke->pos));
    }
  }
  emitBlock(s->body->list);
  if (!terminated()) b.CreateBr(cond);
  setBB(done);
}

void Codegen::emitSelect(const SelectStmt* s) {
  struct Case {
    const CommClause* cc;
    bool isSend = false;
    llvm::Value* chan = nullptr;
    llvm::Value* slot = nullptr;  // send: value; recv: element
    const Type* elem = nullptr;
    const UnaryExpr* recv = nullptr;
    const AssignStmt* assign = nullptr;
  };
  std::vector<Case> cases;
  const CommClause* dflt = nullptr;
  for (const CommClause* cc : s->clauses) {
    if (cc->isDefault) {
      dflt = cc;
      continue;
    }
    Case c;
    c.cc = cc;
    if (auto* snd = dyn_cast<SendStmt>(cc->comm)) {
      c.isSend = true;
      c.elem = underlying(snd->chan->type)->elem;
      // Each operand evaluated in source order, its own calls first (order.go OSELECT).
      c.chan = emitOrdered(snd->chan);
      c.slot = spill(emitOrdered(snd->value, c.elem));
    } else {
      const Expr* rx = nullptr;
      if (auto* es = dyn_cast<ExprStmt>(cc->comm)) rx = es->x;
      if (auto* as = dyn_cast<AssignStmt>(cc->comm)) {
        c.assign = as;
        rx = as->rhs[0];
      }
      c.recv = dyn_cast<UnaryExpr>(unparen(rx));
      if (!c.recv || c.recv->op != Tok::Arrow) unsupported(cc->pos, "internal error: select case is not a receive");
      c.elem = underlying(c.recv->x->type)->elem;
      c.chan = emitOrdered(c.recv->x);
      c.slot = entryAlloca(lowerType(c.elem), "selrecv");
    }
    cases.push_back(c);
  }
  auto* done = newBB("select.done");
  fs->targets[s] = {done, nullptr};
  if (cases.empty() && !dflt) {
    // select {}: block forever (wait reason "select (no cases)").
    callRT("mgo_rt_block", b.getVoidTy(), {fs->g}, true);
    b.CreateUnreachable();
    setBB(done);
    return;
  }
  llvm::Value* received = entryAlloca(b.getInt1Ty(), "received");
  std::vector<llvm::BasicBlock*> bodies;
  for (size_t i = 0; i < cases.size(); ++i) bodies.push_back(newBB("select.case"));
  llvm::BasicBlock* dfltBB = dflt ? newBB("select.default") : nullptr;
  if (cases.size() == 1) {
    // One case: a plain (blocking) operation, or its non-blocking form with a default.
    const Case& c = cases[0];
    llvm::Value* ok;
    if (c.isSend) {
      if (dflt) {
        ok = callRT("mgo_rt_selectnbsend", b.getInt1Ty(), {fs->g, c.chan, c.slot});
      } else {
        callRT("mgo_rt_chansend", b.getVoidTy(), {fs->g, c.chan, c.slot});
        ok = b.getInt1(true);
      }
    } else if (dflt) {
      ok = callRT("mgo_rt_selectnbrecv", b.getInt1Ty(), {fs->g, c.chan, c.slot, received});
    } else {
      b.CreateStore(callRT("mgo_rt_chanrecv", b.getInt1Ty(), {fs->g, c.chan, c.slot}), received);
      ok = b.getInt1(true);
    }
    b.CreateCondBr(ok, bodies[0], dfltBB ? dfltBB : bodies[0]);
  } else if (!cases.empty()) {
    // The runtime's selectgo: sends first, then receives.
    std::vector<size_t> order;
    for (size_t i = 0; i < cases.size(); ++i)
      if (cases[i].isSend) order.push_back(i);
    size_t nsends = order.size();
    for (size_t i = 0; i < cases.size(); ++i)
      if (!cases[i].isSend) order.push_back(i);
    auto* scaseTy = llvm::StructType::get(ctx, {ptrTy_, ptrTy_});
    auto* arrTy = llvm::ArrayType::get(scaseTy, cases.size());
    llvm::Value* arr = entryAlloca(arrTy, "scases");
    llvm::Value* ord = entryAlloca(llvm::ArrayType::get(b.getInt16Ty(), 2 * cases.size()), "selorder");
    for (size_t k = 0; k < order.size(); ++k) {
      const Case& c = cases[order[k]];
      b.CreateStore(c.chan, b.CreateConstGEP2_32(arrTy, arr, 0, k));
      b.CreateStore(c.slot, b.CreateConstGEP2_32(scaseTy, b.CreateConstGEP2_32(arrTy, arr, 0, k), 0, 1));
    }
    llvm::Value* idx = callRT("mgo_rt_selectgo", i64_,
                              {fs->g, arr, ord, constI64(nsends), constI64(cases.size() - nsends),
                               b.getInt1(dflt == nullptr), received});
    auto* sw = b.CreateSwitch(idx, dfltBB ? dfltBB : bodies[0], cases.size());
    for (size_t k = 0; k < order.size(); ++k) sw->addCase(b.getInt64(k), bodies[order[k]]);
  } else {
    b.CreateBr(dfltBB);  // only a default
  }
  for (size_t i = 0; i < cases.size(); ++i) {
    const Case& c = cases[i];
    setBB(bodies[i]);
    if (c.assign) {
      const AssignStmt* as = c.assign;
      llvm::Value* v = loadTyped(c.slot, c.elem);
      llvm::Value* ok = b.CreateLoad(b.getInt1Ty(), received);
      std::vector<llvm::Value*> vals{v, ok};
      std::vector<const Type*> types{c.elem, basicType(BasicKind::Bool)};
      for (size_t j = 0; j < as->lhs.size() && j < 2; ++j) {
        const Expr* l = unparen(as->lhs[j]);
        auto* id = dyn_cast<Ident>(l);
        if (id && id->name == "_") continue;
        if (as->op == Tok::Define && id && id->obj) {
          llvm::Value* addr = allocVar(id->obj, id->obj->type);
          b.CreateStore(convert(vals[j], types[j], id->obj->type, as->pos), addr);
        } else {
          LValue lv = emitLValue(l);
          storeLValue(lv, convert(vals[j], types[j], lv.type, as->pos));
        }
      }
    }
    emitBlock(c.cc->body);
    if (!terminated()) b.CreateBr(done);
  }
  if (dflt) {
    setBB(dfltBB);
    emitBlock(dflt->body);
    if (!terminated()) b.CreateBr(done);
  }
  setBB(done);
}

}  // namespace mgo::jit
