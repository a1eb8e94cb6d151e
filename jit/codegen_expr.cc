// codegen_expr.cc — expressions: constants, variables, unary and binary expressions (the
// operators themselves are codegen_operators.cc), indexing, slicing, selectors, composite
// literals, and the runtime checks Go requires around them.
//
// Runtime checks (never LLVM UB):
//   - index: unsigned idx >= len -> mgo_rt_panicIndex (negative indexes fail too);
//   - nil pointer dereference: explicit compare + mgo_rt_panicmem before the access;
//   - integer division (codegen_operators.cc): y == 0 -> mgo_rt_panicdivide; signed
//     x / -1 is computed as -x (and x % -1 as 0) so MinInt / -1 wraps as in Go;
//   - shifts: counts >= width give 0 (or the sign fill for >>), a negative signed count
//     panics (mgo_rt_panicshift).
// The untyped-constant rule of the checker: the outermost constant expression carries
// the final type and value, so a constant expression is emitted as one LLVM constant
// and never descended into.
#include "jit/codegen.h"
#include "llvm/IR/MDBuilder.h"

namespace mgo::jit {

using namespace fe;

// ---- small helpers ----

llvm::BasicBlock* Codegen::newBB(const char* name) {
  return llvm::BasicBlock::Create(ctx, name, fs->fn);
}

void Codegen::setBB(llvm::BasicBlock* bb) { b.SetInsertPoint(bb); }

bool Codegen::terminated() {
  return b.GetInsertBlock() && b.GetInsertBlock()->getTerminator();
}

llvm::Value* Codegen::constI64(int64_t v) { return b.getInt64(static_cast<uint64_t>(v)); }

llvm::FunctionCallee Codegen::rtFunc(const char* name, llvm::Type* ret,
                                     std::vector<llvm::Type*> params, bool noreturn) {
  auto fc = mod.getOrInsertFunction(name, llvm::FunctionType::get(ret, params, false));
  if (auto* f = llvm::dyn_cast<llvm::Function>(fc.getCallee())) {
    f->addFnAttr(llvm::Attribute::NoUnwind);
    if (noreturn) {
      f->addFnAttr(llvm::Attribute::NoReturn);
      f->addFnAttr(llvm::Attribute::Cold);
    }
    for (auto& a : f->args())
      if (a.getType()->isIntegerTy(1)) a.addAttr(llvm::Attribute::ZExt);
    if (ret->isIntegerTy(1)) f->addRetAttr(llvm::Attribute::ZExt);
  }
  return fc;
}

llvm::Value* Codegen::callRT(const char* name, llvm::Type* ret, std::vector<llvm::Value*> args,
                             bool noreturn) {
  std::vector<llvm::Type*> ps;
  for (auto* a : args) ps.push_back(a->getType());
  auto fc = rtFunc(name, ret, ps, noreturn);
  auto* call = b.CreateCall(fc, args);
  if (noreturn) {
    b.CreateUnreachable();
    setBB(newBB("after.noreturn"));
  }
  return call;
}

// if (cond) fn(args) [noreturn, cold]
void Codegen::panicIf(llvm::Value* cond, const char* fn, std::vector<llvm::Value*> args) {
  auto* fail = newBB("panic");
  auto* ok = newBB("ok");
  llvm::MDBuilder mdb(ctx);
  b.CreateCondBr(cond, fail, ok, mdb.createBranchWeights(1, 100000));
  setBB(fail);
  std::vector<llvm::Type*> ps;
  for (auto* a : args) ps.push_back(a->getType());
  b.CreateCall(rtFunc(fn, b.getVoidTy(), ps, true), args);
  b.CreateUnreachable();
  setBB(ok);
}

llvm::Value* Codegen::nilCheck(llvm::Value* p, Pos pos) {
  if (llvm::isa<llvm::GlobalValue>(p) || llvm::isa<llvm::AllocaInst>(p)) return p;
  panicIf(b.CreateICmpEQ(p, llvm::ConstantPointerNull::get(llvm::PointerType::get(ctx, 0))),
          "mgo_rt_panicmem", {fs->g});
  return p;
}

void Codegen::boundsCheck(llvm::Value* idx, llvm::Value* len, Pos pos) {
  panicIf(b.CreateICmpUGE(idx, len), "mgo_rt_panicIndex", {fs->g, idx, len});
}

llvm::Value* Codegen::loadTyped(llvm::Value* addr, const Type* t) {
  return b.CreateLoad(lowerType(t), addr);
}

void Codegen::storeTyped(llvm::Value* v, llvm::Value* addr, const Type* t) {
  b.CreateStore(v, addr);
}

llvm::Value* Codegen::spill(llvm::Value* v) {
  llvm::Value* a = entryAlloca(v->getType(), "tmp");
  b.CreateStore(v, a);
  return a;
}

llvm::Value* Codegen::zeroBase() {
  auto* gv = mod.getNamedGlobal("mgo.zerobase");
  if (!gv) {
    auto* ty = llvm::Type::getInt64Ty(ctx);
    gv = new llvm::GlobalVariable(mod, ty, false, llvm::GlobalValue::InternalLinkage,
                                  llvm::ConstantInt::get(ty, 0), "mgo.zerobase");
  }
  return gv;
}

llvm::Value* Codegen::zeroValue(const Type* t) {
  return llvm::Constant::getNullValue(lowerType(t));
}

llvm::Value* Codegen::stringConst(const std::string& s) {
  if (s.empty()) return llvm::Constant::getNullValue(stringTy_);
  auto it = strings_.find(s);
  if (it != strings_.end()) return it->second;
  auto* data = llvm::ConstantDataArray::getString(ctx, s, false);
  auto* gv = new llvm::GlobalVariable(mod, data->getType(), true,
                                      llvm::GlobalValue::PrivateLinkage, data, "str");
  gv->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
  gv->setAlignment(llvm::Align(1));
  auto* c = llvm::ConstantStruct::get(stringTy_, {gv, b.getInt64(s.size())});
  strings_[s] = c;
  return c;
}

// ---- constants ----

llvm::Value* Codegen::emitConst(const Value& v, const Type* t, Pos pos) {
  t = stripUntyped(t);
  const Type* u = underlying(t);
  if (u->kind == TypeKind::Interface) {
    // A constant assigned to an interface: box its default type.
    return emitConst(v, nullptr, pos);
  }
  if (u->kind != TypeKind::Basic) unsupported(pos, "internal error: constant of non-basic type");
  llvm::Type* lt = lowerType(u);
  switch (u->basic) {
    case BasicKind::Bool: return b.getInt1(v.boolVal());
    case BasicKind::String: return stringConst(v.stringVal());
    case BasicKind::Float32: return llvm::ConstantFP::get(lt, v.float32Val());
    case BasicKind::Float64: return llvm::ConstantFP::get(lt, v.float64Val());
    case BasicKind::Complex64: case BasicKind::Complex128: {
      llvm::Type* et = u->basic == BasicKind::Complex64 ? b.getFloatTy() : b.getDoubleTy();
      double re = u->basic == BasicKind::Complex64 ? v.real().float32Val() : v.real().float64Val();
      double im = u->basic == BasicKind::Complex64 ? v.imag().float32Val() : v.imag().float64Val();
      return llvm::ConstantStruct::get(llvm::cast<llvm::StructType>(lt),
                                       {llvm::ConstantFP::get(et, re), llvm::ConstantFP::get(et, im)});
    }
    case BasicKind::UnsafePointer: case BasicKind::UntypedNil:
      return llvm::ConstantPointerNull::get(llvm::PointerType::get(ctx, 0));
    default: {
      Value iv = v.kind() == Value::Int ? v : v.toInt();
      uint64_t bits = isUnsigned(u) ? iv.uint64Val() : static_cast<uint64_t>(iv.int64Val());
      return llvm::ConstantInt::get(lt, bits);
    }
  }
}

// ---- expressions ----


static bool isNilExpr(const Expr* e) {
  e = unparen(e);
  if (e->type && isBasic(e->type, BasicKind::UntypedNil)) return true;
  if (auto* id = dyn_cast<Ident>(e)) return id->obj && id->obj->kind == ObjKind::Nil;
  return false;
}

llvm::Value* Codegen::emitExpr(const Expr* e) {
  if (e->mode == ExprMode::Constant && e->constVal) return emitConst(*e->constVal, e->type, e->pos);
  if (llvm::Value* v = earlyValue(e)) return v;  // evaluated by the statement's pre-pass
  switch (e->kind) {
    case NodeKind::Ident: {
      auto* id = cast<Ident>(e);
      const Object* o = id->obj;
      if (!o) unsupported(e->pos, "internal error: unresolved identifier " + id->name);
      switch (o->kind) {
        case ObjKind::Var: return loadTyped(emitAddr(e), e->type);
        case ObjKind::Func: return funcValue(static_cast<const Func*>(o));
        case ObjKind::Nil: return zeroValue(e->type);
        default: unsupported(e->pos, "internal error: identifier " + id->name + " as a value");
      }
    }
    case NodeKind::ParenExpr: return emitExpr(cast<ParenExpr>(e)->x);
    case NodeKind::FuncLit: return emitFuncLit(cast<FuncLit>(e));
    case NodeKind::CompositeLit: return emitCompositeLit(cast<CompositeLit>(e));
    case NodeKind::SelectorExpr: return emitSelector(cast<SelectorExpr>(e));
    case NodeKind::IndexExpr: return emitIndex(cast<IndexExpr>(e));
    case NodeKind::SliceExpr: return emitSlice(cast<SliceExpr>(e));
    case NodeKind::TypeAssertExpr: return emitTypeAssert(cast<TypeAssertExpr>(e), nullptr);
    case NodeKind::CallExpr: {
      llvm::Value* v = emitCall(cast<CallExpr>(e));
      if (!v) unsupported(e->pos, "internal error: call without value used as value");
      return v;
    }
    case NodeKind::StarExpr:
      return loadTyped(nilCheck(emitExpr(cast<StarExpr>(e)->x), e->pos), e->type);
    case NodeKind::UnaryExpr: return emitUnary(cast<UnaryExpr>(e));
    case NodeKind::BinaryExpr: return emitBinary(cast<BinaryExpr>(e));
    default: unsupported(e->pos, "internal error: unexpected expression in codegen");
  }
}

llvm::Value* Codegen::emitExprTo(const Expr* e, const Type* to) {
  if (!to) return emitExpr(e);
  if (isNilExpr(e)) return zeroValue(to);
  const Type* from = e->type;
  if (e->mode == ExprMode::Constant && e->constVal) {
    if (isInterface(to)) {
      const Type* ct = stripUntyped(from);
      return toIface(emitConst(*e->constVal, ct, e->pos), ct, to);
    }
    return emitConst(*e->constVal, to, e->pos);
  }
  llvm::Value* v = emitExpr(e);
  return convert(v, stripUntyped(from), to, e->pos);
}

bool Codegen::isAddressable(const Expr* e) {
  e = unparen(e);
  switch (e->kind) {
    case NodeKind::Ident: {
      auto* o = cast<Ident>(e)->obj;
      return o && o->kind == ObjKind::Var;
    }
    case NodeKind::StarExpr: return true;
    case NodeKind::SelectorExpr: {
      auto* s = cast<SelectorExpr>(e);
      if (!s->selection) {
        auto* o = s->sel->obj;
        return o && o->kind == ObjKind::Var;  // pkg.Var
      }
      if (s->selection->kind != SelKind::FieldVal) return false;
      return s->selection->indirect || underlying(s->x->type)->kind == TypeKind::Pointer ||
             isAddressable(s->x);
    }
    case NodeKind::IndexExpr: {
      auto* ix = cast<IndexExpr>(e);
      const Type* u = underlying(ix->x->type);
      if (u->kind == TypeKind::Slice) return true;
      if (u->kind == TypeKind::Pointer) return true;
      if (u->kind == TypeKind::Array) return isAddressable(ix->x);
      return false;
    }
    default: return false;
  }
}

// Walks sel->path[0..n) from the selector's operand x. Works on addresses while it can
// (operand addressable or reached through a pointer), on values otherwise.
struct PathWalk {
  llvm::Value* addr = nullptr;
  llvm::Value* val = nullptr;
  const Type* t = nullptr;
};
static PathWalk walkPath(Codegen& cg, const Expr* x, const Selection* sel, size_t n, Pos pos);

static llvm::Value* toI64(llvm::IRBuilder<>& b, llvm::Value* v, const Type* t) {
  if (v->getType()->isIntegerTy(64)) return v;
  return isUnsigned(t) ? b.CreateZExt(v, b.getInt64Ty()) : b.CreateSExt(v, b.getInt64Ty());
}

llvm::Value* Codegen::emitAddr(const Expr* e) {
  e = unparen(e);
  switch (e->kind) {
    case NodeKind::Ident: {
      auto* id = cast<Ident>(e);
      const Object* o = id->obj;
      if (!o || o->kind != ObjKind::Var) unsupported(e->pos, "internal error: address of non-variable");
      auto* v = static_cast<const Var*>(o);
      if (v->isPackageLevel) return globalFor(v);
      auto it = fs->vars.find(v);
      if (it == fs->vars.end())
        unsupported(e->pos, "internal error: variable " + id->name + " has no storage");
      return it->second;
    }
    case NodeKind::StarExpr: return nilCheck(emitExpr(cast<StarExpr>(e)->x), e->pos);
    case NodeKind::SelectorExpr: {
      auto* s = cast<SelectorExpr>(e);
      if (!s->selection) {
        auto* o = s->sel->obj;
        if (o && o->kind == ObjKind::Var) return globalFor(static_cast<const Var*>(o));
        unsupported(e->pos, "internal error: address of qualified non-variable");
      }
      PathWalk w = walkPath(*this, s->x, s->selection, s->selection->path.size(), e->pos);
      return w.addr ? w.addr : spill(w.val);
    }
    case NodeKind::IndexExpr: {
      auto* ix = cast<IndexExpr>(e);
      const Type* xt = ix->x->type;
      const Type* u = underlying(xt);
      llvm::Value* idx = toI64(b, emitExpr(ix->index), ix->index->type);
      if (u->kind == TypeKind::Slice) {
        llvm::Value* s = emitExpr(ix->x);
        boundsCheck(idx, b.CreateExtractValue(s, 1), e->pos);
        return b.CreateGEP(lowerType(u->elem), b.CreateExtractValue(s, 0), idx);
      }
      llvm::Value* base;
      const Type* at = u;
      if (u->kind == TypeKind::Pointer) {
        base = nilCheck(emitExpr(ix->x), e->pos);
        at = underlying(u->elem);
      } else if (isAddressable(ix->x)) {
        base = emitAddr(ix->x);
      } else {
        base = spill(emitExpr(ix->x));
      }
      boundsCheck(idx, constI64(at->len), e->pos);
      return b.CreateGEP(lowerType(at), base, {b.getInt64(0), idx});
    }
    case NodeKind::CompositeLit: {
      const Type* t = e->type;
      llvm::Value* p = heapAlloc(t);
      emitCompositeInto(cast<CompositeLit>(e), t, p);
      return p;
    }
    default:
      return spill(emitExpr(e));
  }
}

// ---- selectors ----

// The selector's operand and walk (see selectPath); factored for fields and methods.

static PathWalk walkPath(Codegen& cg, const Expr* x, const Selection* sel, size_t n, Pos pos) {
  PathWalk w;
  w.t = x->type;
  if (underlying(w.t)->kind != TypeKind::Pointer && cg.isAddressable(x))
    w.addr = cg.emitAddr(x);
  else
    w.val = cg.emitExpr(x);
  for (size_t i = 0; i < n; ++i) {
    const Type* u = underlying(w.t);
    if (u->kind == TypeKind::Pointer) {
      llvm::Value* p = w.addr ? cg.b.CreateLoad(cg.ptrTy(), w.addr) : w.val;
      w.addr = cg.nilCheck(p, pos);
      w.val = nullptr;
      w.t = u->elem;
      u = underlying(w.t);
    }
    int idx = sel->path[i];
    if (u->kind != TypeKind::Struct) unsupported(pos, "internal error: selector path through non-struct");
    if (w.addr)
      w.addr = cg.b.CreateStructGEP(cg.lowerType(u), w.addr, idx);
    else
      w.val = cg.b.CreateExtractValue(w.val, idx);
    w.t = u->fields[idx].type;
  }
  return w;
}

llvm::Value* Codegen::emitSelector(const SelectorExpr* e) {
  const Selection* sel = e->selection;
  if (!sel) {
    const Object* o = e->sel->obj;
    if (!o) unsupported(e->pos, "internal error: unresolved qualified identifier");
    if (o->kind == ObjKind::Var) return loadTyped(globalFor(static_cast<const Var*>(o)), e->type);
    if (o->kind == ObjKind::Func) return funcValue(static_cast<const Func*>(o));
    unsupported(e->pos, "internal error: qualified identifier kind");
  }
  switch (sel->kind) {
    case SelKind::FieldVal: {
      PathWalk w = walkPath(*this, e->x, sel, sel->path.size(), e->pos);
      return w.addr ? loadTyped(w.addr, e->type) : w.val;
    }
    case SelKind::MethodVal: return emitMethodValue(e);
    case SelKind::MethodExpr: return emitMethodExpr(e);
    default: unsupported(e->pos, "internal error: selector kind");
  }
}

// Receiver of a concrete method call x.m: walk to the embedded value declaring m, then
// take its address (pointer receiver) or load it (value receiver).
llvm::Value* Codegen::emitRecv(const SelectorExpr* e) {
  const Selection* sel = e->selection;
  auto* f = static_cast<const Func*>(sel->obj);
  PathWalk w = walkPath(*this, e->x, sel, sel->path.size(), e->pos);
  bool isPtr = underlying(w.t)->kind == TypeKind::Pointer;
  if (f->ptrRecv) {
    if (isPtr) return w.addr ? b.CreateLoad(ptrTy_, w.addr) : w.val;
    if (w.addr) return w.addr;
    return spill(w.val);
  }
  if (isPtr) {
    llvm::Value* p = w.addr ? b.CreateLoad(ptrTy_, w.addr) : w.val;
    return loadTyped(nilCheck(p, e->pos), underlying(w.t)->elem);
  }
  return w.addr ? loadTyped(w.addr, w.t) : w.val;
}

// ---- unary and binary ----

llvm::Value* Codegen::emitUnary(const UnaryExpr* e) {
  const Type* t = e->type;
  switch (e->op) {
    case Tok::And: {
      const Expr* x = unparen(e->x);
      if (auto* cl = dyn_cast<CompositeLit>(x)) {
        llvm::Value* p = heapAlloc(cl->type);
        emitCompositeInto(cl, cl->type, p);
        return p;
      }
      return emitAddr(x);
    }
    case Tok::Arrow: return emitRecv(e->x, nullptr);
    default: break;
  }
  llvm::Value* x = emitExprTo(e->x, t);
  const Type* u = underlying(t);
  switch (e->op) {
    case Tok::Add: return x;
    case Tok::Sub:
      if (isFloat(u)) return b.CreateFNeg(x);
      if (isComplex(u))
        return b.CreateInsertValue(
            b.CreateInsertValue(x, b.CreateFNeg(b.CreateExtractValue(x, 0)), 0),
            b.CreateFNeg(b.CreateExtractValue(x, 1)), 1);
      return b.CreateNeg(x);
    case Tok::Not: return b.CreateNot(x);
    case Tok::Xor: return b.CreateNot(x);
    default: unsupported(e->pos, "internal error: unary operator");
  }
}

llvm::Value* Codegen::emitBinary(const BinaryExpr* e) {
  Tok op = e->op;
  if (op == Tok::LAnd || op == Tok::LOr) {
    // Each side is evaluated as its own statement (codegen_order.cc).
    llvm::Value* x = emitOrdered(e->x, e->type);
    auto* from = b.GetInsertBlock();
    auto* rhs = newBB(op == Tok::LAnd ? "and.rhs" : "or.rhs");
    auto* done = newBB("logic.done");
    if (op == Tok::LAnd)
      b.CreateCondBr(x, rhs, done);
    else
      b.CreateCondBr(x, done, rhs);
    setBB(rhs);
    llvm::Value* y = emitOrdered(e->y, e->type);
    auto* rhsEnd = b.GetInsertBlock();
    b.CreateBr(done);
    setBB(done);
    auto* phi = b.CreatePHI(b.getInt1Ty(), 2);
    phi->addIncoming(b.getInt1(op == Tok::LOr), from);
    phi->addIncoming(y, rhsEnd);
    return phi;
  }
  if (op == Tok::Eql || op == Tok::Neq || op == Tok::Lss || op == Tok::Leq || op == Tok::Gtr ||
      op == Tok::Geq) {
    // Operand type: nil comparisons, mixed interface/concrete, untyped constants.
    const Expr* x = e->x;
    const Expr* y = e->y;
    if (isNilExpr(x)) std::swap(x, y);
    const Type* t;
    if (isNilExpr(y)) {
      t = stripUntyped(x->type);
      llvm::Value* xv = emitExpr(x);
      const Type* u = underlying(t);
      llvm::Value* r;
      if (u->kind == TypeKind::Slice || u->kind == TypeKind::Interface)
        r = b.CreateIsNull(b.CreateExtractValue(xv, 0));
      else
        r = b.CreateIsNull(xv);
      return op == Tok::Eql ? r : b.CreateNot(r);
    }
    const Type* xt = x->type;
    const Type* yt = y->type;
    if (isUntyped(xt) && !isUntyped(yt)) t = yt;
    else if (isUntyped(yt) && !isUntyped(xt)) t = xt;
    else if (isInterface(xt) && !isInterface(yt)) t = xt;
    else if (isInterface(yt) && !isInterface(xt)) t = yt;
    else t = stripUntyped(xt);
    llvm::Value* xv = emitExprTo(x, t);
    llvm::Value* yv = emitExprTo(y, t);
    return emitCompare(op, xv, yv, t);
  }
  const Type* t = e->type;
  llvm::Value* xv = emitExprTo(e->x, t);
  llvm::Value* yv;
  if (op == Tok::Shl || op == Tok::Shr) {
    const Type* st = stripUntyped(e->y->type);
    if (e->y->mode == ExprMode::Constant && e->y->constVal && isUntyped(e->y->type))
      st = basicType(BasicKind::Uint);
    yv = emitExprTo(e->y, st);
    // Normalise the count to i64 (unsigned view); negative signed counts panic.
    if (!isUnsigned(st)) {
      llvm::Value* c64 = toI64(b, yv, st);
      panicIf(b.CreateICmpSLT(c64, constI64(0)), "mgo_rt_panicshift", {fs->g});
      yv = c64;
    } else {
      yv = toI64(b, yv, st);
    }
    return emitBinaryOp(op, xv, yv, t, e->pos);
  }
  yv = emitExprTo(e->y, t);
  return emitBinaryOp(op, xv, yv, t, e->pos);
}

// ---- index and slice ----

llvm::Value* Codegen::emitIndex(const IndexExpr* e) {
  const Type* u = underlying(e->x->type);
  if (u->kind == TypeKind::Map) return emitMapIndex(e, nullptr);
  if (isString(u)) {
    llvm::Value* s = emitExpr(e->x);
    llvm::Value* idx = toI64(b, emitExpr(e->index), e->index->type);
    boundsCheck(idx, b.CreateExtractValue(s, 1), e->pos);
    return b.CreateLoad(b.getInt8Ty(), b.CreateGEP(b.getInt8Ty(), b.CreateExtractValue(s, 0), idx));
  }
  if (u->kind == TypeKind::Array && !isAddressable(e->x)) {
    llvm::Value* arr = emitExpr(e->x);
    if (e->index->mode == ExprMode::Constant && e->index->constVal) {
      int64_t i = e->index->constVal->int64Val();
      return b.CreateExtractValue(arr, static_cast<unsigned>(i));
    }
    llvm::Value* a = spill(arr);
    llvm::Value* idx = toI64(b, emitExpr(e->index), e->index->type);
    boundsCheck(idx, constI64(u->len), e->pos);
    return loadTyped(b.CreateGEP(lowerType(u), a, {b.getInt64(0), idx}), e->type);
  }
  return loadTyped(emitAddr(e), e->type);
}

llvm::Value* Codegen::emitMapIndex(const IndexExpr* e, llvm::Value** okOut) {
  const Type* mt = e->x->type;
  const Type* u = underlying(mt);
  llvm::Value* m = emitExpr(e->x);
  llvm::Value* key = spill(emitExprTo(e->index, u->key));
  llvm::Value* p;
  if (okOut) {
    llvm::Value* okp = entryAlloca(b.getInt1Ty(), "ok");
    p = callRT("mgo_rt_mapaccess2", ptrTy_, {fs->g, typeDesc(mt), m, key, okp});
    *okOut = b.CreateLoad(b.getInt1Ty(), okp);
  } else {
    p = callRT("mgo_rt_mapaccess1", ptrTy_, {fs->g, typeDesc(mt), m, key});
  }
  return loadTyped(p, u->elem);
}

llvm::Value* Codegen::emitSlice(const SliceExpr* e) {
  const Type* xt = e->x->type;
  const Type* u = underlying(xt);
  llvm::Value *ptr, *len, *cap;
  const Type* elem;
  bool isStr = isString(u);
  if (isStr) {
    llvm::Value* s = emitExpr(e->x);
    ptr = b.CreateExtractValue(s, 0);
    len = cap = b.CreateExtractValue(s, 1);
    elem = basicType(BasicKind::Uint8);
  } else if (u->kind == TypeKind::Slice) {
    llvm::Value* s = emitExpr(e->x);
    ptr = b.CreateExtractValue(s, 0);
    len = b.CreateExtractValue(s, 1);
    cap = b.CreateExtractValue(s, 2);
    elem = u->elem;
  } else {
    const Type* at = u;
    if (u->kind == TypeKind::Pointer) {
      ptr = nilCheck(emitExpr(e->x), e->pos);
      at = underlying(u->elem);
    } else {
      ptr = emitAddr(e->x);
    }
    len = cap = constI64(at->len);
    elem = at->elem;
  }
  llvm::Value* lo = e->lo ? toI64(b, emitExpr(e->lo), e->lo->type) : constI64(0);
  llvm::Value* hi = e->hi ? toI64(b, emitExpr(e->hi), e->hi->type) : len;
  llvm::Value* max = e->max ? toI64(b, emitExpr(e->max), e->max->type) : cap;
  // Checks in Go's order, with its boundsError codes (runtime/panic.h).
  bool useCap = u->kind == TypeKind::Slice;
  if (e->slice3) {
    panicIf(b.CreateICmpUGT(max, cap), "mgo_rt_panicSlice",
            {fs->g, max, cap, constI64(0), constI64(useCap ? 5 : 4)});
    panicIf(b.CreateICmpUGT(hi, max), "mgo_rt_panicSlice",
            {fs->g, hi, max, constI64(0), constI64(6)});
    panicIf(b.CreateICmpUGT(lo, hi), "mgo_rt_panicSlice",
            {fs->g, lo, hi, constI64(0), constI64(7)});
  } else {
    if (e->hi)
      panicIf(b.CreateICmpUGT(hi, cap), "mgo_rt_panicSlice",
              {fs->g, hi, cap, constI64(0), constI64(useCap ? 2 : 1)});
    panicIf(b.CreateICmpUGT(lo, hi), "mgo_rt_panicSlice",
            {fs->g, lo, hi, constI64(0), constI64(3)});
  }
  llvm::Value* newLen = b.CreateSub(hi, lo);
  llvm::Value* newCap = b.CreateSub(max, lo);
  // Avoid pointing past the end when the result is empty (Go does the same).
  llvm::Value* off = b.CreateSelect(b.CreateICmpEQ(newCap, constI64(0)), constI64(0), lo);
  llvm::Value* np = b.CreateGEP(lowerType(elem), ptr, off);
  llvm::Type* rt = lowerType(e->type);
  llvm::Value* r = llvm::PoisonValue::get(rt);
  r = b.CreateInsertValue(r, np, 0);
  r = b.CreateInsertValue(r, newLen, 1);
  if (!isStr) r = b.CreateInsertValue(r, newCap, 2);
  return r;
}

// ---- composite literals ----

llvm::Value* Codegen::emitCompositeLit(const CompositeLit* e) {
  const Type* t = e->type;
  const Type* u = underlying(t);
  if (u->kind == TypeKind::Pointer) {
    // Elided &T{...} inside another literal.
    llvm::Value* p = heapAlloc(u->elem);
    emitCompositeInto(e, u->elem, p);
    return p;
  }
  if (u->kind == TypeKind::Slice) {
    int64_t n = 0, idx = 0;
    for (const Expr* el : e->elts) {
      if (auto* kv = dyn_cast<KeyValueExpr>(el)) idx = kv->key->constVal->int64Val();
      n = std::max(n, ++idx);
    }
    const Type* arr = newArray(u->elem, n);
    // []T{} is not nil: an empty literal points at a shared zero-size base, as Go's zerobase.
    llvm::Value* p = n ? heapAlloc(arr) : zeroBase();
    if (n) emitCompositeInto(e, arr, p);
    llvm::Value* s = llvm::PoisonValue::get(sliceTy_);
    s = b.CreateInsertValue(s, p, 0);
    s = b.CreateInsertValue(s, constI64(n), 1);
    return b.CreateInsertValue(s, constI64(n), 2);
  }
  if (u->kind == TypeKind::Map) {
    llvm::Value* m = callRT("mgo_rt_makemap", ptrTy_, {fs->g, typeDesc(t), constI64(e->elts.size())});
    for (const Expr* el : e->elts) {
      auto* kv = cast<KeyValueExpr>(el);
      OrderScope os(*this);  // m[k] = v, a statement of its own (order.go OMAPLIT)
      orderRoot(kv->key);
      orderOperand(kv->value);
      llvm::Value* k = spill(emitExprTo(kv->key, u->key));
      llvm::Value* v = emitExprTo(kv->value, u->elem);
      llvm::Value* slot = callRT("mgo_rt_mapassign", ptrTy_, {fs->g, typeDesc(t), m, k});
      b.CreateStore(v, slot);
    }
    return m;
  }
  // Struct and array values: build in a temporary.
  llvm::Value* tmp = entryAlloca(lowerType(t), "lit");
  emitCompositeInto(e, t, tmp);
  return loadTyped(tmp, t);
}

void Codegen::emitCompositeInto(const CompositeLit* e, const Type* t, llvm::Value* addr) {
  const Type* u = underlying(t);
  llvm::Type* lt = lowerType(u);
  if (u->kind == TypeKind::Struct) {
    b.CreateStore(llvm::Constant::getNullValue(lt), addr);
    size_t pos = 0;
    for (const Expr* el : e->elts) {
      size_t fi = pos++;
      const Expr* val = el;
      if (auto* kv = dyn_cast<KeyValueExpr>(el)) {
        auto* key = cast<Ident>(kv->key);
        fi = u->fields.size();
        for (size_t i = 0; i < u->fields.size(); ++i)
          if (u->fields[i].name == key->name) fi = i;
        if (fi == u->fields.size()) unsupported(kv->pos, "internal error: unknown field " + key->name);
        val = kv->value;
      }
      llvm::Value* fa = b.CreateStructGEP(lt, addr, fi);
      const Type* ft = u->fields[fi].type;
      if (auto* cl = dyn_cast<CompositeLit>(unparen(val));
          cl && underlying(ft)->kind != TypeKind::Pointer && underlying(ft)->kind != TypeKind::Slice &&
          underlying(ft)->kind != TypeKind::Map && cl->type == ft)
        emitCompositeInto(cl, ft, fa);
      else
        b.CreateStore(emitExprTo(val, ft), fa);
    }
    return;
  }
  if (u->kind == TypeKind::Array) {
    if (static_cast<int64_t>(e->elts.size()) < u->len)
      b.CreateStore(llvm::Constant::getNullValue(lt), addr);
    int64_t idx = 0;
    for (const Expr* el : e->elts) {
      const Expr* val = el;
      if (auto* kv = dyn_cast<KeyValueExpr>(el)) {
        idx = kv->key->constVal->int64Val();
        val = kv->value;
      }
      llvm::Value* ea = b.CreateConstGEP2_64(lt, addr, 0, idx);
      if (auto* cl = dyn_cast<CompositeLit>(unparen(val));
          cl && cl->type == u->elem &&
          (underlying(u->elem)->kind == TypeKind::Struct || underlying(u->elem)->kind == TypeKind::Array))
        emitCompositeInto(cl, u->elem, ea);
      else
        b.CreateStore(emitExprTo(val, u->elem), ea);
      ++idx;
    }
    return;
  }
  b.CreateStore(emitCompositeLit(e), addr);
}

}  // namespace mgo::jit
