// codegen_stmt.cc — statements: assignments (with Go's two-phase order), control flow,
// range loops, switches and type switches, labels and branches.
//
// Assignment order (spec "Assignment statements"): phase 1 evaluates the index and
// pointer operands of the left side and then the right side, phase 2 stores left to
// right; so `a[i], a[j] = a[j], a[i]` swaps. Go 1.19 loop variables: one variable per
// loop (allocated once in the init statement), so closures share it.
// Range over a string decodes with mgo_rt_decoderune; over a map with the runtime
// iterator (MapIter in the frame). Channel statements: codegen_chan.cc. Loop back-edge
// preemption polls are added after optimisation (codegen_poll.cc), not here.
#include "jit/ast_walk.h"
#include "jit/codegen.h"

namespace mgo::jit {

using namespace fe;


// Whether e contains a function call or a receive (then len(e) of an array is not a
// constant and e must be evaluated).
static bool hasCallOrRecv(const Expr* e) {
  bool found = false;
  walk(e, [&](const Node* n) {
    if (isa<CallExpr>(n) && !cast<CallExpr>(n)->isConversion) found = true;
    if (auto* u = dyn_cast<UnaryExpr>(n); u && u->op == Tok::Arrow) found = true;
    return !found && !isa<FuncLit>(n);
  });
  return found;
}


void Codegen::emitBlock(const std::vector<Stmt*>& list) {
  for (const Stmt* s : list) emitStmt(s);
}

Codegen::LValue Codegen::emitLValue(const Expr* e) {
  LValue lv;
  e = unparen(e);
  if (isBlank(e)) return lv;
  lv.type = e->type;
  if (auto* ix = dyn_cast<IndexExpr>(e); ix && underlying(ix->x->type)->kind == TypeKind::Map) {
    lv.kind = LValue::MapIndex;
    lv.mapType = ix->x->type;
    lv.map = emitExpr(ix->x);
    lv.keyAddr = spill(emitExprTo(ix->index, underlying(ix->x->type)->key));
    return lv;
  }
  lv.kind = LValue::Addr;
  lv.addr = emitAddr(e);
  return lv;
}

void Codegen::storeLValue(const LValue& lv, llvm::Value* v) {
  switch (lv.kind) {
    case LValue::Blank: return;
    case LValue::Addr: b.CreateStore(v, lv.addr); return;
    case LValue::MapIndex: {
      llvm::Value* slot = callRT("mgo_rt_mapassign", ptrTy_, {fs->g, typeDesc(lv.mapType), lv.map, lv.keyAddr});
      b.CreateStore(v, slot);
      return;
    }
  }
}

llvm::Value* Codegen::loadLValue(const LValue& lv) {
  switch (lv.kind) {
    case LValue::Addr: return loadTyped(lv.addr, lv.type);
    case LValue::MapIndex: {
      llvm::Value* p = callRT("mgo_rt_mapaccess1", ptrTy_, {fs->g, typeDesc(lv.mapType), lv.map, lv.keyAddr});
      return loadTyped(p, lv.type);
    }
    default: unsupported({}, "internal error: load of blank");
  }
}

// The values of a multi-valued right side (v, ok forms of map index, type assertion and
// receive; or a call returning a tuple), with their types.
void Codegen::emitMultiValue(const Expr* rhs, size_t n, std::vector<llvm::Value*>* vals,
                             std::vector<const Type*>* types) {
  const Expr* r = unparen(rhs);
  if (auto* ix = dyn_cast<IndexExpr>(r); ix && underlying(ix->x->type)->kind == TypeKind::Map) {
    llvm::Value* ok;
    vals->push_back(emitMapIndex(ix, &ok));
    vals->push_back(ok);
    *types = {underlying(ix->x->type)->elem, basicType(BasicKind::Bool)};
  } else if (auto* ta = dyn_cast<TypeAssertExpr>(r)) {
    llvm::Value* ok;
    vals->push_back(emitTypeAssert(ta, &ok));
    vals->push_back(ok);
    *types = {ta->assertType->type, basicType(BasicKind::Bool)};
  } else if (auto* u = dyn_cast<UnaryExpr>(r); u && u->op == Tok::Arrow) {
    llvm::Value* ok;
    vals->push_back(emitRecv(u->x, &ok));
    vals->push_back(ok);
    *types = {underlying(u->x->type)->elem, basicType(BasicKind::Bool)};
  } else {
    llvm::Value* tuple = emitExpr(r);
    for (size_t i = 0; i < n; ++i) {
      vals->push_back(b.CreateExtractValue(tuple, i));
      types->push_back(r->type->elems[i]);
    }
  }
}

// Declares (allocates) the variable a defining identifier introduces.
static const Var* definedVar(const Expr* e) {
  auto* id = dyn_cast<Ident>(unparen(e));
  if (!id || !id->isDef || !id->obj || id->obj->kind != ObjKind::Var || id->name == "_") return nullptr;
  return static_cast<const Var*>(id->obj);
}

// `x op= y`, `x++`, `x--` once the left side's operands are evaluated: as Go's order/walk,
// y (already evaluated: y, with its sign test `negShift` for a signed shift count) comes
// before the load of x. A map entry is updated through one mapassign slot (load, op,
// store into the slot), except integer / and %, which load with mapaccess and assign
// only after the division succeeded: Go leaves no new entry when m[k] /= 0 panics, but a
// negative shift count panics after the entry is made (order.go's OASOP rewrite).
void Codegen::emitUpdate(const LValue& lv, Tok op, llvm::Value* y, llvm::Value* negShift, Pos pos) {
  const Type* t = lv.type;
  if (lv.kind == LValue::Blank) unsupported(pos, "internal error: update of blank");
  bool divides = (op == Tok::Quo || op == Tok::Rem) && isInteger(underlying(t));
  llvm::Value* slot = nullptr;
  llvm::Value* old;
  if (lv.kind == LValue::MapIndex && !divides) {
    slot = callRT("mgo_rt_mapassign", ptrTy_, {fs->g, typeDesc(lv.mapType), lv.map, lv.keyAddr});
    old = loadTyped(slot, t);
  } else {
    old = loadLValue(lv);
  }
  if (negShift) panicIf(negShift, "mgo_rt_panicshift", {fs->g});
  llvm::Value* v = emitBinaryOp(op, old, y, t, pos);
  if (slot) b.CreateStore(v, slot);
  else storeLValue(lv, v);
}

void Codegen::emitAssign(const AssignStmt* s) {
  if (isOpAssign(s->op)) {
    LValue lv = emitLValue(s->lhs[0]);
    Tok op = opAssignBase(s->op);
    const Type* t = lv.type;
    llvm::Value* y;
    llvm::Value* negShift = nullptr;
    if (op == Tok::Shl || op == Tok::Shr) {
      const Expr* ye = s->rhs[0];
      const Type* st = isUntyped(ye->type) ? basicType(BasicKind::Uint) : ye->type;
      y = emitExprTo(ye, st);
      if (!y->getType()->isIntegerTy(64)) y = isUnsigned(st) ? b.CreateZExt(y, i64_) : b.CreateSExt(y, i64_);
      if (!isUnsigned(st)) negShift = b.CreateICmpSLT(y, constI64(0));
    } else {
      y = emitExprTo(s->rhs[0], t);
    }
    emitUpdate(lv, op, y, negShift, s->pos);
    return;
  }
  bool define = s->op == Tok::Define;
  // n = 1 with a multi-valued right side.
  if (s->rhs.size() == 1 && s->lhs.size() > 1) {
    const Expr* r = unparen(s->rhs[0]);
    // As order.go's as2func/as2ok: the call, receive, assertion or map read into
    // temporaries, then the left sides' locations.
    std::vector<llvm::Value*> vals;
    std::vector<const Type*> types;
    emitMultiValue(r, s->lhs.size(), &vals, &types);
    std::vector<LValue> lvs;
    if (!define)
      for (const Expr* l : s->lhs) lvs.push_back(emitLValue(l));
    for (size_t i = 0; i < s->lhs.size(); ++i) {
      const Expr* l = s->lhs[i];
      if (isBlank(l)) continue;
      if (define) {
        if (auto* v = definedVar(l)) {
          llvm::Value* addr = allocVar(v, v->type);
          b.CreateStore(convert(vals[i], types[i], v->type, s->pos), addr);
          continue;
        }
        LValue lv = emitLValue(l);
        storeLValue(lv, convert(vals[i], types[i], lv.type, s->pos));
      } else {
        storeLValue(lvs[i], convert(vals[i], types[i], lvs[i].type, s->pos));
      }
    }
    return;
  }
  // n = n.
  std::vector<LValue> lvs(s->lhs.size());
  if (!define)
    for (size_t i = 0; i < s->lhs.size(); ++i) lvs[i] = emitLValue(s->lhs[i]);
  std::vector<llvm::Value*> vals;
  for (size_t i = 0; i < s->rhs.size(); ++i) {
    const Type* to = define ? (isBlank(s->lhs[i]) ? nullptr : s->lhs[i]->type) : lvs[i].type;
    if (!to) to = isUntyped(s->rhs[i]->type) ? defaultType(s->rhs[i]->type) : s->rhs[i]->type;
    vals.push_back(emitExprTo(s->rhs[i], to));
  }
  for (size_t i = 0; i < s->lhs.size(); ++i) {
    if (define) {
      if (isBlank(s->lhs[i])) continue;
      if (auto* v = definedVar(s->lhs[i])) {
        llvm::Value* addr = allocVar(v, v->type);
        b.CreateStore(vals[i], addr);
      } else {
        storeLValue(emitLValue(s->lhs[i]), vals[i]);
      }
    } else {
      storeLValue(lvs[i], vals[i]);
    }
  }
}

void Codegen::emitLocalDecl(const DeclStmt* s) {
  for (const Decl* d : s->decls) {
    auto* vd = dyn_cast<VarDecl>(d);
    if (!vd) continue;  // const and type declarations produce no code
    std::vector<const Var*> vars;
    for (const Ident* id : vd->names)
      vars.push_back(id->obj && id->name != "_" ? static_cast<const Var*>(id->obj) : nullptr);
    if (vd->values.empty()) {
      for (const Var* v : vars)
        if (v) {
          llvm::Value* a = allocVar(v, v->type);
          if (!llvm::isa<llvm::CallInst>(a)) b.CreateStore(zeroValue(v->type), a);
        }
      continue;
    }
    if (vd->values.size() == 1 && vars.size() > 1) {
      const Expr* r = vd->values[0];
      OrderScope os(*this);
      orderRoot(r);
      std::vector<llvm::Value*> vals;
      std::vector<const Type*> types;
      emitMultiValue(r, vars.size(), &vals, &types);
      for (size_t i = 0; i < vars.size(); ++i) {
        if (!vars[i]) continue;
        llvm::Value* v = convert(vals[i], types[i], vars[i]->type, r->pos);
        b.CreateStore(v, allocVar(vars[i], vars[i]->type));
      }
      continue;
    }
    std::vector<llvm::Value*> vals;
    for (size_t i = 0; i < vd->values.size(); ++i) {
      const Type* to = vars[i] ? vars[i]->type : nullptr;
      if (!to) to = isUntyped(vd->values[i]->type) ? defaultType(vd->values[i]->type) : vd->values[i]->type;
      vals.push_back(emitOrdered(vd->values[i], to));  // gc: `var a, b = x, y` is a = x; b = y
    }
    for (size_t i = 0; i < vars.size(); ++i)
      if (vars[i]) b.CreateStore(vals[i], allocVar(vars[i], vars[i]->type));
  }
}

void Codegen::emitStmt(const Stmt* s) {
  if (!s) return;
  if (terminated()) setBB(newBB("dead"));
  // Calls and the other early operands first, as gc's order pass (codegen_order.cc).
  OrderScope os(*this);
  orderStmt(s);
  switch (s->kind) {
    case NodeKind::EmptyStmt: return;
    case NodeKind::BlockStmt: emitBlock(cast<BlockStmt>(s)->list); return;
    case NodeKind::ExprStmt: {
      const Expr* x = unparen(cast<ExprStmt>(s)->x);
      if (auto* u = dyn_cast<UnaryExpr>(x); u && u->op == Tok::Arrow) {
        emitRecv(u->x, nullptr);
        return;
      }
      if (auto* c = dyn_cast<CallExpr>(x)) {
        emitCall(c);
        return;
      }
      emitExpr(x);
      return;
    }
    case NodeKind::AssignStmt: emitAssign(cast<AssignStmt>(s)); return;
    case NodeKind::IncDecStmt: {
      auto* st = cast<IncDecStmt>(s);
      LValue lv = emitLValue(st->x);
      const Type* u = underlying(lv.type);
      llvm::Type* lt = lowerType(lv.type);
      llvm::Value* one;
      if (isComplex(u)) {  // complex(1, 0): {re, im} of the lowered float type
        llvm::Type* ft = lt->getStructElementType(0);
        one = llvm::ConstantStruct::get(llvm::cast<llvm::StructType>(lt),
                                        {llvm::ConstantFP::get(ft, 1.0), llvm::ConstantFP::get(ft, 0.0)});
      } else {
        one = isFloat(u) ? llvm::ConstantFP::get(lt, 1.0) : llvm::ConstantInt::get(lt, 1);
      }
      emitUpdate(lv, st->inc ? Tok::Add : Tok::Sub, one, nullptr, s->pos);
      return;
    }
    case NodeKind::DeclStmt: emitLocalDecl(cast<DeclStmt>(s)); return;
    case NodeKind::ReturnStmt: {
      auto* r = cast<ReturnStmt>(s);
      const auto& rt = fs->abi.results;
      std::vector<llvm::Value*> vals;
      if (r->results.size() == 1 && rt.size() > 1) {
        llvm::Value* tuple = emitExpr(r->results[0]);
        const Type* tt = r->results[0]->type;
        for (size_t i = 0; i < rt.size(); ++i)
          vals.push_back(convert(b.CreateExtractValue(tuple, i), tt->elems[i], rt[i], r->pos));
      } else {
        for (size_t i = 0; i < r->results.size(); ++i) vals.push_back(emitExprTo(r->results[i], rt[i]));
      }
      emitReturn(vals);
      return;
    }
    case NodeKind::IfStmt: emitIf(cast<IfStmt>(s)); return;
    case NodeKind::ForStmt: emitFor(cast<ForStmt>(s)); return;
    case NodeKind::RangeStmt: emitRange(cast<RangeStmt>(s)); return;
    case NodeKind::SwitchStmt: emitSwitch(cast<SwitchStmt>(s)); return;
    case NodeKind::TypeSwitchStmt: emitTypeSwitch(cast<TypeSwitchStmt>(s)); return;
    case NodeKind::BranchStmt: emitBranch(cast<BranchStmt>(s)); return;
    case NodeKind::LabeledStmt: {
      auto* l = cast<LabeledStmt>(s);
      llvm::BasicBlock*& bb = fs->labels[l];
      if (!bb) bb = newBB("label");
      b.CreateBr(bb);
      setBB(bb);
      emitStmt(l->stmt);
      return;
    }
    case NodeKind::DeferStmt: emitDefer(cast<DeferStmt>(s)); return;
    case NodeKind::GoStmt: emitGo(cast<GoStmt>(s)); return;
    case NodeKind::SendStmt: emitSend(cast<SendStmt>(s)); return;
    case NodeKind::SelectStmt: emitSelect(cast<SelectStmt>(s)); return;
    default: unsupported(s->pos, "internal error: unexpected statement");
  }
}

void Codegen::emitIf(const IfStmt* s) {
  emitStmt(s->init);
  llvm::Value* c = emitOrdered(s->cond, basicType(BasicKind::Bool));
  auto* thenBB = newBB("if.then");
  auto* elseBB = s->elseStmt ? newBB("if.else") : nullptr;
  auto* done = newBB("if.done");
  b.CreateCondBr(c, thenBB, elseBB ? elseBB : done);
  setBB(thenBB);
  emitBlock(s->then->list);
  if (!terminated()) b.CreateBr(done);
  if (elseBB) {
    setBB(elseBB);
    emitStmt(s->elseStmt);
    if (!terminated()) b.CreateBr(done);
  }
  setBB(done);
}

void Codegen::emitFor(const ForStmt* s) {
  emitStmt(s->init);
  auto* cond = newBB("for.cond");
  auto* body = newBB("for.body");
  auto* post = newBB("for.post");
  auto* done = newBB("for.done");
  fs->targets[s] = {done, post};
  b.CreateBr(cond);
  setBB(cond);
  if (s->cond)
    b.CreateCondBr(emitOrdered(s->cond, basicType(BasicKind::Bool)), body, done);
  else
    b.CreateBr(body);
  setBB(body);
  emitBlock(s->body->list);
  if (!terminated()) b.CreateBr(post);
  setBB(post);
  emitStmt(s->post);
  if (!terminated()) b.CreateBr(cond);
  setBB(done);
}

void Codegen::emitRange(const RangeStmt* s) {
  const Type* xt = s->x->type;
  const Type* u = underlying(xt);
  OrderScope os(*this);
  orderRoot(s->x);
  if (u->kind == TypeKind::Chan) {
    emitRangeChan(s);
    return;
  }
  bool define = s->op == Tok::Define;
  const Expr* ke = s->key && !isBlank(s->key) ? s->key : nullptr;
  const Expr* ve = s->value && !isBlank(s->value) ? s->value : nullptr;
  auto* cond = newBB("range.cond");
  auto* body = newBB("range.body");
  auto* post = newBB("range.post");
  auto* done = newBB("range.done");
  fs->targets[s] = {done, post};
  // Storage of the iteration variables (one per loop, Go 1.19).
  llvm::Value* kAddr = nullptr;
  llvm::Value* vAddr = nullptr;
  auto bindVars = [&](const Type* kt, const Type* vt) {
    if (define) {
      if (ke) if (auto* v = definedVar(ke)) kAddr = allocVar(v, v->type);
      if (ve) if (auto* v = definedVar(ve)) vAddr = allocVar(v, v->type);
    }
  };
  // Assigns the iteration values; with `=` both left sides are evaluated before either is
  // stored (parallel assignment: `for i, x[i] = range y`).
  auto assignKV = [&](llvm::Value* kv, const Type* kt, llvm::Value* vv, const Type* vt) {
    LValue lk, lvv;
    if (ke && !kAddr) lk = emitLValue(ke);
    if (ve && vv && !vAddr) lvv = emitLValue(ve);
    if (ke) {
      if (kAddr) b.CreateStore(convert(kv, kt, ke->type, ke->pos), kAddr);
      else storeLValue(lk, convert(kv, kt, lk.type, ke->pos));
    }
    if (ve && vv) {
      if (vAddr) b.CreateStore(convert(vv, vt, ve->type, ve->pos), vAddr);
      else storeLValue(lvv, convert(vv, vt, lvv.type, ve->pos));
    }
  };
  const Type* intT = basicType(BasicKind::Int);
  if (u->kind == TypeKind::Map) {
    llvm::Value* m = emitExpr(s->x);
    bindVars(u->key, u->elem);
    llvm::Value* it = entryAlloca(llvm::ArrayType::get(i64_, 12), "mapiter");
    callRT("mgo_rt_mapiterinit", b.getVoidTy(), {fs->g, typeDesc(xt), m, it});
    b.CreateBr(cond);
    setBB(cond);
    llvm::Value* kp = b.CreateLoad(ptrTy_, it);
    b.CreateCondBr(b.CreateIsNull(kp), done, body);
    setBB(body);
    assignKV(ke ? loadTyped(kp, u->key) : nullptr, u->key,
             ve ? loadTyped(b.CreateLoad(ptrTy_, b.CreateConstGEP1_64(ptrTy_, it, 1)), u->elem) : nullptr, u->elem);
    emitBlock(s->body->list);
    if (!terminated()) b.CreateBr(post);
    setBB(post);
    callRT("mgo_rt_mapiternext", b.getVoidTy(), {it});
    b.CreateBr(cond);
    setBB(done);
    return;
  }

  if (isString(u)) {
    llvm::Value* str = emitExpr(s->x);
    bindVars(intT, basicType(BasicKind::Int32));
    llvm::Value* idx = entryAlloca(i64_, "ri");
    llvm::Value* width = entryAlloca(i64_, "rw");
    b.CreateStore(constI64(0), idx);
    b.CreateBr(cond);
    setBB(cond);
    llvm::Value* i = b.CreateLoad(i64_, idx);
    b.CreateCondBr(b.CreateICmpSLT(i, b.CreateExtractValue(str, 1)), body, done);
    setBB(body);
    llvm::Value* r = callRT("mgo_rt_decoderune", b.getInt32Ty(),
                            {b.CreateExtractValue(str, 0), b.CreateExtractValue(str, 1), i, width});
    assignKV(i, intT, r, basicType(BasicKind::Int32));
    emitBlock(s->body->list);
    if (!terminated()) b.CreateBr(post);
    setBB(post);
    b.CreateStore(b.CreateAdd(b.CreateLoad(i64_, idx), b.CreateLoad(i64_, width)), idx);
    b.CreateBr(cond);
    setBB(done);
    return;
  }
  // Arrays, pointers to arrays, slices.
  llvm::Value* len;
  llvm::Value* base = nullptr;  // element pointer base
  const Type* et;
  llvm::Type* arrTy = nullptr;
  if (u->kind == TypeKind::Slice) {
    llvm::Value* sl = emitExpr(s->x);
    len = b.CreateExtractValue(sl, 1);
    base = b.CreateExtractValue(sl, 0);
    et = u->elem;
  } else {
    const Type* at = u;
    if (u->kind == TypeKind::Pointer) {
      at = underlying(u->elem);
      llvm::Value* p = emitExpr(s->x);
      if (ve) base = nilCheck(p, s->pos);
    } else if (ve) {
      // The range expression is evaluated once: iterate over a copy of the array.
      base = spill(emitExpr(s->x));
    } else if (hasCallOrRecv(s->x)) {
      emitExpr(s->x);  // len(x) is not constant: x is evaluated (spec "For statements")
    }
    arrTy = lowerType(at);
    len = constI64(at->len);
    et = at->elem;
  }
  bindVars(intT, et);
  llvm::Value* idx = entryAlloca(i64_, "ri");
  b.CreateStore(constI64(0), idx);
  b.CreateBr(cond);
  setBB(cond);
  llvm::Value* i = b.CreateLoad(i64_, idx);
  b.CreateCondBr(b.CreateICmpSLT(i, len), body, done);
  setBB(body);
  llvm::Value* ev = nullptr;
  if (ve) {
    llvm::Value* ep = arrTy ? b.CreateGEP(arrTy, base, {b.getInt64(0), i}) : b.CreateGEP(lowerType(et), base, i);
    ev = loadTyped(ep, et);
  }
  assignKV(i, intT, ev, et);
  emitBlock(s->body->list);
  if (!terminated()) b.CreateBr(post);
  setBB(post);
  b.CreateStore(b.CreateAdd(b.CreateLoad(i64_, idx), constI64(1)), idx);
  b.CreateBr(cond);
  setBB(done);
}

void Codegen::emitSwitch(const SwitchStmt* s) {
  emitStmt(s->init);
  const Type* tagT = s->tag ? (isUntyped(s->tag->type) ? defaultType(s->tag->type) : s->tag->type)
                            : basicType(BasicKind::Bool);
  llvm::Value* tag = b.getInt1(true);
  if (s->tag) tag = emitOrdered(s->tag, tagT);
  auto* done = newBB("switch.done");
  fs->targets[s] = {done, nullptr};
  std::vector<llvm::BasicBlock*> bodies;
  for (const CaseClause* c : s->clauses) {
    bodies.push_back(newBB(c->isDefault ? "switch.default" : "switch.case"));
    fs->caseBodies[c] = bodies.back();
  }
  llvm::BasicBlock* defaultBB = nullptr;
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    const CaseClause* c = s->clauses[i];
    if (c->isDefault) {
      defaultBB = bodies[i];
      continue;
    }
    for (const Expr* e : c->list) {
      if (isNilExprPublic(e)) {
        // case nil: compare the tag's first word (pointer, slice data, interface type).
        const Type* tu = underlying(tagT);
        llvm::Value* w = (tu->kind == TypeKind::Slice || tu->kind == TypeKind::Interface)
                             ? b.CreateExtractValue(tag, 0) : tag;
        auto* next = newBB("switch.next");
        b.CreateCondBr(b.CreateIsNull(w), bodies[i], next);
        setBB(next);
        continue;
      }
      const Type* ct = tagT;
      if (isInterface(tagT) != isInterface(e->type) && !isUntyped(e->type) && isInterface(e->type)) ct = e->type;
      llvm::Value* lhs = ct == tagT ? tag : convert(tag, tagT, ct, e->pos);
      llvm::Value* v = emitOrdered(e, ct);
      llvm::Value* eq = emitEqual(lhs, v, ct);
      auto* next = newBB("switch.next");
      b.CreateCondBr(eq, bodies[i], next);
      setBB(next);
    }
  }
  b.CreateBr(defaultBB ? defaultBB : done);
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    setBB(bodies[i]);
    emitBlock(s->clauses[i]->body);
    if (!terminated()) b.CreateBr(done);
  }
  setBB(done);
}

