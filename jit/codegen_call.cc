// codegen_call.cc — calls and func values.
//
// A call is lowered in two steps so that defer (and later go) can reuse it:
//   1. planCall evaluates the callee and the arguments in Go's order into a CallPlan:
//      Direct (a known function or method, receiver first), Closure (a func value:
//      vals[0] is the closure object), Iface (an interface method: vals[0] is the
//      interface value, ifaceIndex the method's index in the interface's sorted method
//      set, which is also its slot in the itab);
//   2. execPlan flattens the Go values per the calling convention (callABI) and emits
//      the call.
// Variadic calls pack the trailing arguments into a fresh slice unless `...` is used;
// f(g()) with a multi-valued g spreads the tuple.
// Method values (x.M as a value) are closures {thunk, receiver}; method expressions
// (T.M) are the method itself wrapped as a func value taking the receiver first.
#include "jit/codegen.h"

namespace mgo::jit {

using namespace fe;


llvm::Value* Codegen::callABI(const FuncABI& abi, llvm::Value* callee, llvm::Value* cctx,
                              const std::vector<llvm::Value*>& args) {
  fs->callsGo = true;
  std::vector<llvm::Value*> flat{fs->g};
  if (abi.hasCtx) flat.push_back(cctx);
  llvm::Value* out = nullptr;
  if (abi.ret == RClass::Out) {
    out = entryAlloca(abi.resultTy, "callout");
    flat.push_back(out);
  }
  for (size_t i = 0; i < abi.params.size(); ++i) {
    llvm::Value* v = args[i];
    switch (paramClass(abi.params[i])) {
      case PClass::Scalar: flat.push_back(v); break;
      case PClass::String: case PClass::Iface:
        flat.push_back(b.CreateExtractValue(v, 0));
        flat.push_back(b.CreateExtractValue(v, 1));
        break;
      case PClass::Slice:
        flat.push_back(b.CreateExtractValue(v, 0));
        flat.push_back(b.CreateExtractValue(v, 1));
        flat.push_back(b.CreateExtractValue(v, 2));
        break;
      case PClass::ByRef: flat.push_back(spill(v)); break;
      case PClass::Void: break;
    }
  }
  if (fs->transparent) emitDeferForward(b, fs->g, fs->fn, callee);
  auto* call = b.CreateCall(abi.fty, callee, flat);
  for (unsigned i = 0; i < flat.size(); ++i)
    if (flat[i]->getType()->isIntegerTy(1)) call->addParamAttr(i, llvm::Attribute::ZExt);
  switch (abi.ret) {
    case RClass::Void: return nullptr;
    case RClass::Scalar: case RClass::Pair: return call;
    case RClass::Out: return b.CreateLoad(abi.resultTy, out);
  }
  return nullptr;
}

// ---- compiler-made wrappers ----

void Codegen::beginWrapper(WrapperScope& w, llvm::Function* fn, bool hasCtx, bool transparent) {
  w.ip = b.saveIP();
  w.saved = fs;
  w.st.fn = fn;
  w.st.g = fn->getArg(0);
  if (hasCtx) w.st.ctx = fn->getArg(1);
  w.st.transparent = transparent;
  w.st.allocaBB = llvm::BasicBlock::Create(ctx, "entry", fn);
  w.body = llvm::BasicBlock::Create(ctx, "body", fn);
  fs = &w.st;
  b.SetInsertPoint(w.body);
}

void Codegen::endWrapper(WrapperScope& w) {
  llvm::IRBuilder<>(w.st.allocaBB).CreateBr(w.body);
  fs = w.saved;
  if (w.ip.isSet()) b.restoreIP(w.ip);
}

std::vector<llvm::Value*> Codegen::wrapperParams(const FuncABI& abi, llvm::Function* fn) {
  std::vector<llvm::Value*> vals;
  auto arg = fn->arg_begin() + 1 + (abi.hasCtx ? 1 : 0) + (abi.ret == RClass::Out ? 1 : 0);
  for (const Type* pt : abi.params) {
    llvm::Type* lt = lowerType(pt);
    switch (paramClass(pt)) {
      case PClass::Scalar: vals.push_back(&*arg++); break;
      case PClass::String: case PClass::Iface: {
        llvm::Value* v = llvm::PoisonValue::get(lt);
        v = b.CreateInsertValue(v, &*arg++, 0);
        vals.push_back(b.CreateInsertValue(v, &*arg++, 1));
        break;
      }
      case PClass::Slice: {
        llvm::Value* v = llvm::PoisonValue::get(lt);
        v = b.CreateInsertValue(v, &*arg++, 0);
        v = b.CreateInsertValue(v, &*arg++, 1);
        vals.push_back(b.CreateInsertValue(v, &*arg++, 2));
        break;
      }
      case PClass::ByRef: vals.push_back(b.CreateLoad(lt, &*arg++)); break;
      case PClass::Void: break;
    }
  }
  return vals;
}

void Codegen::wrapperReturn(const FuncABI& abi, llvm::Function* fn, llvm::Value* res) {
  switch (abi.ret) {
    case RClass::Void: b.CreateRetVoid(); break;
    case RClass::Scalar: case RClass::Pair: b.CreateRet(res); break;
    case RClass::Out: b.CreateStore(res, fn->getArg(1 + (abi.hasCtx ? 1 : 0))); b.CreateRetVoid(); break;
  }
}

std::vector<llvm::Value*> Codegen::emitArgs(const CallExpr* e, const Type* sig, size_t skip,
                                            bool ownStmts) {
  // go/defer (ownStmts): gc 1.19 evaluates each argument (each variadic element too) as
  // a statement of its own, left to right (codegen_order.cc).
  auto emitArg = [&](const Expr* a, const Type* t) {
    return ownStmts ? emitOrdered(a, t) : emitExprTo(a, t);
  };
  const Type* s = underlying(sig);
  const auto& ps = s->params->elems;
  std::vector<llvm::Value*> out;
  // f(g()) with multi-valued g.
  if (e->args.size() == 1 + skip && e->args[skip]->type &&
      e->args[skip]->type->kind == TypeKind::Tuple && e->args[skip]->type->elems.size() != 1) {
    const Expr* a = e->args[skip];
    llvm::Value* tuple = emitExpr(a);
    const auto& ts = a->type->elems;
    std::vector<llvm::Value*> vals;
    for (size_t i = 0; i < ts.size(); ++i) vals.push_back(b.CreateExtractValue(tuple, i));
    size_t np = ps.size() - skip;
    for (size_t i = 0; i < np; ++i) {
      const Type* pt = ps[i + skip];
      if (s->variadic && i == np - 1) {
        // Pack the rest.
        const Type* et = underlying(pt)->elem;
        size_t n = ts.size() - i;
        llvm::Value* arr = heapAlloc(newArray(const_cast<Type*>(et), n));
        for (size_t j = 0; j < n; ++j)
          b.CreateStore(convert(vals[i + j], ts[i + j], et, a->pos),
                        b.CreateConstGEP1_64(lowerType(et), arr, j));
        llvm::Value* sl = llvm::PoisonValue::get(sliceTy_);
        sl = b.CreateInsertValue(sl, arr, 0);
        sl = b.CreateInsertValue(sl, constI64(n), 1);
        out.push_back(b.CreateInsertValue(sl, constI64(n), 2));
        break;
      }
      out.push_back(convert(vals[i], ts[i], pt, a->pos));
    }
    return out;
  }
  size_t np = ps.size() - skip;
  for (size_t i = 0; i < np; ++i) {
    const Type* pt = ps[i + skip];
    if (s->variadic && i == np - 1 && !e->hasDots) {
      const Type* et = underlying(pt)->elem;
      size_t n = e->args.size() - skip - i;
      if (n == 0) {
        out.push_back(llvm::Constant::getNullValue(sliceTy_));
        break;
      }
      llvm::Value* arr = heapAlloc(newArray(const_cast<Type*>(et), n));
      for (size_t j = 0; j < n; ++j)
        b.CreateStore(emitArg(e->args[skip + i + j], et),
                      b.CreateConstGEP1_64(lowerType(et), arr, j));
      llvm::Value* sl = llvm::PoisonValue::get(sliceTy_);
      sl = b.CreateInsertValue(sl, arr, 0);
      sl = b.CreateInsertValue(sl, constI64(n), 1);
      out.push_back(b.CreateInsertValue(sl, constI64(n), 2));
      break;
    }
    out.push_back(emitArg(e->args[skip + i], pt));
  }
  return out;
}

// The interface value a method selector x.m on an interface method operates on: x itself,
// or the embedded interface field its selection path leads to.
llvm::Value* Codegen::emitIfaceOperand(const SelectorExpr* se, const Type** itOut) {
  const Selection* sel = se->selection;
  if (sel->path.empty()) {
    *itOut = se->x->type;
    return emitExpr(se->x);
  }
  Selection fsel = *sel;
  fsel.kind = SelKind::FieldVal;
  SelectorExpr tmp(se->pos, se->x, se->sel);
  tmp.selection = &fsel;
  const Type* t = se->x->type;
  for (int idx : fsel.path) {
    const Type* u = underlying(t);
    if (u->kind == TypeKind::Pointer) u = underlying(u->elem);
    t = u->fields[idx].type;
  }
  tmp.type = t;
  tmp.mode = ExprMode::Value;
  *itOut = t;
  return emitSelector(&tmp);
}

static int ifaceMethodIndex(const Type* it, const std::string& name) {
  const auto& ms = underlying(it)->methodSet;
  for (size_t i = 0; i < ms.size(); ++i)
    if (ms[i].name == name) return static_cast<int>(i);
  return -1;
}

CallPlan Codegen::planCall(const CallExpr* e, bool argsOwnStmts) {
  CallPlan p;
  if (e->isBuiltin) {
    // Only the builtins a go/defer statement may call with their result discarded.
    p.kind = CallPlan::Builtin;
    p.builtinId = e->builtinId;
    switch (static_cast<BuiltinId>(e->builtinId)) {
      case BuiltinId::Close:
        p.types.push_back(e->args[0]->type);
        p.vals.push_back(emitExpr(e->args[0]));
        break;
      case BuiltinId::Panic:
        p.types.push_back(emptyInterface());
        p.vals.push_back(emitExprTo(e->args[0], emptyInterface()));
        break;
      case BuiltinId::Delete: {
        const Type* mt = e->args[0]->type;
        p.types = {mt, underlying(mt)->key};
        p.vals.push_back(emitExpr(e->args[0]));
        p.vals.push_back(emitExprTo(e->args[1], underlying(mt)->key));
        break;
      }
      case BuiltinId::Print: case BuiltinId::Println:
        for (const Expr* a : e->args) {
          const Type* t = isUntyped(a->type) ? defaultType(a->type) : a->type;
          p.types.push_back(t);
          p.vals.push_back(emitExprTo(a, t));
        }
        break;
      case BuiltinId::Recover:  // called as if by this function (codegen_recover.cc)
        p.types.push_back(basicType(BasicKind::UnsafePointer));
        p.vals.push_back(frameCFA());
        break;
      case BuiltinId::Copy:
        p.types = {e->args[0]->type, e->args[1]->type};
        p.vals = {emitExpr(e->args[0]), emitExpr(e->args[1])};
        break;
      default: unsupported(e->pos, "this builtin cannot be used in a go or defer statement yet");
    }
    return p;
  }
  const Expr* fun = unparen(e->fun);
  const Type* ft = fun->type;
  // Direct calls of declared functions.
  const Object* fobj = nullptr;
  if (auto* id = dyn_cast<Ident>(fun)) fobj = id->obj;
  if (auto* se = dyn_cast<SelectorExpr>(fun); se && !se->selection) fobj = se->sel->obj;
  // The arguments, after the callee's and receiver's operands already in p.
  auto withArgs = [&]() -> CallPlan {
    for (const Type* t : underlying(p.sig)->params->elems) p.types.push_back(t);
    auto args = emitArgs(e, p.sig, 0, argsOwnStmts);
    p.vals.insert(p.vals.end(), args.begin(), args.end());
    return p;
  };
  if (fobj && fobj->kind == ObjKind::Func) {
    p.kind = CallPlan::Direct;
    p.func = static_cast<const Func*>(fobj);
    p.sig = p.func->type;
    return withArgs();
  }
  if (auto* se = dyn_cast<SelectorExpr>(fun); se && se->selection) {
    const Selection* sel = se->selection;
    if (sel->kind == SelKind::MethodVal) {
      auto* f = static_cast<const Func*>(sel->obj);
      if (sel->ifaceMethod || (f && !f->recv)) {
        // Interface method: walk to the interface value.
        p.kind = CallPlan::Iface;
        p.sig = se->type;
        const Type* it;
        llvm::Value* iv = emitIfaceOperand(se, &it);
        p.ifaceType = it;
        p.ifaceIndex = sel->ifaceIndex >= 0 ? sel->ifaceIndex : ifaceMethodIndex(it, se->sel->name);
        p.types.push_back(it);
        p.vals.push_back(iv);
        return withArgs();
      }
      p.kind = CallPlan::Direct;
      p.func = f;
      p.sig = f->type;
      p.recvType = f->recv->type;
      p.types.push_back(p.recvType);
      p.vals.push_back(emitRecv(se));
      return withArgs();
    }
  }
  // A func value (including method values and method expressions).
  p.kind = CallPlan::Closure;
  p.sig = ft;
  p.types.push_back(ft);
  p.vals.push_back(emitExpr(fun));
  return withArgs();
}

llvm::Value* Codegen::execPlan(const CallPlan& p) {
  switch (p.kind) {
    case CallPlan::Builtin:
      switch (static_cast<BuiltinId>(p.builtinId)) {
        case BuiltinId::Close: callRT("mgo_rt_closechan", b.getVoidTy(), {fs->g, p.vals[0]}); break;
        case BuiltinId::Panic:
          callRT("mgo_rt_gopanic", b.getVoidTy(),
                 {fs->g, b.CreateExtractValue(p.vals[0], 0), b.CreateExtractValue(p.vals[0], 1)}, true);
          break;
        case BuiltinId::Delete:
          callRT("mgo_rt_mapdelete", b.getVoidTy(), {fs->g, typeDesc(p.types[0]), p.vals[0], spill(p.vals[1])});
          break;
        case BuiltinId::Print: case BuiltinId::Println:
          emitPrintValues(p.vals, p.types, static_cast<BuiltinId>(p.builtinId) == BuiltinId::Println);
          break;
        case BuiltinId::Recover: emitRecover(p.vals[0]); break;
        case BuiltinId::Copy: emitCopy(p.vals[0], p.vals[1], underlying(p.types[0])->elem); break;
        default: break;
      }
      return nullptr;
    case CallPlan::Direct: {
      if (llvm::Value* v = emitMathIntrinsic(p.func, p.vals)) return v;
      if (emitMutexFastPath(p.func, p.vals)) return nullptr;
      FuncABI abi = abiFor(p.func->type, p.recvType, false);
      return callABI(abi, funcFor(p.func), nullptr, p.vals);
    }
    case CallPlan::Closure: {
      llvm::Value* clo = nilCheck(p.vals[0], {});
      llvm::Value* code = b.CreateLoad(ptrTy_, clo);
      FuncABI abi = abiFor(p.sig, nullptr, true);
      std::vector<llvm::Value*> args(p.vals.begin() + 1, p.vals.end());
      return callABI(abi, code, clo, args);
    }
    case CallPlan::Iface: {
      llvm::Value* iv = p.vals[0];
      llvm::Value* tab = nilCheck(b.CreateExtractValue(iv, 0), {});
      llvm::Value* data = b.CreateExtractValue(iv, 1);
      llvm::Value* slot = b.CreateConstGEP1_64(ptrTy_, tab, 2 + p.ifaceIndex);
      llvm::Value* code = b.CreateLoad(ptrTy_, slot);
      FuncABI abi = abiFor(p.sig, basicType(BasicKind::UnsafePointer), false);
      std::vector<llvm::Value*> args{data};
      args.insert(args.end(), p.vals.begin() + 1, p.vals.end());
      return callABI(abi, code, nullptr, args);
    }
  }
  return nullptr;
}

llvm::Value* Codegen::emitCall(const CallExpr* e) {
  if (llvm::Value* v = earlyValue(e)) return v;  // evaluated by the statement's pre-pass
  if (e->isConversion) return emitConversion(e);
  if (e->isBuiltin) return emitBuiltin(e);
  return execPlan(planCall(e));
}

// x.M as a value: closure {thunk, receiver}. The receiver is evaluated (and, for value
// receivers, copied) now, as Go specifies.
llvm::Value* Codegen::emitMethodValue(const SelectorExpr* e) {
  const Selection* sel = e->selection;
  auto* f = static_cast<const Func*>(sel->obj);
  bool iface = sel->ifaceMethod || (f && !f->recv);
  llvm::Value* recv;
  const Type* recvT;
  int index = sel->ifaceIndex;
  if (iface) {
    recv = emitIfaceOperand(e, &recvT);
    if (index < 0 || !sel->path.empty()) index = ifaceMethodIndex(recvT, e->sel->name);
    // Go evaluates a nil interface's method value eagerly: panics now.
    nilCheck(b.CreateExtractValue(recv, 0), e->pos);
  } else {
    recv = emitRecv(e);
    recvT = f->recv->type;
  }
  const Type* sig = e->type;
  FuncABI abi = abiFor(sig, nullptr, true);
  llvm::Type* rt = recv->getType();
  auto* sty = llvm::StructType::get(ctx, {ptrTy_, rt});
  auto* thunk = llvm::Function::Create(abi.fty, llvm::GlobalValue::InternalLinkage,
                                       fresh(std::string(fs->fn->getName()) + ".mv"), &mod);
  thunk->addFnAttr(llvm::Attribute::NoUnwind);
  uint64_t size = mod.getDataLayout().getTypeAllocSize(sty);
  llvm::Value* clo = callRT("mgo_rt_mallocgc", ptrTy_,
                            {fs->g, constI64(size), llvm::ConstantPointerNull::get(llvm::PointerType::get(ctx, 0))});
  b.CreateStore(thunk, b.CreateStructGEP(sty, clo, 0));
  b.CreateStore(recv, b.CreateStructGEP(sty, clo, 1));
  // Thunk: reload the receiver, forward the arguments untouched.
  WrapperScope w;
  beginWrapper(w, thunk, true, true);
  llvm::Value* r = b.CreateLoad(rt, b.CreateStructGEP(sty, w.st.ctx, 1));
  std::vector<llvm::Value*> args = wrapperParams(abi, thunk);
  CallPlan p;
  if (iface) {
    p.kind = CallPlan::Iface;
    p.sig = sig;
    p.ifaceIndex = index;
    p.ifaceType = recvT;
  } else {
    p.kind = CallPlan::Direct;
    p.func = f;
    p.sig = f->type;
    p.recvType = recvT;
  }
  p.vals.push_back(r);
  p.vals.insert(p.vals.end(), args.begin(), args.end());
  wrapperReturn(abi, thunk, execPlan(p));
  endWrapper(w);
  return clo;
}

// T.M / (*T).M / I.M as a value: a static closure whose code takes the receiver first,
// walks the embedding path (promoted methods) and calls the method (through the itab for
// interface receivers or embedded interfaces).
llvm::Value* Codegen::emitMethodExpr(const SelectorExpr* e) {
  const Selection* sel = e->selection;
  auto* f = static_cast<const Func*>(sel->obj);
  const Type* T = sel->recv ? sel->recv : e->x->type;  // receiver type as written
  const Type* sig = e->type;                           // func(T, params...) results
  FuncABI abi = abiFor(sig, nullptr, true);
  auto* thunk = llvm::Function::Create(abi.fty, llvm::GlobalValue::InternalLinkage,
                                       fresh(typeString(T) + "." + e->sel->name + ".mexpr"), &mod);
  thunk->addFnAttr(llvm::Attribute::NoUnwind);
  WrapperScope w;
  beginWrapper(w, thunk, true, true);
  std::vector<llvm::Value*> args = wrapperParams(abi, thunk);
  // Walk the embedding path from the receiver (address-based once behind a pointer).
  const Type* t = T;
  llvm::Value* addr = nullptr;
  llvm::Value* val = args[0];
  for (int idx : sel->path) {
    const Type* u = underlying(t);
    if (u->kind == TypeKind::Pointer) {
      addr = nilCheck(addr ? b.CreateLoad(ptrTy_, addr) : val, e->pos);
      val = nullptr;
      t = u->elem;
      u = underlying(t);
    }
    if (addr) addr = b.CreateStructGEP(lowerType(u), addr, idx);
    else val = b.CreateExtractValue(val, idx);
    t = u->fields[idx].type;
  }
  CallPlan p;
  std::vector<llvm::Value*> rest(args.begin() + 1, args.end());
  if (isInterface(t)) {
    llvm::Value* iv = addr ? loadTyped(addr, t) : val;
    std::vector<Type*> ps, rs;
    const Type* su = underlying(sig);
    for (size_t i = 1; i < su->params->elems.size(); ++i) ps.push_back(su->params->elems[i]);
    for (Type* r : su->results->elems) rs.push_back(r);
    p.kind = CallPlan::Iface;
    p.sig = newSignature(ps, rs, su->variadic);
    p.ifaceType = t;
    p.ifaceIndex = ifaceMethodIndex(t, e->sel->name);
    p.vals.push_back(iv);
  } else {
    if (!f || !f->recv) unsupported(e->pos, "internal error: method expression without method");
    bool isPtr = underlying(t)->kind == TypeKind::Pointer;
    llvm::Value* recv;
    if (f->ptrRecv) {
      if (isPtr) recv = addr ? b.CreateLoad(ptrTy_, addr) : val;
      else recv = addr ? addr : spill(val);
    } else if (isPtr) {
      recv = loadTyped(nilCheck(addr ? b.CreateLoad(ptrTy_, addr) : val, e->pos), underlying(t)->elem);
    } else {
      recv = addr ? loadTyped(addr, t) : val;
    }
    p.kind = CallPlan::Direct;
    p.func = f;
    p.sig = f->type;
    p.recvType = f->recv->type;
    p.vals.push_back(recv);
  }
  p.vals.insert(p.vals.end(), rest.begin(), rest.end());
  wrapperReturn(abi, thunk, execPlan(p));
  endWrapper(w);
  auto* sty = llvm::StructType::get(ctx, llvm::ArrayRef<llvm::Type*>{ptrTy_});
  return new llvm::GlobalVariable(mod, sty, true, llvm::GlobalValue::InternalLinkage,
                                  llvm::ConstantStruct::get(sty, {thunk}), thunk->getName() + ".closure");
}

}  // namespace mgo::jit