void Codegen::emitTypeSwitch(const TypeSwitchStmt* s) {
  emitStmt(s->init);
  const Expr* x = s->guard->x;
  const Type* xt = x->type;
  llvm::Value* iv = emitOrdered(x);
  llvm::Value* dyn = ifaceType(iv, xt);
  llvm::Value* data = b.CreateExtractValue(iv, 1);
  auto* done = newBB("tswitch.done");
  fs->targets[s] = {done, nullptr};
  std::vector<llvm::BasicBlock*> bodies;
  for (const CaseClause* c : s->clauses) bodies.push_back(newBB(c->isDefault ? "tswitch.default" : "tswitch.case"));
  llvm::BasicBlock* defaultBB = nullptr;
  // Per clause with a single type and a binding: the value converted in the body.
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    const CaseClause* c = s->clauses[i];
    if (c->isDefault) {
      defaultBB = bodies[i];
      continue;
    }
    for (const Expr* e : c->list) {
      llvm::Value* match;
      const Type* T = e->type;
      bool isNil = (isa<Ident>(unparen(e)) && cast<Ident>(unparen(e))->obj &&
                    cast<Ident>(unparen(e))->obj->kind == ObjKind::Nil) ||
                   (T && isBasic(T, BasicKind::UntypedNil));
      if (isNil) {
        match = b.CreateIsNull(dyn);
      } else if (!isInterface(T)) {
        match = b.CreateICmpEQ(dyn, typeDesc(T));
      } else if (underlying(T)->methodSet.empty()) {
        match = b.CreateIsNotNull(dyn);
      } else {
        auto* test = newBB("tswitch.itab");
        auto* no = newBB("tswitch.nil");
        auto* join = newBB("tswitch.join");
        b.CreateCondBr(b.CreateIsNull(dyn), no, test);
        setBB(test);
        llvm::Value* tab = callRT("mgo_rt_getitab", ptrTy_, {typeDesc(T), dyn, b.getInt1(true)});
        llvm::Value* ok = b.CreateIsNotNull(tab);
        auto* testEnd = b.GetInsertBlock();
        b.CreateBr(join);
        setBB(no);
        b.CreateBr(join);
        setBB(join);
        auto* phi = b.CreatePHI(b.getInt1Ty(), 2);
        phi->addIncoming(ok, testEnd);
        phi->addIncoming(b.getInt1(false), no);
        match = phi;
      }
      auto* next = newBB("tswitch.next");
      b.CreateCondBr(match, bodies[i], next);
      setBB(next);
    }
  }
  b.CreateBr(defaultBB ? defaultBB : done);
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    const CaseClause* c = s->clauses[i];
    setBB(bodies[i]);
    if (c->implicitObj) {
      const Type* vt = c->implicitObj->type;
      llvm::Value* v;
      if (!isInterface(vt)) {
        v = fromIfaceData(data, vt);
      } else if (vt == xt || underlying(vt) == underlying(xt)) {
        v = iv;
      } else {
        v = toIface(iv, xt, vt);
      }
      llvm::Value* addr = allocVar(c->implicitObj, vt);
      b.CreateStore(v, addr);
    }
    emitBlock(c->body);
    if (!terminated()) b.CreateBr(done);
  }
  setBB(done);
}

void Codegen::emitBranch(const BranchStmt* s) {
  switch (s->tok) {
    case Tok::Break: case Tok::Continue: {
      auto it = fs->targets.find(s->target);
      if (it == fs->targets.end()) unsupported(s->pos, "internal error: branch target not found");
      llvm::BasicBlock* bb = s->tok == Tok::Break ? it->second.brk : it->second.cont;
      if (!bb) unsupported(s->pos, "internal error: continue outside loop");
      b.CreateBr(bb);
      return;
    }
    case Tok::Goto: {
      llvm::BasicBlock*& bb = fs->labels[s->target];
      if (!bb) bb = newBB("label");
      b.CreateBr(bb);
      return;
    }
    case Tok::Fallthrough: {
      auto it = fs->caseBodies.find(s->target);
      if (it == fs->caseBodies.end()) unsupported(s->pos, "internal error: fallthrough target not found");
      b.CreateBr(it->second);
      return;
    }
    default: unsupported(s->pos, "internal error: branch");
  }
}

}  // namespace mgo::jit
